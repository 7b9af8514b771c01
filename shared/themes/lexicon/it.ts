/**
 * Italian lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * Italian ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const it: LanguageLexicon = {
  themes: {
    delivery: `consegn spedizion spedit =spedire =spedisce =spediscono =spedito =spedita =spediti =corriere =corrieri
      =corriera~ =fattorino =fattorini =rider =riders =autista =autisti =tassista =taxi~ =uber~ =postino =postina
      =collo+#num =scatola~ =scatole~ =busta~ =imballato =imballata =imballati =ben+imballato =mal+imballato
      =ben+imballata =ritardo =ritardi =in+ritardo =ritardato =ritardata =ritarda =puntualita =in+orario^
      =in+anticipo^ =prima+del+previsto =tempi+di+consegna =tempistiche =tempistica =tempi~ =arriva~ =arrivano~
      =arrivare~ =arrivo =arrivi~ =arrivera =mai+arrivato =mai+arrivata =non+e+arrivato =ancora+non+arrivato
      =non+arriva =ricevuto~ =ricevuta~ =ricevere~ =mai+ricevuto =locker =lockers =fermopoint =fermo+point =ritirato~
      =ritirata~ =ritirarlo =ritirare~ =ritiro~ =casella~ =cassetta+della+posta =poste =poste+italiane =posta~
      =ufficio+postale =brt =bartolini =gls =sda =dhl =ups =tnt =fedex =nexive =inpost =glovo =deliveroo =just+eat
      =justeat =tracciamento =tracking =traccia~ =tracciabilita =numero+di+tracciamento =stato+ordine~ =fascia+oraria
      =fasce+orarie =fascia =finestra+di+consegna =stesso+giorno =in+giornata =entro+#num =#num+giorni+di+ritardo
      =ore+di+ritardo =minuti+di+ritardo =giorni+di+ritardo =deposito~ =magazzino~ =centro+di+smistamento =smistamento
      =in+transito =in+consegna =fermo+da =bloccato+in+dogana =dogana =giacenza =in+giacenza =portone =cancello~
      =citofono =citofonato =citofonare =portineria =pianerottolo =davanti+alla+porta =sotto+casa^ =a+casa~
      =a+domicilio =domicilio =vicino~ =vicini~ =sotto+la+pioggia =fuori+dalla+porta =smarrito =smarrita =perso~
      =persa~ =perduto =disperso =indirizzo+sbagliato =ordine+sbagliato =prodotto+sbagliato =mancava~ =mancavano~
      =mancante =mancanti =articoli+mancanti =nel+pacco =nella+busta~ =volo~ =voli~ =aereo~ =bagaglio =bagagli
      =valigia =valigie =coincidenza~ =treno~ =treni~ =frecciarossa =italo~ =trenitalia =autobus~ =navetta~ =corsa~
      =veloce^ =veloci^ =velocissimo^ =velocissima^ =velocemente^ =rapido^ =rapida^ =rapidissimo^ =rapidita =velocita^
      =subito^ =presto^ =spedizione+express =express~ =prime~ =espresso~ =standard~ =aspettato~ =aspetto~ =aspettare~
      =attesa~ =sto+aspettando =atteso~ =puntuale^ =puntuali^ =puntualissimo^ =puntualissima^ =ci+ha+messo~
      =ci+hanno+messo~ =ci+mette~ =ci+mettono~ =ci+vogliono~ =pacco^ =pacchi^ =arrivato^ =arrivata^ =arrivati^
      =arrivate^ =in+#num+giorni~ =in+#num+ore~ =in+#num+minuti~ =volo+cancellato =volo+annullato =volo+in+ritardo
      =cancellato~ =taglia+sbagliata =articolo+sbagliato =colore+sbagliato =misura+sbagliata =modello+sbagliato
      =ordine+ricevuto =consegnato+in =ben+sistemata =ben+sistemato =ben+sistemati =ben+confezionata =ben+confezionato
      =la+spesa+arriva =spesa+arriva =minuti+di+attesa~ =ore+di+attesa~ =#num+km~ =km~ =mai+passato =arriva+sempre~
      =arrivano+sempre~ =ricevuto+in^ =ricevuta+in^ =ricevuti+in^ =giorno+dopo^ =il+giorno+dopo^ =lasciato~ =lasciata~
      =nei+tempi^ =nei+tempi+previsti =in+tempo^ =con+largo+anticipo =avviso+di+giacenza =avviso+di+passaggio
      =non+ha+suonato =ha+suonato~ =suonato~ =senza+suonare =ritiro+in+negozio =click+and+collect =ordine+incompleto
      =incompleto~ =incompleta~ =in+attesa+di+spedizione =spedito+in+ritardo =mai+consegnato =mai+consegnata
      =piu+tardi+del+previsto =imballaggio^ =imballo^ =imballaggi^ =mai+venuto^ =non+e+mai+venuto^ =con+il+corriere~
      =tramite+il+corriere~ =per+ricevere =per+riceverlo =per+riceverla =ad+arrivare =a+arrivare =per+arrivare
      =lenti+ad+arrivare =lento+ad+arrivare =alla+consegna~ =pacchetto^ =pacchetti^ =arrivato+velocissimo
      =arrivata+velocissima =arrivati+velocissimi =arrivato+velocemente =arrivata+velocemente =arrivato+in+fretta
      =arrivato+subito =arrivata+subito =arrivato+presto =arrivato+prima =arrivata+prima =arrivato+in+anticipo
      =arrivata+in+anticipo =arrivato+in+ritardo =arrivata+in+ritardo =ordine+perso =pacco+perso =ordine+smarrito
      =pacco+smarrito =ordine+sparito =pacco+sparito =punto+di+ritiro^ =punto+ritiro^ =punti+di+ritiro^ consenga
      =consengna spedizone spedizzion =corrire =coriere =corierre`,
    support: `=assistenza =assistenza+clienti =servizio+clienti =servizio+cliente =customer+care =customer+service =help+desk
      =helpdesk =supporto =call+center =callcenter =numero+verde =centralino =operatore =operatrice =operatori
      =operatrici =chat =chatbot =bot =robot =risponditore =segreteria~ =telefono~ =al+telefono =telefonato
      =telefonata =telefonate =chiamato~ =chiamata~ =chiamate~ =chiamare~ =richiamato =richiamata =email~ =mail~
      =e+mail~ =messaggio~ =messaggi~ =risposta =risposte =senza+risposta =nessuna+risposta =rispondete =pratica~
      =ticket =segnalazione =segnalazioni =reclamo =reclami =lamentela =contattato~ =contattare~ =contattati
      =raggiungibile =irraggiungibile =irrintracciabile =personale =staff =reception =receptionist =receptionista
      =commesso =commessa =commessi =commesse =farmacista =farmaciste =cassiere =cassiera =cameriere =cameriera
      =hostess =steward =impiegato =impiegata =impiegati =addetto =addetta =addetti =sportello =venditore~
      =venditrice~ =negoziante =una+persona =persona+vera =un+umano =essere+umano =spiegazione~ =spiegazioni~
      =informazione~ =informazioni~ =scuse =si+sono+scusati =scusa~ =gentilezza =cortesia =professionalita =competenza
      =competenti =incompetenti =incompetente =messaggio+preconfezionato =risposta+automatica =risposte+automatiche
      =risposte+preconfezionate =copia+e+incolla =in+attesa+al+telefono =in+attesa~ =attesa+telefonica =capotreno
      =controllore =capitano~ =tecnico =tecnici =tecnica~ =installatore =chiamare+#num+volte =chiamato+#num+volte
      =richiamare+#num+volte =spiegare~ =farmi+spiegare =spiegato~ =risponde^ =rispondono^ =rispondere^ =risposto^
      =parlare+con+qualcuno =parlare+con+un+operatore =parlare+con+una+persona =parlare+con+un+umano =accettazione
      =lo+staff~ =tutto+lo+staff~ =ha+risposto =hanno+risposto =mi+ha+risposto =mi+hanno+risposto =alle+mie+domande
      =mie+domande =venditore+dice =venditore+mi+dice =venditore+non =venditore+ha+risposto =venditore+risponde
      =venditore+mi+ha =consulente =consulenti =consulenza =sollecito~ =solleciti~ =sollecitato~ =istruttore
      =istruttori =istruttrice =personal+trainer =allenatore =bancone =al+bancone =idraulico =elettricista
      =servizio+clientela =responsabile~ =direttore~ =medico =dottore =dottoressa =infermiere =infermiera
      =guida+turistica =riattaccato =ha+riattaccato =attaccato+il+telefono =camerieri =richiamare~ =sa+spiegarmi
      =sa+spiegare =saputo+spiegare =sapeva+spiegare =nessuno+sa =fisioterapista =dentista =osteopata =filiale
      =in+filiale~ =tempi+di+risposta =al+banco =banco+informazioni =informarci~ =informare~ =asistenza =assitenza
      =assistenzia =servizzio+clienti =servizio+clinti`,
    app_ux: `=app =applicazione =applicazioni =applicativo =sito+web =sito+internet =web =interfaccia =grafica =navigazione
      =design =layout =usabilita =user+friendly =modalita+scura =tema+scuro =dark+mode =crash =crasha =crashato
      =si+blocca =si+bloccava =bloccata~ =si+chiude =si+chiudeva =si+impalla =impalla =impallata =si+pianta =piantata
      =va+in+crash =lenta~ =lento~ =lentissima~ =rallentamenti =caricamento =carica~ =non+carica =si+carica
      =schermata+bianca =schermo+bianco =bug =bugs =baco =buggata =aggiornata =aggiornare =ultima+versione =versione~
      =login =accesso =accedere =accedo =accesso+app =loggato =loggarmi =loggare =sloggato =sloggata =slogga
      =disconnesso =password =credenziali =impronta =face+id =riconoscimento+facciale =codice+otp =otp =autenticazione
      =spid =cerca~ =barra+di+ricerca =motore+di+ricerca =filtri =filtro =categorie~ =pulsante =pulsanti =tasto~
      =tasti~ =bottone =schermata =schermate =pagina =pagine =notifiche =notifica =modulo =moduli =form =registrazione
      =registrarsi =account =profilo~ =area+riservata =home+banking =intuitiva =intuitivo =semplice+da+usare
      =facile+da+usare =disinstall =installata~ =installato~ =scaricata~ =scaricato~ =funzionalita =funzione~
      =funzioni~ =opzione~ =opzioni~ =storico~ =cronologia =vecchi+ordini =ordini+precedenti =clic~ =click~ =un+clic
      =due+clic =un+click =scorri =scorrere =si+azzerano =si+svuota =da+solo~ =senza+andare+in+filiale =in+filiale~
      =ricerca =sito~ =siti~ =online~ =on+line~ =il+sito+e =sito+e =sito+lento =aperto+online =aprire+online
      =tutto+online =fatto+online =richiesta+online =conto+aperto =sito+da =sito+da+errore =sito+non+funziona
      =sito+non+va =app+non+funziona =app+non+va =app+da =app+mostra =sito+mostra =sito+non+carica =app+non+si+apre
      =app+non+parte =sito+lentissimo =sito+pessimo =sito+scomodo =sito+confuso =sito+fatto+male =sito+ben+fatto
      =sito+chiaro =sito+intuitivo =sito+facile =sito+funziona =sito+lenta =app+lenta =app+lentissima
      =completare+ordine =finalizzare+ordine =concludere+ordine =completare+acquisto =finalizzare+acquisto
      =disconnette^ =si+disconnette^ =sito+si+blocca =sito+si+pianta =sito+si+impalla =menu~ =aggiornamento^
      =aggiornamenti^ =filtrare =ordinare+per~ =area+clienti =area+cliente =area+personale =piattaforma
      =messaggio+di+errore =schermata+di+errore =tempi+di+caricamento =pagina+bianca =codice+di+verifica
      =password+dimenticata =doppia+autenticazione =app+mobile =versione+mobile =sito+mobile =carrello^
      =prenotazione+online =prenotare+online =prenotazioni+online =aplicazione =applicazzione =aplicazzione`,
    price: `=prezzo =prezzi =prezzaccio =costo =costi =costa =costano =costato =costata =costare =caro =cara =cari =care
      =carissimo =carissima =carissimi =carissime =costoso =costosa =costosi =costose =economico =economica =economici
      =economiche =conveniente =convenienti =convenienza =sconto =sconti =scontato =scontata =scontati =scontate
      =offerta =offerte =promo =promozione =promozioni =codice+sconto =codici+sconto =codice+promo
      =codice+promozionale =coupon =buono+sconto =buoni+sconto =volantino =saldi =black+friday =cashback+del
      =spese+di+spedizione =spese+di+consegna =spese+spedizione =costo+di+consegna =costo+della+consegna
      =costi+di+spedizione =spese =commissione =commissioni =commissione+di+servizio =costo+del+servizio
      =costi+nascosti =supplemento =gratis =gratuito =gratuita =gratuiti =gratuite =gratuitamente =tariffa =tariffe
      =canone =rincaro =rincari =aumento~ =aumentato =aumentati =aumentano =aumentare =saliti =salito
      =un+occhio+della+testa =un+salasso =salasso =pagare+meno =qualita+prezzo =qualita/prezzo =rapporto+qualita
      =risparmio =risparmiare =risparmiato =risparmio+un+sacco =euro~ =soldi~ =spendere~ =speso~ =budget =listino
      =ordine+minimo =minimo+ordine =per+il+prezzo =al+prezzo =sovrapprezzo =furto~ =un+furto =aumenta^
      =abbonamento+aumenta =in+offerta~ =prodotti+in+offerta~ =spedizione+gratuita =consegna+gratuita
      =spedizioni+gratuite =consegna+gratis =spedizione+gratis =raddoppiato^ =in+promo~ =penale =penali
      =commissione+di+prenotazione =costi+di+prenotazione =carta+fedelta =punti+fedelta =fedelta =punti~ =accumulo~
      =accumulare~ =ristorno =iva~ =tasse~ =mancia~ =offertona =offertone =sottocosto =prezzi+stracciati =caruccio
      =carucci =caruccia =costicchia =il+conto+salato =conto+salato =vale+quello+che+costa =non+regalato =regalato~
      =consegna+express+costa =la+consegna+costa =consegna+costa =spedizione+costa =consegna+a+pagamento
      =consegna+cara =spedizione+cara =la+spedizione+costa =prezo =prezi =prezzii`,
    assortment: `=scelta =scelte =assortimento =varieta =gamma =selezione =catalogo =referenze =proposta~ =disponibile~
      =disponibili~ =non+disponibile =non+disponibili =non+piu+disponibile =esaurito =esaurita =esauriti =esaurite
      =terminato~ =finito~ =in+stock =fuori+stock =scorte =scorta =rifornit =assente~ =assenti~ =manca+sempre
      =mancano+sempre =marche~ =marca~ =marchi~ =sostituito =sostituita =sostituiti =sostituite =sostituzione
      =sostituzioni =sostituire =sostituisce =al+posto+di =invece+di~ =trovo+tutto =si+trova+tutto =trovato+tutto
      =ricambi =ricambio =pezzi+di+ricambio =taglie~ =taglia+unica =taglie+forti =poche+taglie =tutte+le+taglie
      =ampia+scelta =vasta+scelta =scelta+enorme =tanta+scelta =poca+scelta =piu+scelta =scarsa+scelta =pochi+prodotti
      =poca+varieta =sempre+le+stesse =sempre+gli+stessi =le+solite =i+soliti =gli+unici =unico+sito =unico+negozio
      =da+nessun+altra =altrove =novita =senza+glutine~ =senza+lattosio~ =biologico~ =bio~ =corsia~ =serie~ =film~
      =di+tutto~ =hanno+di+tutto =e+di+tutto =ce+di+tutto =trovi+di+tutto =si+trova+di+tutto =ha+di+tutto
      =vendono+di+tutto =da+nessuna+parte~ =da+nessun+altra+parte =nessun+altro+negozio =in+nessun+altro =fornitissima
      =fornitissimo =ben+fornito =ben+fornita =fornito~ =fornita~ =reparto =collezione~ =collezioni~ =modelli~
      =rifornimento =riassortimento =fuori+produzione =non+hanno+mai =mai+disponibile =non+era+piu+disponibile
      =non+e+piu+disponibile =piu+disponibile =mancano~ =mancano+spesso =manca+spesso =colori~~ =scaffali =scaffale
      =scaffali+vuoti =introvabile~ =introvabili~`,
    quality: `qualit =fresco =fresca =freschi =fresche =freschissimo =freschissima =freschezza =marcio =marci =marcia =marce
      =ammuffito =ammuffita =ammuffiti =muffa =scaduto =scaduta =scaduti =scadute =scade~ =scadenza~ =in+scadenza
      =gusto =sapore =sapori =saporito =saporita =buonissimo =buonissima =buonissimi =buonissime =delizioso =deliziosa
      =squisito =squisita =gustoso =gustosa =insipido =insipida =immangiabile =immangiabili =disgustoso =disgustosa
      =scotta =scotto =scotti =stracotto =stracotte =stracotta =crudo =cruda =crudi =crude =bruciato =bruciata
      =freddo~ =fredda~ =freddi~ =fredde~ =tiepido =tiepida =tiepidi =caldo~ =calda~ =gommoso =gommosa =gommosi =molle
      =molli =mollo =appassito =appassita =appassiti =appassite =acido =acida =acidi =rancido =stantio =unto =unta
      =pesante~ =croccante =croccanti =dolcissime =dolcissimo =dolci~ =mature~ =maturi~ =acerbe =acerbi =falso =falsa
      =falsi =falsificato =contraffatto =contraffatta =tarocco =taroccato =originale~ =originali~ =materiale
      =materiali =tessuto =tessuti =cuciture =cucitura =finiture =resistente =resistenti =fragile =fragili =durevole
      =robusto =robusta =si+e+rotto =si+rompe =rotto+dopo =difettoso =difettosa =difettosi =difetto =difetti
      =perde+acqua =perde~ =non+funziona~ =guasto =guasta =batteria~ =durata~ =a+pennello =vestibilita =veste+piccolo
      =veste+grande =calza~ =stinto =stinge =scolorito =pallini =infeltrito =ristretto =conforme =non+conforme
      =come+in+foto =come+nelle+foto =diverso+dalla+foto =diverso+dalle+foto =foto~ =descrizione~ =prodotto~
      =prodotti~ =articolo~ =articoli~ =cibo =piatto~ =piatti~ =pranzo~ =cena~ =pizza~~ =panino~~ =panini~~
      =hamburger~~ =carbonara~~ =pasta~~ =sushi~~ =riso~~ =patatine~~ =insalata~~ =mozzarella~~ =pane~~ =verdura~~
      =verdure~~ =frutta~~ =pomodori~~ =banane~~ =latte~~ =fragole~~ =carne~~ =pesce~~ =pollo~~ =formaggio~~ =uova~~
      =caffe~~ =scarpe~~ =jeans~~ =giacca~~ =vestito~~ =maglia~~ =maglietta~~ =abbigliamento~~ =profumo~~ =crema~~
      =bollitore~~ =aspirapolvere~~ =telefono+arrivato~~ =lavatrice~~ =camera~ =camere~ =stanza~ =letto~ =materasso~
      =pulita~ =pulito~ =pulizia =sporco =sporca =sporchi =pulitissima =pulitissimo =bagno~ =colazione~ =wifi~ =wi+fi~
      =copertura =segnale =linea~ =connessione~ =fibra~ =velocita+di+connessione =corso~ =corsi~ =lezione~ =lezioni~
      =insegnante~ =insegnanti~ =docente~ =docenti~ =professore~ =professoressa~ =prof~ =contenuti~ =macchina~ =auto~
      =vettura~ =mezzo~ =odore =puzza =puzzava =sa+di =sapeva+di =sapevano+di =porzione =porzioni =quantita
      =abbondante =abbondanti =abbondanza =modem =router =linea+cade =cade+la+linea =la+linea+cade =connessione+cade
      =cade+la+connessione =internet+non+funziona =morto =morta =garanzia =in+garanzia =vecchiotta =vecchiotto
      =guida+alle+taglie =tabella+taglie =tabella+delle+taglie =non+corrispondono~ =non+corrisponde~ =vestono+piccolo
      =veste+piccola =vestono+piccole =troppo+piccolo~ =troppo+piccola~ =troppo+piccole~ =troppo+piccoli~
      =troppo+grande~ =lana~ =acrilico =pizzica =pizzicano =sintetico =sintetica =poliestere~ =cotone~ =pelle~
      =gia+aperto =gia+usato =usato~ =di+seconda+mano~ =guida~ =alla+guida~ =tutto+piccolo~ =bucata =bucato =bucate
      =buco~ =fanno+entrare+acqua =entra+acqua =imbarcano+acqua =ingannevole~ =ingannevoli~ =troppo+salato
      =troppo+salata =secco~ =secca~ =secchi~ =scadente =scadenti =di+bassa+qualita =bassa+qualita =alta+qualita
      =cinesata =paccottiglia =robaccia =si+scuce =scucito =scucita =morbido =morbida =cottura =si+strappa =strappa~
      =ricondizionato =ricondizionata =nuovo~ =come+nuovo =scollate =scollata =scollato =scollati =si+scolla
      =si+sono+scollate =si+e+scollata =durano =dura+poco =durano+poco =durano+a+lungo =dura+a+lungo =si+conservano
      =si+conserva =ha+smesso^ =smesso+di+funzionare^ =non+si+accende^ =come+annuncio =come+nell+annuncio
      =conforme+all+annuncio =annuncio~ =istruzioni =montaggio =da+montare =difficile+da+montare =diversi+dalle+foto
      =diverse+dalle+foto =diversa+dalla+foto =diversi+dalla+foto =merce =esattamente+come =rete =buoni+prodotti
      =ottimi+prodotti =prodotti+ottimi =prodotti+buoni =pessimi+prodotti =prodotti+scadenti =prodotti+di+qualita
      =non+e+matura =non+e+maturo =non+sono+mature =non+sono+maturi =matura~ =maturo~ =arrivato+freddo
      =arrivata+fredda =arrivati+freddi =arrivate+fredde =arrivato+tiepido =arrivata+tiepida =tutto+freddo
      =arrivato+tutto+freddo =era+tutto+freddo`,
    damage: `=rotto =rotta =rotti =rotte =schiacciato =schiacciata =schiacciati =ammaccato =ammaccata =ammaccati =danneggiato
      =danneggiata =danneggiati =danneggiate =graffiato =graffiata =graffio =graffi =crepato =crepata =crepa
      =incrinato =incrinata =strappato =strappata =aperto+e =distrutto =distrutta =in+pezzi =a+pezzi =rovesciato
      =rovesciata =sfondato =sfondata =bagnato~ =fradicio =fradicia`,
    _: `=tutto+fradicio~ =finche+non+e+arrivato =fino+arrivo =prima+della+consegna =ha+reso =hanno+reso =ha+resa
      =mi+ha+reso =reso+facile =reso+semplice =reso+possibile =reso+piu =dopo+il+pagamento =al+momento+del+pagamento
      =al+momento+di+pagare =durante+il+pagamento =mentre+pagavo =dopo+aver+pagato =prima+del+pagamento
      =cambio+operatore =cambio+gestore =cambio+tariffa =in+cambio =ben+scelta =ben+scelto =ben+scelti =ben+scelte
      =per+prezzo =troppo+veloce =di+nuovo =ancora+una+volta =fare =far`,
    payment: `pagament =pagare~ =pagato~ =pagata~ =paghi~ =pagavo~ =carta =carte =carta+di+credito =carta+di+debito =bancomat
      =visa =mastercard =amex =paypal =satispay =postepay =apple+pay =google+pay =samsung+pay =klarna =scalapay
      =pagolight =bonifico =bonifici =bonifico+istantaneo =storno =stornato =stornare =riaccredito =accredito
      =accreditato =accreditata =prelievo =prelievi =prelevato =rate =rata =a+rate =in+#num+rate =rateizzare
      =rateizzazione =cashback =transazione =transazioni =pagamento+rifiutato =carta+rifiutata =bloccato~ =bloccata~
      =carta+bloccata =conto+bloccato =contanti =contante =pos =contactless =3d+secure =abbonamento~ =disdetta~
      =disdire~ =rinnovo~ =addebitato+due+volte =due+volte+lo+stesso =doppio+addebito =fattura~ =fatturazione =iban
      =banca~ =addebitati+due+volte =addebitata+due+volte =addebitato+due =addebito+non+autorizzato =al+pagamento~
      =scalato =scalati =scalata =mi+hanno+scalato =bonifico+arrivato =soldi+arrivati =accredito+arrivato =rifiutato~
      =rifiutata~ =transazione+rifiutata =conto~~ =comunque+addebitato =addebitato+comunque =mi+ha+comunque+addebitato
      =hanno+comunque+addebitato =cauzione =deposito+cauzionale =sulla+carta~ =sulla+mia+carta~ =contrassegno
      =buoni+pasto =buono+pasto =ticket+restaurant =carta+regalo =gift+card =pagamento+alla+consegna
      =transazione+negata =pagamento+sicuro incass =addebito^ =addebitato^ =addebitata^ =addebitati^ =addebitano^
      =mi+hanno+addebitato^ =hanno+addebitato^ =bloccato+il+conto =bloccato+la+carta =bloccata+la+carta
      =bloccare+la+carta =pago~~ =dati+bancari =dati+della+carta =frode =clonata =clonato`,
    returns: `=reso =resi =rendere~ =restituito =restituita =restituiti =restituire =restituzione =restituzioni =rimborso
      =rimborsi =rimborsato =rimborsata =rimborsati =rimborsare =rimborsano =rimborsarmi =cambiare~ =cambiato~
      =sostituzione+del+prodotto =rimandato =rimandata =rimando =rimandare =rimando+indietro =mandato+indietro
      =rispedito =rispedire =spedizione+del+reso =etichetta+di+reso =modulo+per+il+reso =modulo+di+reso =reso+gratuito
      =ho+reso =diritto+di+recesso =buono+acquisto~ =buono+reso =corriere+e+passato+a+ritirare
      =il+corriere+e+passato+a+ritirare =corriere+passa+a+ritirare =corriere+e+venuto+a+ritirare
      =corriere+viene+a+ritirare =passato+a+ritirare =venuto+a+ritirare =ritiro+a+domicilio =cambio =cambio+taglia
      =cambio+misura =recesso~ =procedura+di+reso =reso+rifiutato =pratica+di+reso =buono+ricevuto =tempi+di+rimborso
      =tempo+di+rimborso =tempi+del+rimborso =rimbroso =rimborzo =rinborso =rimbroso+non`,
  },
  cues: {
    '+': `=bene =benissimo =ottimo =ottima =ottimi =ottime =buono =buona =buoni =buone =buonissimo =buonissima =perfetto
      =perfetta =perfetti =perfette =perfettamente =eccellente =eccellenti =eccezionale =eccezionali =fantastico
      =fantastica =fantastici =top =super =bravi~ =bravissimi =bravissimo =bravissima =gentile =gentili =gentilissimo
      =gentilissima =gentilissimi =cortese =cortesi =cortesissimo =simpatico =simpatica =simpaticissimo
      =simpaticissima =disponibilissimo =disponibilissima =professionale =professionali =efficiente =efficienti
      =preciso =precisa =precisi =veloce =veloci =velocissimo =velocissima =velocissimi =velocemente =rapido =rapida
      =rapidissimo =rapidissima =puntuale =puntuali =puntualissimo =puntualissima =subito =in+anticipo =in+orario
      =istantaneo =istantanei =istantanea =immediato =immediata =immediatamente =comodo =comoda =comodissimo
      =comodissima =facile =facilissimo =semplice =semplicissimo =semplicissima =intuitiva =intuitivo =fluida =fluido
      =chiaro =chiara =chiarissimo =chiarissima =pulito =pulita =pulitissimo =pulitissima =pulite =consiglio
      =consigliato =consigliatissimo =lo+consiglio =soddisfatto =soddisfatta =soddisfatti =contento =contenta
      =contenti =felice =felicissimo =grazie =grazie+mille =mi+piace =piace~ =adoro~ =bellissimo =bellissima =bello
      =bella =belle =belli =croccante =croccanti =dolce =dolci =dolcissime =dolcissimo =delizioso =deliziosa =squisito
      =squisita =gustoso =gustosa =saporito =buonissime =fresco =fresca =freschi =fresche =freschissimo =freschissima
      =gratis =gratuito =gratuiti =economico =economici =conveniente =convenienti =enorme =ampia =ampio =vasta =vasto
      =tanta+scelta =a+pennello =apprezzato =apprezzata =apprezzabile =impeccabile =impeccabili =figata =spettacolo
      =spettacolare =pazzesco =incredibile =meraviglioso =meravigliosa =lode =10+e+lode =nessun+problema
      =senza+problemi =mai+avuto+problemi =affidabile =affidabili =solido =solida =resistente =robusto =morbido
      =morbida =confortevole =spaziosa =spazioso =curato =curata =curati =attento =attenta =disponibile~ =onesti
      =onesto =#pos =finalmente+un =finalmente+una =finalmente~ =gli+unici =migliore =migliori =il+migliore
      =il+miglior =miglior =meglio =piu+pulita =piu+veloce =risparmio =risparmiare =un+sacco =continuate+cosi
      =niente+da+aggiungere =niente+da+dire =nulla+da+dire =10/10 =top+top =il+top =non+e+niente+da+dire
      =non+ce+niente+da+dire =in+pochi+minuti =in+pochi+secondi =in+pochi+giorni =in+poche+ore =pochi+minuti
      =pochi+secondi =abbondante =abbondanti =fornitissima =fornitissimo =ben+fornito =ben+fornita =interessante
      =interessanti =qualita+ce =carino =carina =carine =carini =apprezzo =zero+commissioni =zero+spese
      =nessuna+commissione =zero+costi =sorridente =sorridenti =disponibili =comprensivo =rassicurante =reattivo
      =reattiva =reattivi =tempestivo =tempestiva =stupendo =stupenda =stupende =splendido =meraviglia =ottimamente
      =validissimo =valido =valida =troppo+buono =troppo+buona =troppo+bello =troppo+bella =troppo+forte
      =troppo+carino =troppo+carina =durano+a+lungo =dura+a+lungo =si+conservano+a+lungo =vale+quello+che+costa
      =vale+ogni+centesimo =fantastiche =bravissime =gentilissime =cortesissima =cortesissimi =cortesissime =simpatici
      =simpatiche =simpaticissimi =simpaticissime =disponibilissimi =disponibilissime =precise =velocissime =rapidi
      =rapide =rapidissimi =rapidissime =puntualissimi =puntualissime =istantanee =immediati =immediate =comodi
      =comode =comodissimi =comodissime =facili =facilissima =facilissimi =facilissime =semplicissimi =semplicissime
      =intuitivi =intuitive =fluidi =fluide =chiari =chiare =chiarissimi =chiarissime =puliti =pulitissimi
      =pulitissime =consigliata =consigliati =consigliate =consigliatissima =consigliatissimi =consigliatissime
      =soddisfatte =contente =felicissima =felicissimi =felicissime =bellissimi =bellissime =dolcissima =dolcissimi
      =deliziosi =deliziose =squisiti =squisite =gustosi =gustose =saporiti =saporite =freschissimi =freschissime
      =ampie =vasti =vaste =apprezzati =apprezzate =apprezzabili =pazzesca =pazzeschi =pazzesche =incredibili
      =meravigliosi =meravigliose =solidi =solide =robusti =robuste =morbidi =morbide =spaziosi =spaziose =curate
      =attenti =attente =onesta =oneste =fornitissimi =fornitissime =comprensiva =comprensivi =comprensive
      =rassicuranti =reattive =tempestivi =tempestive =stupendi =splendida =splendidi =splendide =validissima
      =validissimi =validissime =validi =valide =esattamente+come =identico =identica =identici =identiche =accurata
      =accurato =accurati =introvabili+altrove =introvabile+altrove =grande+selezione =grande+scelta`,
    '-': `=male =malissimo =pessimo =pessima =pessimi =pessime =scarso =scarsa =scarsi =scarse =scadente =scadenti =lento
      =lenta =lenti =lente =lentissimo =lentissima =lentezza =ritardo =in+ritardo =ritardi =truffa =truffatori
      =fregatura =vergogna =vergognoso =vergognosa =ridicolo =ridicola =ridicoli =schifo =fa+schifo =uno+schifo
      =che+schifo =schifoso =schifosa =orribile =orribili =terribile =terribili =disastro =disastroso =inesistente
      =inutile =inutili =non+serve =serve+a+niente =serve+a+nulla =problema =problemi =errore =errori =deluso =delusa
      =delusi =deludente =delusione =peccato =purtroppo =mai+piu =marcio =marci =ammuffito =muffa =scaduto =scaduta
      =scaduti =rotto =rotta =rotti =freddo =fredda =freddi =fredde =tiepido =tiepida =gommoso =gommosa =molle =molli
      =immangiabile =disgustoso =appassita =appassito =acida =acido =scotta =stracotte =fradicio =fradicia =bagnato
      =sgarbato =sgarbata =maleducato =maleducata =maleducati =scortese =scortesi =arrogante =antipatico =impossibile
      =difficile =complicato =complicata =macchinoso =assurdo =assurda =inaccettabile =scandaloso =scandalosa =furto
      =un+furto =pietoso =squallido =nessuno =niente~ =nulla~ =nemmeno =neanche =di+nuovo =sempre+piu+caro
      =sempre+piu+cari =sempre+piu+povero =povero =povera =poca =poche =mancava =manca =mancano =mancavano =mancante
      =sbagliato =sbagliata =sbagliati =esaurito =esaurita =non+disponibile =caro =cara =cari =care =carissimo
      =costoso =costosa =salato =salata =crash =bug =si+blocca =si+chiude =sloggato =attesa =in+attesa =aspettando
      =sto+ancora+aspettando =aspetto+ancora =ancora+aspettando =mah =uffa =#neg =difettoso =difettosa =falso =falsa
      =contraffatto =perso =persa =smarrito =smarrita =senza+risolvere =senza+chiedermi =senza+avvisare
      =senza+risposta =nessuna+risposta =nessun+avviso =rifiutato =rifiutata =bloccata =bloccato =due+volte
      =sostituiti =sostituite =ogni+volta~ =terza+volta =seconda+volta =solito+messaggio =preconfezionato =solo+#num~
      =nemmeno+ombra =nemmeno+un =stufo =stufa =arrabbiato =arrabbiata =indecente =imbarazzante =penoso =penosa =pena
      =potrebbe+essere+meglio =potrebbero+migliorare =potrebbe+migliorare =si+puo+migliorare =migliorabile =le+solite
      =i+soliti =sempre+le+stesse =sempre+gli+stessi =sempre+lo+stesso =sempre+la+stessa =vorrei+piu =servirebbe+piu
      =ci+mette+anche =ci+mettono+anche =anche+ora =ci+vuole+ora =ci+mette+giorni =ci+mettono+giorni =ci+mette+ore
      =ci+vogliono+giorni =giorni+a+rispondere =giorni+per+rispondere =settimane =non+?+nessuno =non+?+?+nessuno
      =non+?+niente =non+?+nulla =non+risponde =non+rispondono =non+mi+risponde =ammaccato =ammaccata =ammaccati
      =ammaccate =danneggiato =danneggiata =danneggiati =graffiato =graffiata =schiacciato =schiacciata =rotte
      =esauriti =esaurite =sempre+esauriti =sempre+esaurito =bagnati =morto =morta =vecchiotta =vecchiotto =vecchia
      =sfondato =sfondata =mosce =moscio =mosci =moscia =potrebbe+essere+piu+? =potrebbero+essere+piu+? =pizzica
      =pizzicano =raddoppiato =raddoppiati =triplicato =gia+aperto =gia+usato =troppe =troppi =troppo =non+si+puo
      =ingannevole =ingannevoli =fuorviante =bucata =bucato =bucate =sporca =sporco =sporchi =insopportabile
      =inutilizzabile =incompetenti =incompetente =lasciano+a+desiderare =lascia+a+desiderare =interminabile
      =troppo+lungo =troppo+lunga =lunghissimo =lunghissima =lunghissimi =secco =secca =bruciato =paccottiglia
      =robaccia =fragile =si+strappa =si+rompe =pessima+esperienza =mi+prendete+in+giro =presa+in+giro
      =prendono+in+giro =soldi+buttati =sconsiglio =sconsigliato =da+evitare =evitate =ennesima =ennesimo =odissea
      =calvario =incubo =rubato =rubata =non+un+granche =non+granche =super+lento =super+lenta =super+cara =super+caro
      =scollate =scollata =scollato =si+scolla =nascosti =nascoste =nascosto =dura+poco =durano+poco =troppa
      =lenti+ad+arrivare =lento+ad+arrivare =addebitato+#num+volte =addebitati+#num+volte =aveva+il+muso =col+muso
      =musone =musona =scortesissima =scortesissimo =lentissimi =lentissime =vergognosi =vergognose =ridicole
      =schifosi =schifose =disastrosa =disastrosi =disastrose =inesistenti =deluse =deludenti =ammuffite =tiepide
      =gommose =disgustosi =disgustose =acide =scotte =bagnata =bagnate =sgarbati =sgarbate =maleducate =arroganti
      =antipatica =antipatici =antipatiche =impossibili =difficili =complicati =complicate =macchinosa =macchinosi
      =macchinose =assurdi =assurde =inaccettabili =scandalosi =scandalose =pietosa =pietosi =pietose =squallida
      =squallidi =squallide =poveri =povere =sbagliate =sloggati =sloggate =difettose =contraffatti =contraffatte
      =persi =perse =smarriti =smarrite =rifiutati =rifiutate =bloccati =bloccate =preconfezionata =preconfezionati
      =preconfezionate =stufi =stufe =arrabbiati =arrabbiate =indecenti =imbarazzanti =penosi =penose =migliorabili
      =graffiati =graffiate =schiacciate =morti =morte =vecchiotti =vecchiotte =vecchie =sfondati =sfondate
      =raddoppiate =triplicata =triplicati =triplicate =fuorvianti =bucati =sporche =insopportabili =inutilizzabili
      =interminabili =lunghissime =secche =bruciati =bruciate =sconsigliata =sconsigliati =sconsigliate =ennesimi
      =ennesime =rubati =rubate =nascosta =musoni =scortesissimi =scortesissime =se+ne+fregano =se+ne+frega
      =troppo+veloce =diminuite =diminuiti =sono+diminuite =diversi+dalle+foto =diverse+dalle+foto =che+e+normale
      =sempre+piene =sempre+pieni =sempre+occupate =peccato+che =non+si+possa =non+e+matura =non+e+maturo
      =non+sono+mature =non+sono+maturi =acerba =acerbo =acerbi =acerbe =tutto+freddo =arrivato+freddo
      =arrivata+fredda`,
    '0': `=ok =okay =normale =normali =nella+norma =nella+media =nelle+media =niente+di+che =niente+di+speciale
      =nulla+di+speciale =cosi+cosi =discreto =discreta =discreti =accettabile =standard =di+solito =solitamente
      =in+genere =generalmente =come+ovunque =come+altrove =come+tutti =ne+bene+ne+male =insomma =uguale =uguali
      =stessa =stesso =rimasta+uguale =rimasto+uguale =sufficiente =passabile =boh~ =va+bene~`,
    '+!price': `=vale+la+pena =ne+vale+la+pena =vale+il+prezzo =valgono+il+prezzo =li+vale =soldi+ben+spesi`,
    '+price': `=economico =economica =economici =economiche =conveniente =convenienti =basso =bassi =bassa =onesti =onesto
      =competitivi =competitivo =accessibili =accessibile =abbordabile =abbordabili =scontato =scontati =imbattibili
      =imbattibile =ragionevole =ragionevoli =buoni~ =ottimi~ =vantaggioso =vantaggiosi`,
    '-price': `=caro =cara =cari =care =carissimo =carissima =carissimi =costoso =costosa =costosi =alto =alti =alta =elevato
      =elevati =elevata =salato =salata =salati =un+occhio+della+testa =rincaro =rincari =aumentato =aumentati
      =aumentano =saliti =salito =sempre+piu+caro =sempre+piu+cari =esagerato =esagerati =esagerata =proibitivo
      =proibitivi =un+salasso =un+furto =furto =spropositato =potrebbero+essere+piu+bassi =potrebbe+essere+piu+basso
      =potrebbero+abbassare =dovrebbero+abbassare =non+sono+i+piu+economici =non+e+il+piu+economico
      =non+sono+proprio+economici =non+proprio+economici =non+e+proprio+economico =alte =elevate =salate =un+po+alte
      =troppo+alte =troppo+alti =raddoppiato =raddoppiati =triplicato =raddoppiata =non+regalato =non+regalati
      =non+regalata =non+e+il+?+piu+economico =non+e+la+?+piu+economica =non+e+il+?+piu+conveniente =che+e+tanto
      =che+e+troppo =e+tanto`,
    fix: `=risolto =risolta =ha+risolto =hanno+risolto =mi+ha+risolto =sistemato =sistemata =hanno+sistemato`,
    not: `=non =no =mai =nessun =nessuna =ne =neppure =per+niente =per+nulla =affatto`,
    without: `=senza`,
    concede: `=almeno =per+fortuna =fortunatamente =meno+male =unica+cosa+buona =unica+nota+positiva =unico+lato+positivo
      =perlomeno =quantomeno`,
    sarcasm: `#sarcasm =complimenti =bravo =grazie+tante =che+bello =ma+che+bello =che+meraviglia =esperienza+fantastica
      =come+sempre =come+al+solito =wow =ottimo+lavoro =bel+servizio =che+efficienza =ben+fatto =ma+certo =certo+certo
      =evviva =ci+ha+messo+solo =mi+raccomando`,
    request: `=aggiungete =aggiungere =sarebbe+bello =sarebbe+utile =sarebbe+comodo =sarebbe+top =vorrei =per+favore
      =mi+piacerebbe =potreste =dovreste =servirebbe =manca+solo`,
    _: `=ce+ho =non+vedo+ora =fine =alla+fine =senza+dire+niente =senza+dire+nulla`,
  },
  openers: 'ma pero tuttavia eppure invece tranne sebbene peccato purtroppo eccetto salvo nonostante',
  contrast: 'ma pero tuttavia',
  and: 'e ed',
  elisions: 'l d dell dall nell sull all un quest quell c',
}
