/**
 * Polish lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * Polish ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'
export const pl: LanguageLexicon = {
  themes: {
    delivery: `dostaw dostarcz =dowoz =dowozu =dowozem dowoz dowiez dowioz dowiozl przywiez przywioz przywiozl przywoz =przywiezli
      kurier =kurierka kurierk paczk paczkomat^ przesylk wysylk wysylan wyslan =wyslali =nadanie~ =nadana~
      =inpost =dpd =dhl =gls =ups =fedex =pocztex =poczta =poczty =poczcie =poczte =poczta+polska =listonosz listonosz
      opozn spozn =na+czas^ punktualn^ =szybk^ =szybka^ =szybko^ =blyskawiczn^ blyskawiczn^ =ekspresow~ =ekspres~
      =okno+dostawy =okna+dostawy =oknie+dostawy sledzen =numer+przesylki =numer+paczki =tracking~ =status+zamowienia
      zapakow^ opakow^ pakowan^ =spakowan^ =karton~ =kartonie~ =kartonik~
      =przyszlo^ =przyszla^ =przyszedl^ =przyszly^ =doszla^ =doszlo^ =doszedl^ =dotarla^ =dotarlo^ =dotarl^ dotar^ =dojechal^ =dojechala^ dojecha^ =przychodzi^ =przychodza^
      =nie+dotarla =nie+dotarlo =nie+doszla =nie+doszlo =nie+przyszla =nie+przyszlo =nie+przyszedl =nigdy+nie+dotarla =nie+dostalam+paczki =nie+dostalem+paczki
      =juz+bylo^ =juz+byla^ =juz+byl^ =nastepnego+dnia =na+drugi+dzien =tego+samego+dnia =w+#num+dni^ =po+#num+dniach^ =po+#num+dni^ =po+#num+dniu^ =w+#num+godziny^ =w+#num+godzin^ =w+#num+minut~
      =odebralam~ =odebralem~ =odebrac~ =odebral~ =odebrali~ =odbior~ =odbioru~ =punkt+odbioru^ =punktu+odbioru^ =pod+drzwi =pod+drzwiami =pod+klatka =pod+blokiem =pod+domem
      =walizk walizk bagaz =kierowca =kierowcy =kierowce =kierowcow =dostawca =dostawcy =czekam~ =czekalam~ =czekalem~ =czekac~ czekan~ =zgubili^ =zgubila^ =zgubil^ zgubion^
      =przyjechal~ =przyjechala~ =przyjechali~ przyjazd~ =przyjazdem~ =taksowka~ taksow~ =lot~ =lotu~ =samolot~ =pociag~ =przesiadk~ =magazyn~ =magazynu~ =sortowni~ sortowni =adres~ =sasiad~ =sasiadki~ =sasiadow~
      =wyslal~ =wyslali~ =nic+nie+wyslal =nic+nie+wyslali =nie+wyslal =nie+wyslali =nie+wyslano przysla =przyslali+nie+to =przyslali+nie+ten =wyslali+nie+to =wyslali+nie+ten =nie+to+co+trzeba dorecz =awizo awizo paczuszk =w+drodze~ =utknela~ =utknelo~ =nadawca~ =nie+ten+produkt =nie+ten+towar =nie+to+co+zamowilam =nie+to+co+zamowilem =inny+produkt =zly+produkt =pomylili+zamowienie =nie+ten+adres =zly+adres =bledny+adres =brakowalo+w+paczce =brakuje+w+paczce =nie+wszystko+przyszlo =niekompletne =trwala~ =trwalo~ =szla~ =szlo~ =idzie~ =jedzie~ =jechal~ =wystygl~ =wystyglo~ =wystygla~`,
    support: `obslug =obsluga+klienta =obslugi+klienta =biuro+obslugi =bok infolin konsultant =czat czat chatbot czatbot =bot =bota =botem =botowi
      =support =helpdesk =pomoc+techniczna =pomocy+technicznej zgloszen =mail~ =maile~ =maila~ =mailem~ =maili~ =mailowo~ =emaila~
      =odpowiedz~ =odpowiedzi~ =odpisuja~ =odpisuje~ =odpisali~ =odpisal~ odpis~ =bez+odpowiedzi =brak+odpowiedzi =nie+odpowiada =nie+odpowiadaja =nikt+nie+odpowiada =milczy~ =milcza~
      =kontakt~ =kontaktu~ =kontaktowac~ recepcj =personel =personelu pracowni =obslugujacy =sprzedawc~ =sprzedawca~ technik serwisant doradc dodzwoni =gotowcami =gotowce =gotowcem =szablon~ =szablonowe
      =telefonicznie~ =rozmowa~ =rozmowy~ farmaceut =pani+z~ =pan+z~ =nikt+nic+nie+powiedzial =nikt+nie+poinformowal =nie+poinformowano =nikt+nie+informuje =zero+informacji =brak+informacji
      zaloga zalog =stewardesa =stewardessa kierownik likwidator =oddzwonia oddzwoni oddzwan =nie+oddzwania =nikt+nie+czuje+sie =nikogo+to+nie+obchodzi =dzwonie~ dentyst stomatolog weterynarz doradz montazyst =montazysta instalator =hydraulik wsparci kasjer ekspedient =kelner =kelnerka =kelnerki =lekarz =lekarka =lekarza =przewodnik~ =dzwonilam~ =dzwonilem~ =dzwonic~ =pomoc~ =pomocy~ =rozlaczaja =rozlacza =rozlaczyli =do+czlowieka =z+czlowiekiem =zywego+czlowieka =na+linii~`,
    app_ux: `aplikacj aplikac =apka =apki =apce =apke =appka =appki =appce =strona~ =stronie~ =strone~ =strony~ =strona+jest =strona+dziala =strona+sie =strona+internetowa =stronie+internetowej =strone+internetowa =witryn =serwis~
      wyszukiwar =filtr filtry filtrow filtrami =filtrow logowa =laduja+sie =laduje+sie =wolno+sie+laduje =zalogowac zaloguj zalogow wylogow =wylogowalo =wylogowuje =haslo =hasla =haslem =interfejs interfejs
      =wyglad~ =design~ =menu~ =zacina~ zacina~ =wywala~ =wywalilo~ =crash~ =crashuje =blad~ =bledy~ =bledem~ aktualizacj aktualizac =koszyk~ =koszyka~ =koszyku~
      =nawigacj nawigacj =przewijan przewijan =przewijaniu =kod+sms =kodu+sms =sms~ =smsa~ =laduje~ =laguje =lagi =muli =zawiesza~ =zawiesila~ zawiesz~ =plynnie~ =intuicyjn~ =przejrzyst~ =czyteln~ =czytelniejszy~
      =online~ =przez+internet~ =klik~ =klikniec~ =klikniecia~ =powiadomie~ =formularz~ =formularza~ =rejestracj~ =konto+w+aplikacji =wersja+aplikacji =zalozone+online =zalozylam+online =zalozylem+online =konto+zalozone =zalozenie+konta =otwarcie+konta =nieczytelna~ =nieczytelny~ =nieczytelne~ =wyskakuje~ =wyskakuje+blad =komunikat+o+bledzie =nowa+wersja~ =przycina~ przycina~ =bankowosc+internetowa =bankowosci+internetowej =bankowosc+mobilna =bankowosci+mobilnej =tryb+ciemny =ciemny+motyw =funkcje~ =funkcji~`,
    price: `=cena =ceny =cene =cenie =cen =cenami =cenach =cenowo cenow =drogo =drozej =drogie =drogi~ =droga~ =drogich =drogim =przedrogi przedrog drozyzn
      =tanio =taniej =tani =tania =tanie =tanich =tanim =taniosc =najtaniej =najtanszy =najtansza =najtansze =najdrozej =najdrozszy =oplata oplat =koszt =koszty =kosztow =kosztem kosztuj =prowizja prowizj =rabat rabat rabatow =promocja promocj =promki =promka =promke
      znizk przecen =okazja~ =okazje~ =wyprzedaz =wyprzedazy abonament naciaga =rachunek~ =rachunki~ =rachunku~ =za+male+pieniadze =za+grosze =za+niewielkie+pieniadze =ukryte+koszty =ukrytych+kosztow =ukrytych+oplat taryf~ cennik =doplata doplat przeplac oszczedz zaoszczedz
      =gratis~ darmow bezplatn =za+darmo =#money~ =zl+za+kilo =zl+za+kg =zl+za+sztuke =zl+za+dobe =zl+za+miesiac =zl+za+noc =zl+miesiecznie =zl~ =zlotych~ =pln~ =kupon kupon =voucher~ =za+dobe~ =za+noc~ =za+miesiac~ =miesiecznie~ =za+godzine~ podwyzk podrozal zdrozal drozeje
      =koszt+dostawy =koszty+dostawy =kosztu+dostawy =oplata+za+dostawe =oplate+za+dostawe =oplaty+za+dostawe =koszt+wysylki =koszty+wysylki =kosztow+wysylki =darmowa+dostawa =darmowa+dostawe =darmowa+wysylka =darmowa+wysylke =darmowej+dostawy =bezplatna+dostawa =za+dowoz =za+dostawe =za+wysylke =za+przesylke =minimalna+kwota =minimalnej+kwoty =kwota+zamowienia =stosunek+jakosci+do+ceny =stosunek+ceny+do+jakosci =jak+na+te+cene =za+te+cene =za+te+pieniadze =przy+tych+cenach`,
    assortment: `asortyment asortment =wybor =wyboru =wyborze =wyborem =dostepny~ =dostepna~ =dostepne~ =dostepnych~ niedostepn
      =brak+towaru =brak+produktu =brak+produktow =braki~ =na+stanie =nie+ma+na+stanie =nie+bylo+na+stanie =stan+magazynowy =stanie+magazynowym =w+magazynie~ wyprzedan
      =oferta~ =ofercie~ =oferty~ =marek~ =marki~ =marka~ =rozmiar~ =rozmiary~ =rozmiarow~ =rozmiaru~ =rozmiarami~ zamienni =biblioteka~ katalog =filmow~ =seriali~ =seriale~ =tytulow~ roznorodn
      =szeroki+wybor =ogromny+wybor =duzy+wybor =wiecej+wyboru =maly+wybor =slaby+wybor =brak+wyboru =tylko+u+was =tylko+u+nich =nigdzie+indziej =wszystko+z+listy =wszystko+co+potrzebuje =zawsze+dostepne =zawsze+dostepna =zawsze+dostepny =zawsze+na+stanie =wiecej+opcji =wiecej+?+opcji =wiecej+produktow =opcji~ =opcje~ =anulowanie~ =anulowane~ =anulowali~ =zamiast~ =bez+pytania~ =kolekcja~ =kolekcji~ dostepnos =malo+produktow =zabraklo~ =smakow~ =wariant~ =modeli~ =kolorow~ =nowosci~`,
    quality: `=jakosc jakosc jakosciow swiez nieswiez zgnil splesn plesn przeterminow =smak smak smaczn niesmaczn pyszn
      =rozgotowany =rozgotowane =rozgotowan rozmokl przypalon =surowe~ =zimne =zimny =zimna =zimnego =wystygle =cieple~ =goraca~ =gorace~ =goracy~
      wykonan =material material =szwy =szew podrobk =oryginalne~ =oryginalny~ =oryginalna~ =oryginal~ wadliw usterk =zepsuty~ =zepsute~ =zepsuta~ =dzwiek dzwiek =bateria~ =baterii~ zasieg
      =internet~ =zrywa~ =rwie~ =klimatyzacj~ klimatyzacj~ =pokoj~ =pokoju~ =pokoje~ lozk~ lazienk~ sniadani~ =czyste~ =czysty~ =czysta~ =czysto~ czysciut~ =brudny =brudne =brudno =brudna
      =pachnace~ =pachnie~ smierdz =kurs~ =prowadzacy~ =prowadzaca~ =wykladowca~ =nauczyciel~ =wytlumaczony~ =wytlumaczone~ =lokalizacja~ =auto~ =samochod~ =zrywa+sie =zrywa+polaczenie
      =jedzenie =jedzenia =jedzeniem =danie~ =dania~ =pizza~ =burger~ =frytki~ =sushi~ =ryz~ =pieczywo~ =chleb~ =bulki~ =warzywa~ =owoce~ =pomidory~ =banany~ =truskawki~ =mleko~ =mieso~ =ser~ =salatka~ =zupa~ =kawa~ =fotel~ =fotele~ =fotelu~ =siedzenie~ =siedzenia~ =awokado~ =kebab~ =kurczak~ =kurczaka~ =ryba~ =ryby~ =jajka~ =jaja~ =wedlina~ =kielbasa~ =ciasto~ =tort~ =napoje~ =piwo~ =wino~ =jogurt~ =maslo~ =jablka~ =makaron~ =pierogi~
      =buty~ =butow~ =kurtka~ =kurtke~ =sukienka~ =sukienke~ =spodnie~ =ciuchy~ =ubrania~ =koszulka~ =sluchawki~~ =ekran~~ =laptop~~ =czajnik~~ =telefon~~ =telewizor~~ =produkt~~ =produkty~~ =towar~~ =rzeczy~~
      =zgodny+z+opisem =zgodne+z+opisem =zgodna+z+opisem =niezgodny+z+opisem =niezgodne+z+opisem =jak+na+zdjeciu =jak+na+zdjeciach =niz+na+zdjeciu =niz+na+zdjeciach =na+zdjeciach~ skurcz odbarwi =sprala =spralo =sprane =sprula =cichy~ =cicha~ =ciche~ =cicho~ =glosny~ =glosno~ =halas~ =porcja~ =porcje~ =porcji~ =surowy~ =surowa~ =uzywany~ =uzywana~ =uzywane~ =twarde~ =twardy~ =twarda~ niedojrzal =sprzet~ =sprzetu~ odklei tandetn =letnie~ =letni~ chwiej =poplamione =poplamiony =poplamiona plam~ =instrukcja+montazu =instrukcji+montazu =instrukcja~ =instrukcji~ =montaz~ =montazu~ niewygodn rozmiarowk rozpad zmechac farbuj =nie+dziala^ =przestal+dzialac^ =przestala+dzialac^ =przestalo+dzialac^ =rozkleily =rozkleily+sie =rozkleil =rozprul =spral =skurczyl`,
    damage: `uszkodz pekniet =pekl =peklo =pekla rozbit stluczon stlucz stluk zgniecion zgniec zgniot =sie+zepsul =sie+zepsula =sie+zepsulo =sie+zepsuly =zepsul+sie =zepsula+sie =zepsulo+sie rysy =rysa =rysami zarysowan porysowan porysow wgniec polaman zlaman rozerwan podart przemoczon =przemoczone zniszczon =rozwalony =rozwalone =obity =obite`,
    payment: `platno =placic~ =place~ =placilam~ =placilem~ =placenie~ placen~ =zaplacilam~ =zaplacilem~ =zaplacic~ =zaplacie~ =oplacilam~ =oplacilem~ =oplacone~ =oplacona~
      =karta~ =karte~ =karty~ =karcie~ =kart~ =karta+kredytowa =karte+kredytowa =karty+kredytowej =karta+platnicza
      =blik =blika =blikiem przelew obciaz =pobrali~ =pobrano~ =pobrala~ =pobral~ =pobraly~ =pobrali+dwa+razy =podwojnie+pobrali =sciagneli+#num =pobrali+#num =sciagneli+mi =pobrali+mi =sciagnelo+mi =sciagaja~ =sciagneli~ =sciagnelo~ sciag~
      =raty =rat =ratach =na+raty =ratalny ratal =rata~ transakcj =odrzucona~ =odrzucon~ =zablokowali~ =zablokowana~ =zablokowal~ =zablokowalo~ zablokow~
      zhakowan~ =kasa+poszla =kasa+przepadla =pieniadze+przepadly =pieniadze+zniknely =kasa+zniknela =paypo =twisto przewalutow =podwojnie~ =paypal =google+pay =apple+pay =terminal terminal =przy+kasie~ =cashback =konto~ =konta~ =koncie~ =bank~ =banku~ =pieniadze~ =pieniedzy~ =kasa~ =kasy~ =kase~ =za+pobraniem =platnosc+przy+odbiorze`,
    returns: `zwrot zwroc =zwrocili =zwrocic =oddac =oddalam =oddalem =oddala =oddam odesl =odsylam =odsylac odsyl reklamacj =reklamacje =zareklamowa zareklamow
      wymian wymieni =wymienia =pieniadze+wrocily =kasa+wrocila =zwrot+kasy =zwrot+pieniedzy =zwrot+srodkow gwarancj~ =odstapienie+od+umowy =odstapienia+od+umowy
      =za+przesylke+zwrotna =za+odeslanie =za+zwrot =przesylka+zwrotna =przesylke+zwrotna =przesylki+zwrotnej =etykieta+zwrotna =etykiete+zwrotna`,
    _: `wygodn =w+cenie =dostawca+pradu =dostawcy+pradu =dostawca+energii =dostawca+internetu =dostawca+gazu =kredyt =kredytu =kredytem =kredyty =linia+lotnicza =linie+lotnicze =linii+lotniczej =linii+lotniczych =kod+wygasl =link+wygasl =sesja+wygasla =kurs+walut =kursie+walut`,
  },
  cues: {
    '+': `dobr =super swietn rewelac =ekstra genialn idealn doskonal znakomit wspanial fajn =spoko polecam polecan =szybko =szybka =szybki =szybkie =szybciej =sprawnie sprawn
      =mily =mila =mile =milo =milym =przemila =przemily =przemili uprzejm pomocn przyjazn zyczliw profesjonaln kompetent swiez
      =tanio =taniej =tani =tania =tanie =tanich =najtaniej =najtanszy =najtansze pyszn smaczn =czysto =czyste =czysty =czysta czysciut wygodn intuicyjn przejrzyst przejrzys czyteln =zna+sie+na+rzeczy =znaja+sie+na+rzeczy =latwo =latwy =latwa =latwe plynn
      dziekuj =dzieki =bez+problemu =bez+problemow =bezproblemowo bezproblemow =bez+zarzutu =sztos =petarda =kosmos =mega =git =gites =cudo cudown zadowolon obfit ogromn
      =duzy =duza =duze =szeroki =szeroka rozsadn punktualn =na+czas =na+czasie =blyskawicznie =natychmiast =od+razu =warto =oplaca+sie =goraca =goracy =gorace =cieple
      usmiechniet cierpliw kulturaln solidn =trwaly =trwale wytrzymal dokladn staranni starann =elegancko piekn =ladnie =ladny =ladna =ladne chrupiac slodk soczyst pachnac
      =nastepnego+dnia =na+drugi+dzien =posprzatane =posprzatali =nie+mam+sie+do+czego+przyczepic =bez+zastrzezen =nie+mam+zastrzezen =poukladany =dobrze+poukladany =szacun =logiczne =logiczny =logiczna =za+male+pieniadze =cichy =cicha =ciche =spokojny =spokojna =spokojnie =bomba =extra =pierwsza+klasa =na+medal =miodzio =szybciutko uczciw rzeteln zachwyc najlepsz =najlepiej lepsz =lepiej =zaoszczedzilam =zaoszczedzilem zaoszczedz =darmowa =darmowy =darmowe =bezplatnie =bezplatna =gratis =oryginalne =oryginalny =stabilnie =stabilna =stabilny #pos`,
    '-': `=zle =zly =zla =zlego =zlej slab tragiczn tragedi fataln okropn beznadziej koszmar zenad zenujac =kpina =kpiny skandal oszust oszuk =masakra masakr porazk =dramat
      =wolno =powoli =wolna =wolne =wolny spozn opozn =zimne =zimny =zimna =wystygla =wystyglo =wystygle rozgotowan rozmok zgnil nieswiez
      =drogo =drogie =przedrogi =za+drogo =za+drogi =za+droga =za+drogie przesad =nigdy+wiecej =niestety =szkoda =ciagle =znowu =znow =po+raz+kolejny =kolejny+raz =dwa+razy =dwukrotnie =podwojnie
      bezuzyteczn niemil nieuprzejm chamsk =cham =brak =brakuje =brakowalo =nie+dziala =nie+dzialala =nie+dzialal =nie+dzialalo =przestal+dzialac =przestala+dzialac
      =zepsuty =zepsute =zepsuta uszkodzon =blad =bledy =bledem =problem =problemy =problemow =problemem =problemu =problemami =wywala =wywalilo =zacina =zawiesza =odrzucona =odrzucil =odrzucili
      =zablokowali =zablokowana =zgubili =zgubila =zgubil =milczy =milcza =bez+odpowiedzi =nikt =nikogo =czekam =czekalam =czekalem =czekania denerwuj wkurz irytuj rozczarow =lipa =syf szajs badziew dziadostw
      przemoczon zgniecion stluczon pekniet wgniec =nie+polecam =odradzam =omijac =omijajcie =strata+czasu =strata+pieniedzy pomylk =pomylili brudn smierdz niesmaczn =mdle =tluste przypalon
      =za+malo =za+male =za+maly =za+mala =za+duze =za+duzy =za+dlugo =dlugo ograniczon nudn przestarzal skomplikowan nieintuicyjn nieczyteln toporn =muli =laguje =wiecznosc =godzinami =tygodniami
      =dalej+brak =nadal+brak =wciaz+brak =nadal+nie =wciaz+nie =dalej+nie =zlodzieje =zlodziejstwo =rozboj =zdzierstwo =przydaloby =przydalaby =przydalby =przydaloby+sie =przydalyby =moglyby+byc+? =moglaby+byc+? =moglby+byc+? =mogloby+byc+? =moglyby+byc+nizsze =moglaby+byc+nizsza =mogloby+byc+taniej =moglyby =mogloby+byc+lepiej
      zanizon zawyzon niedojrzal =letnie =letni =letnia tandetn niezrozumia =byloby+super =byloby+fajnie =byloby+milo =byloby+dobrze =glosny =glosna =glosne =glosno =za+glosno naciaga mikroskopijn =malusienk kiepsk =marne =marny =marna =marnie =denne =denny =denna =do+bani =do+niczego =dno nieogar olewa =olali lekcewaz bezczeln opryskliw niekompetentn =wieki =w+nieskonczonosc zalosn =wyprzedane =niedostepny =niedostepne =niedostepna =rozlaczaja =rozlacza =nic+nie+pomogl =nic+nie+pomoglo =nic+nie+pomogla =malutka =malutki =malutkie =mala =maly =male #neg`,
    '0': `=ok =okej =okey =oki =moze+byc =w+porzadku =bez+rewelacji =szalu+nie+ma przecietn =srednio =sredni =normalnie =standardowo =standard
      =jak+wszedzie =ujdzie =jako+tako =poprawnie =poprawny =bez+zmian =taka+sama =takie+same =to+samo =zwykle =zazwyczaj =przewaznie =w+normie`,
    '+!price': `=warto =oplaca+sie =warte+swojej+ceny =wart+swojej+ceny =warta+swojej+ceny =wart+swojej =warte+swojej`,
    fix: `=zalatwil =zalatwila =zalatwili =rozwiazal =rozwiazala =rozwiazali =pomogl =pomogla =pomogli =naprawili =naprawil =ogarnela =ogarnal =ogarneli`,
    '+price': `=niskie =niska =niski =nizsze =nizsza =przystepne =przystepna =przystepny przystepn konkurencyjn =spadly =obnizka =obnizki`,
    '-price': `=wysokie =wysoka =wysoki =wyzsze =wyzsza =poszly+w+gore =w+gore =podwyzka =podwyzki =podrozalo =podrozaly =podrozal =drozeje =drozej =rosna =wzrosly =wzrosla =kosmiczne =kosmiczna`,
    not: `=nie =nigdy =ani =zaden =zadna =zadne =zadnych =zadnego =nic`,
    without: `=bez =zero`,
    concede: `=trzeba+przyznac =musze+przyznac =przyznaje =przynajmniej =chociaz+tyle =za+to =na+szczescie =dobrze+ze =jedyny+plus =jedyne+co =plusem+jest =plus+za`,
    sarcasm: `#sarcasm =no+super =no+pieknie =no+swietnie =no+ekstra =brawo =brawa =gratulacje =gratuluje =jasne~ =jak+zawsze+rewelacja =dzieki+za+nic =ojej =swietna+robota =super+robota =swietne+zakupy =udane+zakupy =no+tak`,
    request: `=prosze =fajnie+by+bylo =fajnie+byloby =chcialabym =chcialbym =dodajcie =dodac`,
    _: `=no =to =na =a platno`,
  },
  openers: 'ale jednak choc chociaz natomiast oprocz lecz tylko jedynie poza zas a',
  contrast: 'ale jednak lecz natomiast',
  and: 'i oraz',
  elisions: '',
}
