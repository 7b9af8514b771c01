/**
 * German lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * German ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'
export const de: LanguageLexicon = {
  themes: {
    delivery: `liefer gelief ausgeliefert angeliefert versand versend verschick =versandt =verschifft
      zustell zugestellt =bote =boten =botin paketbot postbot =paketdienst paketzustell =zusteller kurier
      =paket =pakete =paketen =pakets =packchen =paeckchen packstation^ paketstation^ paketshop^ =paketbox =postfiliale~ =post~ =postamt~
      =dhl =hermes =dpd =gls =ups =fedex =sendung =sendungen sendungsverfolg =tracking~ =trackingnummer =sendungsnummer =sendungsstatus
      =angekommen =ankommen =ankunft~ =eingetroffen =kam+nie =nie+angekommen =nicht+angekommen
      =ankam =ankommt =ankamen =kam+an =kommt+immer^ =kommt+meistens^
      =nie+erhalten^ =nicht+erhalten^ =nie+bekommen^ =nicht+bekommen^ =noch+nicht+da =immer+noch+nicht+da
      verspat verspaet =verzogerung verzoger verzoeger =zu+spat =zu+spaet =spat~ =spater~ punktlich^ puenktlich^ =rechtzeitig^ =termingerecht^
      =schnell^ =schneller^ =blitzschnell^ =zugig^ =am+nachsten+tag =am+naechsten+tag =nachsten+tag~ =am+nachsten+morgen =am+naechsten+morgen =nachsten+morgen~ =am+selben+tag =am+gleichen+tag =uber+nacht
      =express~ expressversand expresslieferung standardversand gratisversand =versandzeit =versanddauer =unterwegs~ =transport~ transportschad =auf+dem+weg~
      verpack^ =verpackt^ =eingepackt^ =karton~ =kartons~ =abgestellt~ =vor+der+tur =vor+die+tur =an+der+tur =an+die+tur =vor+dem+haus =vor+der+haustur
      =haustur~ =haustuer~ =wohnungstur~ =briefkasten~ =nachbar~ =nachbarn~ =nachbarin~ =beim+nachbarn =treppenhaus~ =geklingelt~ =nicht+geklingelt =nicht+mal+geklingelt
      =fahrer =fahrerin =fahrers =lieferant =lieferanten =lieferfahrer =abgeholt~ =abholen~ =abholung~ =abholstation =abholpunkt
      =lieferfenster =zeitfenster =zeitslot =lieferslot =gewartet~ =warten~ =wartezeit~ =stunden+gewartet =tage+gewartet =wochen+gewartet
      =koffer =gepack =gepaeck gepack gepaeck =anschluss~ =anschlusszug~ =zug~ =flug~ =abflug~ =bahn~
      =falsche+adresse =falsche+lieferung =fehlte+im+paket =fehlten+im+paket =fehlt+im+paket =unvollstandig~ =teillieferung
      =zustellversuch =benachrichtigungskarte =lieferadresse =adresse~ =liefertermin =liefertag
      =bestellung+kam =bestellung+ist+da =paket+kam =paket+ist+da =kam^ =kamen^ =kommt~ =kommen~ =in+#num+tagen^ =nach+#num+tagen^ =nach+#num+wochen^ =innerhalb+von+#num^ =in+#num+stunden^
      =#num+tage+gedauert =#num+wochen+gedauert =#num+stunden+gedauert =hat+gedauert~ =gedauert~ =dauert~ =dauerte~ =ewig+gedauert
      =falschen+artikel =falsche+artikel =falsches+produkt =falschen+produkt =falsche+ware =falsches+teil =abholbereit =fahrradkurier =schnell+da =war+schnell+da =lieferverzug =versandbestatigung =versandfertig =nicht+zugestellt =nicht+geliefert =nie+geliefert =schickt~ =schicken~ =geschickt~ =schickt+nichts =nichts+verschickt =nichts+geschickt =nicht+verschickt =nicht+versendet blitzliefer falschliefer nachliefer essensliefer lebensmittelliefer paketliefer schnelliefer schnellliefer gratisliefer verteilzentrum paketzentrum logistikzentrum sortierzentrum =taxi~ =taxifahrer =verloren^ =verschwunden^ =zoll~ =lager~ =warenlager =zuruck+ans+lager =zuruck+an+den+absender =absender~`,
    support: `kundenservice kundenservic kundendienst kundensupport kundenbetreu kundenberat kundenhotline kundencenter kundenkontakt
      =support =hotline hotline =servicehotline =servicenummer servicemitarbeit servicecenter =service~ =callcenter callcenter =call+center
      =chat =chats =livechat chatbot =bot =bots =mitarbeiter =mitarbeiterin =mitarbeiterinnen =mitarbeitern =personal =team~ =berater =beraterin beratung
      =warteschleife warteschleif =ticket~ =tickets~ =anfrage~ =anfragen~ =antwort~ =antworten~ =geantwortet~ =beantwortet~ =antwortet~ =antwortete~ =antworteten~ =keine+antwort =ohne+antwort
      =meldet+sich~ =melden+sich~ =gemeldet~ =ruckmeldung~ =rueckmeldung~ =ruckruf ruckruf =zuruckgerufen =zurueckgerufen =angerufen~ =anrufen~ =telefonisch~ =am+telefon~
      =e+mail~ =email~ =emails~ =mail~ =mails~ =textbaustein textbaustein =standardantwort standardantwort =floskel =floskeln =ansprechpartner =ansprechpartnerin
      =erreichbar~ =unerreichbar~ =nicht+erreichbar =niemand+erreichbar =keiner+erreichbar =dauerbesetzt~ =besetzt~ =durchgekommen~ =niemanden+erreicht
      =rezeption~ =verkaufer~ =verkauferin~ =verkaeufer~ =kassierer =kassiererin =apotheker =apothekerin =techniker =technikerin =monteur
      =beschwerde~ =beschwerden~ =serviceteam =service+team =hilfsbereit~ =beraten~ =hat+mir+geholfen =geholfen~
      =niemand+hat+uns+informiert =niemand+informiert =nicht+informiert =keine+infos =keine+info =keine+information =keine+informationen =informiert~
      =helpdesk =filiale~ =echten+menschen =echter+mensch =keine+reaktion =reagiert+nicht =reagieren+nicht =reaktion~ ticket~ =kulant~ =kulanz~ =installateur =handwerker entstorung =crew =besatzung flugbegleit =stewardess filialleit =marktleiter =filialleitung sachbearbeiter =ruft+nie+zuruck =ruft+nicht+zuruck =ruft+?+zuruck =rufen+nie+zuruck =rufen+nicht+zuruck =fuhlt+sich+verantwortlich =fuhlt+sich+zustandig =keiner+fuhlt+sich =niemand+fuhlt+sich =zahnarzt =zahnarztin =tierarzt =tierarztin =hausarzt =augenarzt =frauenarzt =durchsage =durchsagen =zustandig~ =niemand+zustandig =kellner =kellnerin =arzt =arztin =aerztin =arzte =reiseleiter =reiseleiterin =guide~`,
    app_ux: `=app =apps =applikation =anwendung =webseite webseite =website =websites =homepage =seite~ =internetseite =onlineshop~
      =oberflache~ benutzeroberfl =design~ =layout =menu =menue =navigation =suche =suchfunktion suchfunkt =suchleiste suchergebnis =filter =filtern
      =login =einloggen eingeloggt =anmelden~ =anmeldung~ =abgemeldet~ registrier =passwort passwort =kennwort =ausgeloggt ausgeloggt =rausgeworfen =rausgeschmissen
      absturz =sturzt =stuerzt =abgesturzt =hangt~ =hangt+sich+auf =aufgehangt =ladt~ =laedt~ ladezeit =ladt+ewig =laden+ewig =laden+lange =ladt+lange =ladt+nicht =laden+nicht =ruckelt ruckel =laggt =lagt =buggy
      =update =updates =bug =bugs =fehlermeldung fehlermeld =fehlercode =bedienung~ bedienbar benutzerfreundl nutzerfreundl =intuitiv~ ubersichtlich~ uebersichtlich~ unubersichtlich~
      =warenkorb~ =checkout~ =bestellprozess =scrollen scroll =darkmode =dark+mode =benachrichtigung~ =benachrichtigungen~ =sms+code =sms~ =bestatigungscode =code~ =zwei+faktor
      =mobile+webseite =mobile+seite =mobilen+seite =im+browser =online+beantragt =online~ =digital~ =klicks~ =mit+wenigen+klicks =einstellungen =profil~ =konto+anlegen =online+eroffnet =online+eroeffnet =online+eroffnen =kontoeroffnung =online+abgeschlossen =online+beantragen =online+erledigt =funktionen~ =funktion~ onlinebanking =online+banking =banking~ =2fa`,
    price: `preis =preise =preisen preiswert preisleist =teuer =teurer =teure =teuren =teures =teuerste uberteuert ueberteuert =billig =billiger =billigste =billigsten =billige
      =gunstig gunstig guenstig =kosten~ =kostet~ =kosteten =kostenlos =kostenlose =kostenlosen =gratis~ kostenpflicht =umsonst~
      gebuhr gebuehr liefergebuhr liefergebuehr servicegebuhr servicegebuehr versandkost lieferkost =versandgebuhr =bearbeitungsgebuhr parkgebuhr parkgebuehr grundgebuhr
      =aufpreis aufpreis =zuschlag =mindestbestellwert mindestbestell =rabatt rabatt =gutschein gutschein =gutscheincode =rabattcode =promo~ =promocode
      =angebot~ =angebote~ sonderangebot =aktion~ =aktionen~ =sale~ =reduziert reduzier =prozente =preisnachlass preiserhoh preiserhoeh =preisanstieg =inflation
      =abzocke abzock =wucher wucher =zu+teuer =viel+zu+teuer =sein+geld+wert tarif~ =vertrag~ =monatlich~ =pro+monat~ =im+monat~
      =kostenloser+versand =kostenlose+lieferung =kostenlosen+versand =gratis+versand versandkostenfrei =lieferkosten =liefergebuhren schnappchen schnaeppchen =beitrag~ monatsbeitrag mitgliedsbeitrag =abopreis =abo+preis =fur+kleines+geld =furs+geld =fur+wenig+geld =kleines+geld abschlag =versteckte+kosten =versteckten+kosten =versteckte+gebuhren =versteckten+gebuhren =#money+fur =#money+pro =#money+das+kilo =#money+im+monat =#money~ =euro~ =gespart =sparen~ =spart~ =ersparnis =provision =zinsen =kontofuhrungsgebuhr =teuerer =happig =gesalzen`,
    assortment: `=auswahl auswahl =sortiment sortiment =produktpalette =angebot~ =vielfalt~
      =vorratig =nicht+vorratig vorratig vorraetig =auf+lager =nicht+auf+lager =am+lager =lagernd ausverkauft =vergriffen =nicht+verfugbar =nicht+verfuegbar verfugbar~ verfuegbar~ =nicht+lieferbar lieferbar
      =nicht+mehr+erhaltlich erhaltlich~ =marke~ =marken~ =grossen~ =groessen~ =sorten~ =sorte~ kaffeesorten =varianten~ =modelle~ =farben~
      ersatzprodukt ersatzartikel =ersetzt~ =ausgetauscht~ =mediathek katalog =serien~ =filme~ =titel~ =fehlt+im+sortiment =fehlt+im+katalog =bibliothek~ =im+programm =bestand~ =nachschub =gibt+es+nie =gibts+nie =gibts+nicht~ =gibt+es+nicht~
      =mehr+?+optionen =mehr+optionen =mehr+sorten =mehr+vielfalt =optionen~ =immer+vorratig =statt~ =anstatt~ =stattdessen~ =ohne+zu+fragen~ =ohne+ruckfrage~ =kollektion~ =stornierung~ =storniert~ produktvielfalt auswahlmoglich =fuhrt~ =fuhren~ =keine+auswahl =mehr+auswahl =wenig+auswahl =kaum+auswahl =einzige+shop =einzige+laden =einzige+handler =sonst+nirgends =nirgends~`,
    quality: `qualitat qualitaet =frisch =frische =frischen =frischer =frisches =unfrisch verschimmel schimmel =verdorben verdorb =abgelaufen~ =lauft+?+ab =laeuft+?+ab =mhd
      =geschmack geschmack =schmeckt =schmeckte =schmeckten =schmecken =geschmeckt =lecker =leckere =leckeren =kostlich =fade =versalzen =zah =matschig =durchgeweicht =labberig =verbrannt =angebrannt
      =kein+netz =kein+empfang =keinen+empfang =sitzplatz~ =sitzplatze~ =beinfreiheit =riecht =roch =stinkt =gestank =sieht+billig+aus =wirkt+billig =kalt =kalte =kaltes =kalten =eiskalt =lauwarm =heiss~ =warm~ =suss~ =sauer~ =bitter~ =saftig~ =knackig~ =knackiges~ =knackige~ =reif~ =unreif
      verarbeit =material =materialien =stoff~ =passform =sitzt~ =passt+nicht =zu+klein~ =zu+gross~ =defekt defekt =funktioniert+nicht^ =funktioniert+nicht+mehr^ =geht+nicht+mehr^ =ging+kaputt =kaputtgegangen~
      =gefalscht =gefaelscht =falschung =fake =plagiat =original~ =echt~ =klang =sound~ =haltbar~ =halt~ =hielt~
      streamingqualit =sohle~ =naht~ =reissverschluss~ =abgelost =lost+sich =hat+sich+?+gelost =hat+sich+gelost =steinhart =hart~ =gerat~ =gerate~ wackel =flecken =fleck =fleckig =montageanleitung =aufbauanleitung =bedienungsanleitung =anleitung~ =einbau~ =aufbau~ =montage~ =lauft+schnell^ =lauft+flussig^ =akku =roh =rohe =roher =rohes =nicht+durch =portion~ =portionen~ =eingelaufen =verfarbt =ausgeblichen =verwaschen =abgefarbt =essen =gericht~ =mahlzeit~ =pizza~ =burger~ =pommes~ =sushi~ =reis~ =brot~ =brotchen~ =gemuse~ =obst~ =erdbeeren~ =kirschen~ =bananen~ =tomaten~ =milch~ =fleisch~ =kase~ =salat~ =suppe~ =kaffee~ =doner~ =nudeln~ =hahnchen~ =haehnchen~ =huhn~ =fisch~ =eier~ =wurst~ =steak~ =kuchen~ =torte~ =getranke~ =bier~ =wein~ =joghurt~ =butter~ =avocados~ =apfel~ =trauben~
      =schuhe~ =jacke~ =kleid~ =hose~ =jeans~ =shirt~ =pullover~ =kleidung~ =klamotten~ =sachen~~ =produkt~~ =produkte~~ =artikel~~ =kopfhorer~~ =handy~~ =display~~ =fernseher~~ =wasserkocher~~ =laptop~~ =tablet~~
      =zimmer~ =bett~ =fruhstuck~ =fruehstueck~ =sauber~ =blitzsauber~ =dreckig =schmutzig =klimaanlage =heizung =netz~ =netzabdeckung =verbindung~ =internet~ =wlan =bricht~ =brach~ =kurs~ =dozent~ =kursleiter~ =erklart~ =lage~ =auto~ =wagen~
      produktqualit bildqualit tonqualit klangqualit verarbeitungsqualit warenqualit fleischqualit stoffqualit materialqualit lebensmittelqualit =hochwertig =hochwertige =hochwertigen =hochwertiger =minderwertige =sauberkeit =leise~ =ruhig~ =larm~ =laut~ =hellhorig =empfang~ =geschwindigkeit~ =inhalte~ =mindesthaltbarkeitsdatum gammel vergammel =grossentabelle =groessentabelle =fallt+klein+aus =fallt+gross+aus =fallen+klein+aus =fallen+gross+aus =fallen+?+klein+aus =fallt+?+klein+aus =fallen+?+gross+aus =fallt+?+gross+aus =fallt+klein =fallen+klein
      =wie+beschrieben =wie+abgebildet =wie+auf+dem+foto =wie+auf+den+fotos =wie+auf+dem+bild =nicht+wie+beschrieben =qualitativ =minderwertig =billig+verarbeitet`,
    damage: `kaputt beschadig beschaedig =zerdruckt =zerdrueckt =zerquetscht zerbroch =gebrochen =gerissen =delle =dellen verbeult =zerkratzt =kratzer =gesprungen =ausgelaufen =eingedruckt =zerstort =zerrissen =angeschlagen =geplatzt =durchnasst =durchnaesst`,
    payment: `zahlung zahlungs =bezahlen~ =bezahlt~ =bezahlung =zahlen~ =gezahlt~ =karte~ =karten~ kreditkart =ec+karte girokart =debitkarte bankkarte
      =paypal =klarna =sofortuberweisung lastschrift abbuch =abgebucht =buchung~ =belastet~ =doppelt+belastet =zweimal+belastet =doppelt+abgebucht =zweimal+abgebucht
      uberweisung ueberweisung ratenzahl =raten~ =auf+raten =in+raten =rechnung~ =kauf+auf+rechnung transaktion
      =gehackt~ =geld+weg =geld+ist+weg =geld+futsch mahnung =inkasso ratenkauf =sepa kartenzahl barzahl =bar+bezahlt =guthaben~ =abgelehnt~ =gesperrt~ =verdachtig~ =verdachtiger~ =verdachtige~ =verdaechtig~ =betrugsverdacht =kontoauszug =konto~ =cashback =kasse~ =zahlungsmethode =zahlungsart =bezahlvorgang =google+pay =apple+pay =geld+abgezogen =abgezogen~ =gutgeschrieben~ =bank~`,
    returns: `rucksend ruecksend =retoure =retouren retour =zuruckgeschickt =zurueckgeschickt =zuruckschicken =zurueckschicken =zuruckgesendet =zuruckgesandt =zuruckgeben =zuruckgegeben =zurueckgegeben =zuruckbringen =zuruckgebracht
      ruckgabe rueckgabe ruckerstatt rueckerstatt =erstattung erstatt =umtausch umtausch =umgetauscht =umtauschen =reklamation reklamier =rucknahme =ruecknahme =widerruf =zurucksenden =zuruecksenden =zuruck+geschickt =zuruck+gesendet =zuruck+gegeben =zurueck+geschickt =garantie~ =garantie+abgelehnt garantiefall garantieanspr =gewahrleistung~
      =geld+zuruck =geld+zurueck =geld+wieder =geld+war =rucksendekosten rucksendekost ruecksendekost =retourenlabel =retourenschein retourenformular =rucksendeetikett =gutschrift`,
    _: `=locker =gift =kredit =kredite =fast =code+abgelaufen =link+abgelaufen =lieferumfang`,
  },
  cues: {
    '+': `=gut =gute =guter =gutes =guten =super =toll =tolle =toller =tolles =tollen =top =klasse =prima =spitze =perfekt perfekt =ausgezeichnet hervorragend =exzellent
      =schnell =schneller =schnelle =schnellen =blitzschnell =zugig =punktlich =puenktlich =rechtzeitig =freundlich =freundliche =freundlicher =freundlichen =nett =nette =netter =netten =hilfsbereit =hoflich =zuvorkommend
      =lecker =leckere =leckeren =kostlich =frisch =frische =frischen =knackig =knackiges =knackige =saftig =suss =heiss
      =gunstig =gunstige =gunstiger =guenstig =preiswert =billig =billiger =kostenlos =kostenlose =gratis =fair =faire =fairen =bezahlbar =erschwinglich
      =schone =schoner =schonen =schoen =sehr+schon =sauber =saubere =blitzsauber =bequem =gemutlich =begeistert =zufrieden =glucklich =empfehle =empfehlen =empfehlenswert weiterempfehl =danke =vielen+dank =dankeschon
      =genial =hammer =der+hammer =krass =geil =mega =riesig =riesige =riesigen =gross =grosse =grossen =reichlich =einwandfrei =problemlos =unkompliziert =reibungslos
      =flussig =fluessig =ubersichtlich =uebersichtlich =ubersichtlicher =intuitiv =einfacher =kinderleicht =zuverlassig =kompetent =sofort =klappt =funktioniert =stabil =verstandlich
      =passt =gepasst =wunderbar =wunderschon =fantastisch =traumhaft =optimal =angenehm =ordentlich =sorgfaltig =liebevoll =grundlich =beste =besten =bester =bestes =weltklasse
      =gespart =gerne+wieder =gern+wieder =jederzeit+wieder =nur+zu+empfehlen =stressfrei =null+stress =kein+stress =ohne+stress =keine+probleme =nie+probleme =erledigt =cool =coole =cooler =coolen =ruhig =ruhige =leise =am+nachsten+tag =am+selben+tag =uber+nacht =transparent =nichts+auszusetzen =nichts+zu+meckern =nix+zu+meckern =keine+beanstandungen =keine+beanstandung =ohne+beanstandung =strukturiert =logisch =durchdacht =kleines+geld =fur+kleines+geld =unverstandlich~ =stimmt =flott =kulant =erstklassig =hochwertig =hochwertige =makellos =tadellos =vorbildlich =spitzenmassig =sympathisch =solide =lohnenswert =besser =bestens =billigste =billigsten =gunstigste =gunstigsten =guenstigste =ruckelt+nie =ruckelt+nicht =sturzt+nie+ab =hangt+nie =gefallt =gefallt+mir =hakt+nie #pos`,
    '-': `=schlecht =schlechte =schlechter =schlechten =schlechtes =mies =miese =furchtbar =schrecklich =grauenhaft =grausam =katastrophe katastroph =desaster =unmoglich =unmoeglich
      =langsam =langsamer =spat =zu+spat =verspatet =verspatung =unfreundlich =unhoflich =frech =unverschamt =unverschaemt =frechheit =dreist =abzocke abzock =betrug =betruger
      =teuer =teurer =uberteuert =zu+teuer =kaputt =defekt =verschimmelt =schimmelig =vergammelt =fehler =problem =probleme =problemen =nutzlos =sinnlos =unbrauchbar =unerreichbar
      =nie+wieder =leider =schade =enttauscht =enttauschend enttausch =argerlich =aergerlich =nervig =nervt =umstandlich =kompliziert =dumm =blod =bloed =lacherlich =laecherlich =witz
      =immer+noch =noch+immer =schon+wieder =wieder+mal =erneut =zweimal =doppelt =kalt =matschig =durchgeweicht =labberig =zah =zerdruckt =durchnasst =verloren =fehlt =fehlte =fehlten
      =ausverkauft =nicht+verfugbar =nicht+vorratig =abgelehnt =gesperrt =sturzt =abgesturzt =ruckelt =keine+antwort =niemand =keiner =ubertrieben =uebertrieben =zu+klein =zu+wenig
      =mangelhaft =mull =muell =schrott =mist =scheisse =katastrophal =grottig =unterirdisch =peinlich =ekelhaft =eklig =widerlich =dreckig =schmutzig =unzuverlassig
      =chaos =chaotisch =arger =gestiegen =erhoht =ewig =ewigkeit =tagelang =wochenlang =inkompetent =ahnungslos =ignoriert =hatte+gern =hatte+gerne =nix+gebracht =nichts+gebracht
      =konnten+niedriger+sein =konnte+niedriger+sein =konnten+gunstiger+sein =konnte+gunstiger+sein =konnten+billiger+sein =konnte+besser+sein =konnten+besser+sein =konnte+schneller+sein =funktioniert+nicht =funktioniert+nie =klappt+nicht =klappt+nie =passt+nicht =lohnt+sich+nicht =hilft+nicht =half+nicht =gefallt+mir+nicht =geht+nicht =ging+nicht =schmeckt+nicht =schmeckte+nicht =klein+aus =nicht+empfehlen =nicht+zu+empfehlen =nicht+empfehlenswert =empfehle+ich+nicht =antwortet+nicht =antwortet+nie =antworten+nicht =antworten+nie =meldet+sich+nicht =meldet+sich+nie =melden+sich+nicht =melden+sich+nie =kam+nicht =kam+nie =konnten+?+sein =konnte+?+sein =koennten+?+sein =koennte+?+sein =dauert+lange =dauert+es+lange =dauert+ewig =zu+lange =so+lange =unreif =unreife =naja =unverstandlich =unverstaendlich =mau =sieht+billig+aus =wirkt+billig =riecht =stinkt =laut =lauter =zu+laut =winzig =winzige =mikroskopisch =roh =grottenschlecht grottenschlecht =miserabel =armselig =durftig =duerftig =ungeniessbar =verbesserungswurdig =ausbaufahig =schwach =trage =lahm =unverschamtheit =reinfall =fehlkauf =sauerei =mittelmassig =mittelmaessig =niemals =minderwertig =fade =versalzen =verbrannt =kaum =zumutung =skandal =verarscht =lauwarm #neg`,
    '0': `=ok =okay =okey =geht+so =ganz+ok =ganz+okay =in+ordnung =normal =durchschnitt =durchschnittlich =standard =nichts+besonderes =wie+uberall
      =akzeptabel =annehmbar =passabel =ublich =ueblich =wie+erwartet =gleich+geblieben =unverandert =meistens =normalerweise =in+der+regel`,
    '+!price': `=lohnt+sich =sein+geld+wert =jeden+cent+wert =das+geld+wert`,
    fix: `=gelost =geloest =behoben =geklart =geklaert =gekummert =hat+geholfen =konnte+helfen =geregelt`,
    '+price': `=niedrig =niedrige =niedriger =niedrigen =vernunftig =angemessen =moderat =gesunken =gesenkt`,
    '-price': `=hoch =hohe =hoher =hohen =hoeher =verdoppelt =happig =gesalzen =stolz =stolze =stolzer`,
    not: `=gar+nicht =nicht =kein =keine =keinen =keinem =keines =nie =niemals =nix =nichts =weder =noch+nie =garnicht`,
    without: `=ohne =null`,
    concede: `=muss+man+sagen =muss+man+zugeben =muss+ich+sagen =zugegeben =immerhin =wenigstens =zumindest =zum+gluck =zum+glueck =glucklicherweise =dafur =das+einzig+gute`,
    sarcasm: `#sarcasm =na+toll =na+super =na+prima =na+klasse =danke+auch =danke+fur+nichts =ganz+toll =super+gemacht =bravo =gluckwunsch =herzlichen+gluckwunsch
      =wie+immer+grossartig =wie+immer+super =wie+immer+toll =klar~ =ja+klar =tolles+einkaufserlebnis =sehr+witzig =echt+klasse`,
    request: `=bitte =ware+schon =waere+schoen =ware+toll =ware+super =ware+gut =ware+nett =wurde+mich+freuen =fande+ich+gut =konntet+ihr =hinzufugen`,
    _: `=fast =bad =rat =handy =handys =kind =kinder =not =gift =locker`,
  },
  openers: 'aber jedoch allerdings obwohl sondern ausser dafur trotzdem nur bloss wobei',
  contrast: 'aber jedoch allerdings',
  and: 'und',
  elisions: '',
}
