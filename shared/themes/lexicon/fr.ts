/**
 * French lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * French ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const fr: LanguageLexicon = {
  themes: {
    delivery: `livrai livreu =livrer =livrent =livrez =livrait =livrons expedi =envoi~ =envois~ =coli =paquet =paquets
      =cartons~ =transporteur~ =transporteurs~ coursier =chauffeur =chauffeurs =chauffeuse =taxi~ =vtc~ =uber~ =rider
      =riders =facteur =factrice =postier =retard =retards =en+retard =retarde =retardee =delai =delais =ponctualite
      =a+heure^ =a+lheure^ =pile+a+heure =en+avance^ =avant+heure =arriver~ =arrivait~ =arrivera~ =arrivee =arrivage~
      =arrivee+du =recu~ =recue~ =recus~ =recois~ =reception+du+colis =relay =mondial+relay =consigne~ =casier~
      =locker =lockers =boite+aux+lettres =bal~ =colissimo =chronopost =la+poste =poste~ =bureau+de+poste =dpd =gls
      =ups =dhl =fedex =tnt =geodis =relais+colis =vinted+go =suivi~ =numero+de+suivi =suivi+du+colis =suivi+de+colis
      =tracking =tracabilite =creneau =creneaux =plage+horaire =domicile~ =a+domicile =devant+la+porte
      =devant+ma+porte =sur+le+palier =palier~ =interphone =digicode =sonne~ =sonner~ =perdu~ =egare =egaree
      =jamais+recu =jamais+arrive =toujours+pas+recu =pas+recu~ =entrepot =centre+de+tri =en+transit
      =en+cours+acheminement =acheminement =expedie =rapide^ =rapides^ =rapidement^ =vite^ =rapidite =jour+meme
      =le+jour+meme =sous+#num+jours =heures+de+retard =jours+de+retard =minutes+de+retard =min+de+retard =h+de+retard
      =semaine+de+retard =emballe =emballes =emballee =bien+emballe =mal+emballe =bien+protege =papier+bulle
      =vol+retarde =vol+annule =vol~ =avion~ =bagage =bagages =valise =valises =correspondance~ =train~ =tgv =ter~
      =rer~ =navette~ =trajet~ =mauvaise+adresse =pas+le+bon+colis =pas+ma+commande =commande+de+quelqu =la+commande+d
      =erreur+de+commande =il+manquait =manquait+la =manquait+un =manquait+une =manquait+des =manquant =manquants
      =article+manquant =articles+manquants =drive~ =retrait~ =retire~ =recupere~ =recuperer~ =a+recuperer
      =aller+chercher~ =deliveroo =uber+eats =just+eat =en+route =en+chemin =sur+le+chemin =prevu+le =date+prevue
      =date+de+livraison =estimee =sous+la+pluie =dehors~ =devant+chez+moi =dans+le+hall =chez+le+voisin
      =chez+un+voisin =voisin~ =voisins~ =attendu~ =attends~ =attendre~ =express~ =expresse =prioritaire =standard~
      =tour+de+france =en+vadrouille =bloque+en+douane =douane =douanes =ai+attendu~ =recu+un^ =recu+une^ =carton~~
      =colis^ =en+preparation =le+suivi =suivi+indique =suivi+affiche =depuis+#num+jours~ =depuis+une+semaine~
      =il+y+a+#num+jours~ =arrivees^ =attends+ma+commande =attends+mon+repas =attends+mon+colis =attends+toujours+ma
      =attends+toujours+mon =attends+mon+plat =attends+ma+livraison =vol+a+ete+annule =vol+a+ete+retarde
      =vol+en+retard =vols~ =annule~ =mauvaise+taille =mauvais+article =mauvais+produit =mauvaise+couleur
      =mauvaise+commande =pas+la+bonne+taille =pas+le+bon+article =pas+le+bon+produit =en+#num+jours~ =en+#num+h~
      =en+#num+heures~ =en+#num+min~ =en+#num+minutes~ =attends+ma+pizza =livre+en =livree+en =commande+recue
      =colis+recu =les+courses+arrivent =courses+arrivent =bien+rangees =bien+ranges =preparateur =preparateurs
      =preparatrice =minutes+attente~ =heure+attente~ =heures+attente~ =#num+km~ =km~ =jamais+passe
      =arrivent+toujours~ =arrive+toujours~ =recue+en^ =recu+en^ =recues+en^ =recus+en^ =lendemain^ =le+lendemain^
      =laisse~ =depose~ =covoiturage~ =dans+les+temps^ =dans+les+delais^ =en+temps+et+en+heure^ =plus+tard+que+prevu
      =retardees =jamais+livre =jamais+livree =avis+de+passage =remis+en+main+propre =main+propre =retrait+en+magasin
      =click+and+collect =click+et+collect =preparation+de+commande =commande+incomplete =incomplete~
      =en+attente+expedition =pas+sonne =a+pas+sonne =sans+sonner =sonne+pas =laisse+a+accueil =depose+a+accueil
      =laisse+au+gardien =laisse+chez+le+gardien =gardien~ =arrives^ =arrive^ =arrivent^ =recu+ma+commande
      =recu+mon+colis =recu+ma+livraison =recu+le+colis =recu+la+commande =recu+mes+courses =en+#num+jour~
      =avec+le+livreur~ =emballage^ =emballages^ =jamais+venu^ =jamais+venue^ =pas+venu^ =est+jamais+venu^ =livree
      =livrees =livre~ =livres~ =livre+le =livre+a =bien+livre =livre+chez =livre+rapidement =livre+dans =livre+avec
      =livre+sans =pas+livre =ete+livre =ete+livree =ete+livres =livre+hier =livre+aujourdhui =livre+demain =livre+au
      =livre+par =livres+en =livres+par =pour+recevoir =pour+la+recevoir =pour+le+recevoir =pour+les+recevoir
      =pour+arriver =a+arriver =long+a+arriver =longs+a+arriver =a+la+livraison~ =recues~ =annulation~ =ponctuel^
      =ponctuelle^ =ponctuels^ =arrive+vite =arrivee+vite =arrive+rapidement =arrivee+rapidement =arrive+super+vite
      =arrivee+super+vite =arrive+en+avance =arrivee+en+avance =arrive+en+retard =arrivee+en+retard =arrives+en+retard
      =arrive+tres+vite =arrivee+tres+vite =commande+perdue =colis+perdu =commande+perdu =colis+egare =commande+egaree
      =delai+de+livraison =delais+de+livraison =point+relais^ =points+relais^ =relais^ livraiss livaison livrason
      =livreson =livreure =livruer`,
    support: `=service+client =service+clients =services+clients =serviceclient =service+apres+vente =sav =relation+client
      =conseiller =conseillere =conseillers =conseilleres =hotline =assistance =support =standard+telephonique =chat
      =tchat =chatbot =bot =robot =operateur =operatrice =operateurs =agent =agents =telephone~ =au+telephone
      =par+telephone =appel~ =appels~ =appele~ =appeler~ =ai+appele =rappel~ =rappele =repondeur =reponse =reponses
      =sans+reponse =mail~ =mails~ =email~ =emails~ =e+mail~ =courriel~ =message~ =messages~ =formulaire+de+contact
      =joindre =injoignable =injoignables =joignable =contacter~ =contacte~ =ticket =tickets =reclamation
      =reclamations =dossier~ =plainte~ =personnel =equipe~ =vendeurs =reception~ =receptionniste =guichet =guichetier
      =hotesse =controleur =pharmacien =pharmacienne =caissier =caissiere =serveur =serveuse =staff =employe =employee
      =employes =un+humain =une+personne =un+interlocuteur =interlocuteur =ecoute~ =a+ecoute =explication~
      =explications~ =renseignement~ =info~ =infos~ =information~ =informations~ =copie+colle =copier+coller
      =messages+automatiques =reponse+automatique =attente+au+telephone =temps+attente =attente+au =excuses =excuse~
      =excuser =desole~ =geste+commercial =envoye+balader =envoyee+balader =hausse+les+epaules =me+debrouiller
      =technicien =technicienne =techniciens =installateur =depanneur =appeler+#num+fois =appele+#num+fois
      =rappeler+#num+fois =explique~ =expliquer~ =vendeur~ =joindre+qui+que+ce+soit =parler+a+quelqu+un
      =parler+a+un+humain =joindre+quelqu+un =parler+a+une+personne =repond^ =repondent^ =repondu^ =repondre^
      =repondu+a =a+repondu =ont+repondu =mes+questions =a+mes+questions =vendeur+dit =vendeur+me+dit =vendeur+refuse
      =vendeur+ne =vendeur+a+repondu =vendeur+repond =vendeur+injoignable =vendeur+a =se+debrouiller =vendeuse~ =coach
      =coachs =coaches =moniteur =monitrice =instructeur =entraineur =comptoir =au+comptoir =agent+accueil =relance~
      =relances~ =reparateur =plombier =electricien =service+clientele =clientele~ =raccroche =raccroche+au+nez
      =gerant =gerante =responsable~ =manager~ =directeur~ =medecin =docteur =infirmiere =infirmier =le+guide~
      =serveurs =serveuses =hotesses =receptionnistes =accueil =rappeler~ =peut+expliquer =sait+expliquer
      =su+expliquer =personne+ne+peut =personne+ne+sait =a+la+reception =kine =kinesitherapeute =osteo =osteopathe
      =dentiste =praticien =agence =agences =conseillere+bancaire =delai+de+reponse =delais+de+reponse =servive+client
      =service+clien =servic+client =sevice+client =serivce+client`,
    app_ux: `=appli =applis =application =applications =app =apps =site+web =site+internet =web =internet~ =interface
      =ergonomie =ergonomique =navigation =design =mode+sombre =bug =bugs =bugue =beugue =bugge =plante =plantage
      =plantages =crash =crashe =rame =rament =ramer =lag =freeze =fige =se+ferme =se+fige =ecran+blanc =mise+a+jour
      =mises+a+jour =maj =version~ =mettre+a+jour =connexion =connecter =connecte =me+connecter =se+connecter
      =reconnecter =deconnecte =deconnexion =identifiant =identifiants =mot+de+passe =login =face+id =empreinte
      =code+pin =code+sms~ =authentification =recherche =moteur+de+recherche =rechercher~ =filtre =filtres =tri~
      =categories~ =bouton =boutons =ecran~ =menus =onglet =onglets =page =pages =chargement =charger~ =charge+pas
      =se+charge =lent+a+charger =notification =notifications =notifs =formulaire =formulaires =fonctionnalite
      =fonctionnalites =option~ =options~ =inscription =compte~ =espace+client =intuitif =intuitive =fluide =fluidite
      =desinstall =desinstalle =desinstallee =installe~ =telecharge~ =commander+en~ =en+deux+clics =en+un+clic~
      =clics~ =clic~ =scroll =scroller =scrolle =defile =ouvrir+appli =ouvert+en+ligne =sans+passer+en+agence =bug+de
      =beug =site~ =sites~ =en+ligne~ =le+site+est =site+est =site+plante =site+bug =site+rame =site+lent
      =ouvrir+en+ligne =tout+en+ligne =fait+en+ligne =demande+en+ligne =compte+ouvert =sur+appli =dans+appli
      =site+affiche =appli+affiche =site+ne+marche =site+ne+fonctionne =appli+ne+marche =appli+ne+fonctionne
      =appli+ne+ouvre =site+ne+charge =site+marche+pas =appli+marche+pas =le+site+affiche =site+tres+lent
      =site+pas+pratique =site+mal+fait =site+bien+fait =site+clair =site+intuitif =site+facile =site+fonctionne
      =site+bugue =site+bugge =site+nul =site+ergonomique =site+complique =valider+mon+panier =valider+le+panier
      =valider+la+commande =valider+ma+commande =finaliser+la+commande =finaliser+ma+commande =mon+compte~ =menu~
      =filtrer =trier =plateforme =plate+forme =message+erreur =page+blanche =temps+de+chargement =mot+de+passe+oublie
      =code+de+verification =double+authentification =application+mobile =appli+mobile =site+mobile =version+mobile
      =hors+service~ =panier^ =historique~ =rendez+vous+en+ligne =prise+de+rendez+vous =reserver+en+ligne
      =reservation+en+ligne =prendre+rendez+vous+en+ligne =aplication =aplli =apli =applie =aplis`,
    price: `=prix =tarif =tarifs =tarifaire =tarification =cher =chers =chere =cheres =coute =coutent =couteux =couteuse
      =cout =couts =onereux =hors+de+prix =abordable =abordables =bon+marche =pas+cher =pas+chers =pas+chere
      =moins+cher =moins+chers =moins+chere =plus+cher =plus+chers =promo =promos =promotion =promotions =reduction
      =reductions =remise =remises =solde =soldes =code+promo =codes+promo =code+promotionnel =code+de+reduction
      =code+reduction =code+de+bienvenue =bon+de+reduction =bons+de+reduction =coupon =coupons =bon+plan =bons+plans
      =offre~ =offres~ =black+friday =ventes+privees =frais+de+livraison =frais+de+port =frais+envoi =frais+de+service
      =frais+de+dossier =frais+de+gestion =frais+bancaires =frais+caches =frais+supplementaires =sans+frais~
      =aucun+frais =frais+en+plus =commission =commissions =gratuit =gratuite =gratuits =gratuites =gratuitement
      =offert~ =offerts~ econom =rapport+qualite+prix =qualite+prix =qualite+/+prix =budget =euros~ =euro~ =#money
      =hausse =augmentation =a+augmente =ont+augmente =ont+beaucoup+augmente =un+bras =une+fortune =coutent+un+bras
      =la+peau+des+fesses =abonnement+de+plus+en+plus+cher =petit+prix =petits+prix =prix+bas =bas+prix =moins+cher+qu
      =plus+cher+qu =minimum+de+commande =supplement =surcout =forfait+pas+cher =pas+cher+du+tout
      =les+frais+de+livraison =des+frais+de+livraison =les+frais+de+port =des+frais+de+port =les+frais+envoi
      =des+frais+envoi =les+frais+de+service =des+frais+de+service =les+frais+de+dossier =des+frais+de+dossier
      =les+frais+de+gestion =des+frais+de+gestion =les+frais+bancaires =des+frais+bancaires =des+frais+caches
      =les+frais+caches =aux+frais+de =augmente^ =augmentent^ =abonnement+augmente =prix+augmentent =prix+ont+augmente
      =sur+les+promos~ =en+promo~ =zero+frais =frais+a+etranger =livraison+gratuite =livraison+offerte
      =frais+de+port+offerts =livraison+gratuite+des =double^ =a+double =frais+de+reservation =frais+annulation
      =frais+de+resiliation =frais+inscription =frais+de+tenue =frais+de+transaction =frais+de+paiement
      =frais+de+carte =frais+annexes =frais+activation =carte+de+fidelite =carte+fidelite =points+de+fidelite
      =fidelite =programme+de+fidelite =points~ =cumule~ =cumuler~ =les+frais =des+frais =reduc =reducs =ristourne
      =rentable =prix+exorbitants =addition~ =la+note~ =taxe~ =taxes~ =pourboire~ =tva~ =frais+de+livraison+offerts
      =pour+son+argent =en+a+pour+son+argent =pas+donne =donne~ =la+livraison+coute =livraison+coute
      =livraison+express+coute =la+livraison+express+coute =livraison+est+chere =livraison+chere =livraison+payante
      =livraison+trop+chere =livraison+hors+de+prix =pri~ =tarrif =tarrifs`,
    assortment: `=choix =gamme =gammes =assortiment =selection =variete =varietes =diversite =reference =references =rupture
      =ruptures =en+rupture =rupture+de+stock =en+stock =stock =stocks =indisponible =indisponibles =epuise =epuises
      =epuisee =disponible~ =disponibles~ =dispo~ =pas+dispo =plus+dispo =pas+disponible =non+disponible
      =plus+disponible =marques~ =marque~ =remplace =remplaces =remplacees =remplacement =remplacements =substitution
      =substitue =a+la+place =on+trouve+tout =trouve+tout =tout+ce+qu =pieces+detachees =piece+detachee =catalogue
      =tailles~ =taille+unique =grandes+tailles =petites+tailles =large+choix =grand+choix =enorme+choix =peu+de+choix
      =pas+de+choix =manque+de+choix =plus+de+choix =manque+de+variete =toujours+les+memes =les+memes+marques
      =les+seuls =nulle+part+ailleurs =rayons =produits+bio =sans+gluten~ =vegan~ =vegetarien~ =nouveautes
      =nulle+part~ =de+tout~ =il+y+a+de+tout =ont+de+tout =on+trouve+de+tout =trouve+de+tout =a+de+tout
      =vendent+de+tout =achalande =achalandee =achalandes =bien+achalande =bien+achalandee =bien+fourni =bien+fournie
      =bien+fournis =mal+achalande =rayon =rayon+fruits =reassort =penurie =collection~ =collections~ =modeles~
      =plus+fabrique =ont+jamais =il+manque~ =manquent~ =manque+souvent =manquent+souvent =il+manque+souvent
      =couleurs~~ =coloris~~ =rayons+vides =etageres =etals =introuvable~ =introuvables~`,
    quality: `=qualite =qualites =de+qualite =frais~ =fraiche =fraiches =fraicheur =pourri =pourrie =pourris =pourries =moisi
      =moisie =moisis =moisissure =moisissures =perime =perimee =perimes =periment =date+de+peremption =dlc =gout
      =gouts =goute =saveur =saveurs =delicieux =delicieuse =savoureux =savoureuse =fade =fades =insipide =degueulasse
      =degueu =immangeable =infect =infecte =ecoeurant =bon+gout =mauvais+gout =cuit =cuite =trop+cuit =pas+cuit =cru
      =crue =crus =rechauffe =rechauffee =froid~ =froide~ =froids~ =froides~ =tiede =tiedes =chaud~ =chaude~ =chauds~
      =pateux =mou =molle =mous =fletri =fletrie =fletris =caoutchouteux =caoutchouteuse =rassis =acide~ =rance =gras~
      =grasse~ =huileux =contrefait =contrefaite =contrefacon =faux~ =fausse~ =copie~ =original~ =authentique =solide
      =fragile =resistant =robuste =durable =tient+bien =a+tenu =tenu+#num =use =defectueux =defectueuse =defaut
      =defauts =matiere =matieres =tissu =tissus =coutures =couture =finitions =finition =deteint =deteignent =delave
      =bouloche =boulochent =bouloches =retreci =taille+petit =taille+grand =tombe+bien =tombe+parfaitement =coupe~
      =fuit =fuite =en+panne =panne~ =tombe+en+panne =hs =batterie~ =autonomie =conforme =non+conforme
      =conforme+a+la+description =comme+sur+les+photos =comme+en+photo =que+sur+les+photos =photos~ =description~
      =produit~ =produits~ =article~ =articles~ =plat~ =plats~ =cuisine~ =pizza~~ =burger~~ =sushis~~ =sushi~~ =riz~~
      =frites~~ =pain~~ =pate~ =legumes~~ =fruits~~ =fruit~~ =tomates~~ =bananes~~ =lait~~ =fraises~~ =salade~~
      =poulet~~ =viande~~ =poisson~~ =fromage~~ =oeufs~~ =baskets~~ =chaussures~~ =jean~~ =veste~~ =robe~~ =pull~~
      =tee+shirt~~ =vetements~~ =fringues~~ =parfum~~ =creme~~ =bouilloire~~ =aspirateur~~ =telephone+recu~~
      =machine~~ =chambre~ =chambres~ =lit~ =literie =propre~ =proprete =sale~ =sales~ =salle+de+bain =petit+dejeuner~
      =petit+dej~ =wifi~ =couverture+reseau =connexion+internet~ =capte~ =capte+pas =cours~ =prof~ =profs~
      =professeur~ =formateur~ =formation~ =contenu~ =voiture~ =vehicule~ =film~~ =films~~ =series~~ =image~~ =odeur~
      =sent~ =sentait~ =pue =puait =croquant =croquants =croquante =juteux =sucrees~ =sucre~ =sucres~ =mur~ =mures~
      =repas^ =nourriture^ =bouffe^ =cours+en+ligne~ =voiture+propre =voiture+impeccable =voiture+sale =voiture+nickel
      =voiture+confortable =vehicule+propre =reseau =copieux =copieuse =copieuses =portion =portions =quantite
      =quantites =box+internet =box~ =coupures =coupure =modem~ =routeur~ =fibre~ =la+fibre =4g~ =5g~ =mort =morte
      =au+bout+de~ =garantie =sous+garantie =duree+de+vie =a+lache =lache =vieille~ =vieillot =defonce =situe~
      =guide+des+tailles =guide~ =correspond+pas~ =correspondent+pas~ =taillent =trop+petit~ =trop+petite~
      =trop+petits~ =trop+petites~ =trop+grand~ =trop+grande~ =laine~ =acrylique =gratte =grattent =synthetique
      =polyester~ =coton~ =cuir~ =deja+ouvert =deja+utilise =usage =occasion~ =troue =trouee =troues =trouees =trou~
      =prennent+eau =prend+eau =prenaient+eau =trompeuses~ =trompeuse~ =trompeur~ =trop+sale =sec~ =seche~ =brule
      =brulee =crame =cramee =graisseux =pas+mur =trop+mur =decousu =se+decoud =camelote =pacotille =bas+de+gamme
      =haut+de+gamme =gouteux =moelleux =croustillant =croustillante =cuisson =se+dechire =se+casse =reconditionne
      =neuf~ =comme+neuf =decolle =decollee =decolles =decollees =est+decolle =se+decolle =se+conservent =se+conserve
      =durent =dure+longtemps =tiennent+bien =ne+dure+pas =a+pas+tenu =pas+tenu =ne+marche+plus^ =ne+fonctionne+plus^
      =ne+fonctionne+pas^ =ne+allume^ =allume+pas^ =comme+sur+annonce =conforme+a+annonce =annonce~ =notice =montage
      =a+monter =difficile+a+monter =instructions =differentes+des+photos =differents+des+photos
      =differente+de+la+photo =different+de+la+photo =pas+comme+sur+les+photos =marchandise =exactement+comme
      =produits+frais~ =bons+produits =bon+produit =produits+de+qualite =excellents+produits =produits+excellents
      =mauvais+produits =produits+de+mauvaise+qualite =pas+murs~ =pas+mure~ =pas+mures~ =arrive+froid =arrivee+froide
      =arrives+froids =arrivees+froides =arrive+tiede =arrivee+tiede =arrive+tout+froid =tout+froid =tout+etait+froid
      =qualiter =qualitee =qalite`,
    damage: `=casse =cassee =casses =cassees =ecrase =ecrasee =ecrases =abime =abimee =abimes =endommage =endommagee
      =endommages =raye =rayee =rayure =rayures =fissure =fele =tordu =tordue =bossele =cabosse =cabossee =dechire
      =dechiree =renverse =en+morceaux =explose =eventre =raye+a =brise =renverses =renversee =renversees`,
    _: `=arrive+pas =arrive+plus =arrivais+pas =arrive+a =arriver+a =pain+au+chocolat =sent+par =avant+la+livraison
      =pendant+le+paiement =apres+le+paiement =au+moment+du+paiement =au+moment+de+payer =avant+le+paiement
      =apres+paiement =apres+avoir+paye =nickel =car =rate =charge =courses =son =les+courses =faire+les+courses
      =prise+en+charge =prise =par+prix =a+arrivee =ca+arrive =cela+arrive =arrive+que =trop+vite`,
    payment: `paiement paiment payement =payer~ =paye~ =payee~ =payes~ =payant~ =carte =cartes =carte+bancaire =cb =visa
      =mastercard =amex =apple+pay =google+pay =paypal =paylib =lydia =klarna =alma =oney =virement =virements
      =prelevement =prelevements =preleve =prelevee =debite =debitee =debites =credite =creditee =credit~ =cashback
      =cagnotte =en+#num+fois =#num+fois+sans+frais =en+plusieurs+fois =plusieurs+fois~ =fractionne
      =paiement+fractionne =mensualites =transaction =transactions =refuse~ =refusee~ =paiement+refuse =carte+refusee
      =bloque~ =bloquee~ =carte+bloquee =compte+bloque =opposition =especes =liquide~ =cheque =terminal =tpe
      =sans+contact =3d+secure =facturee~ =abonnement~ =resiliation~ =resilie~ =deux+fois+pour =debite+deux+fois
      =preleve+deux+fois =facture+deux+fois =paye+deux+fois =me+rende+mon+argent =rendre+mon+argent =mon+argent~
      =banque~ =bancaire~ =iban =rib =neobanque =sur+la+carte~ =facturation~ =quand+meme+facture =quand+meme+debite
      =facture+quand+meme =debite+quand+meme =a+facture~ =caution =ma+caution =depot+de+garantie =sur+ma+carte~
      =carte+cadeau =cartes+cadeaux =ticket+resto =tickets+resto =ticket+restaurant =titre+restaurant
      =titres+restaurant =swile =encaisse =paiement+securise =validation+bancaire =paiement+a+la+livraison
      =payer+a+la+livraison =debit~ encaiss =facture^ =bloque+mon+compte =bloque+ma+carte =bloque+mes+cartes
      =donnees+bancaires =coordonnees+bancaires =fraude =piratage =remboursement+de+la+banque =rembourse+par+la+banque
      =ticket+de+caisse~`,
    returns: `=retour =retours =retourne =retournee =retournes =retourner =renvoye =renvoyee =renvoyer =renvoie =renvoi
      =renvois =renvoyes =reexpedie =echange =echanges =echanger =echangee rembours =rembourse =remboursee
      =remboursement =remboursements =rembourses =rendre~ =rendu~ =etiquette+de+retour =bon+de+retour =frais+de+retour
      =retour+gratuit =retours+gratuits =retractation =delai+de+retractation =avoir~ =bon+achat~ =les+frais+de+retour
      =des+frais+de+retour =frais+de+renvoi =les+frais+de+renvoi =payer+le+retour =payer+le+renvoi =bordereau
      =bordereau+de+retour =procedure+de+retour =retour+refuse =colis+retour =avoir+recu =bon+d+achat+recu
      =delai+de+remboursement =delais+de+remboursement =delai+de+retour =delai+remboursement remboursm remborsem
      rembousem`,
  },
  cues: {
    '+': `=bien =tres+bien =trop+bien =super =genial =geniale =top =au+top =parfait =parfaite =parfaits =parfaitement
      =excellent =excellente =excellents =impeccable =impeccables =nickel =rapide =rapides =rapidement =vite =efficace
      =efficaces =efficacite =sympa =sympas =sympathique =aimable =aimables =agreable =agreables =adorable =adorables
      =gentil =gentille =gentils =poli =polie =polis =courtois =courtoise =pro =professionnel =professionnelle
      =professionnels =reactif =reactive =reactifs =fluide =simple =simples =facile =faciles =facilement =pratique
      =pratiques =clair =claire =clairement =intuitif =intuitive =ergonomique =delicieux =delicieuse =savoureux =bon
      =bonne =bons =bonnes =meilleur =meilleure =meilleurs =meilleures =le+meilleur =la+meilleure =merci =mercii
      =merci+beaucoup =adore =jadore =aime =jaime =kiffe =incroyable =satisfait =satisfaite =satisfaits =content
      =contente =contents =ravi =ravie =ravis =recommande =je+recommande =conseille =apprecie =appreciable =propre
      =croquant =croquants =croquante =juteux =pas+cher =economique =gratuit =gratuits =gratuite =gratuites
      =instantane =instantanes =instantanee =immediat =immediatement =en+avance =a+heure =ponctuel =ponctuelle =large
      =enorme =vaste =immense =spacieux =spacieuse =confortable =confortables =soigne =soignee =chaleureux
      =chaleureuse =chouette =cool =extra =formidable =magnifique =merveilleux =ideal =solide =zero+souci =aucun+souci
      =aucun+probleme =sans+souci =sans+probleme =tranquille =serviable =serviables =a+ecoute =aux+petits+soins
      =rien+a+redire =rien+a+dire =top+qualite =excellent+rapport =fiable =fiables =pas+mal =nickel+chrome =canon
      =fraiche =fraiches =frais+et =sucrees =sucres =du+gout =plein+de+gout =tombe+parfaitement =tombe+bien
      =comme+neuf =comme+neuves =#pos =enfin+un =enfin+une =les+seuls =nulle+part+ailleurs =economise =economiser
      =un+max =mieux =beaucoup+plus+clair =plus+clair =plus+rapide =a+aide =aide =10/10 =dix+sur+dix =#num+/+#num~
      =recommanderai =je+recommanderai =repasserai =recommanderais =continuez =top+top =genialissime =rien+a+ajouter
      =copieux =copieuse =copieuses =genereux =genereuse =en+quelques+minutes =en+quelques+secondes
      =en+quelques+heures =quelques+minutes =quelques+secondes =interessante =interessant =interessants =interessantes
      =bien+situe =bien+place =achalande =achalandee =bien+achalande =bien+achalandee =au+rendez+vous
      =qualite+au+rendez+vous =zero+frais =zero+commission =aucun+frais =aucuns+frais =pas+de+frais =bluffant
      =bluffante =parfait+etat =au+poil =ultra+rapide =hyper+rapide =reactivite =disponible =disponibles =qualitatif
      =gouteux =moelleux =croustillant =souriant =souriante =souriants =arrangeant =comprehensif =rassurant =rentable
      =haut+de+gamme =trop+bon =trop+bonne =trop+top =trop+cool =trop+sympa =trop+mignon =trop+beau =trop+belle
      =trop+rapide =encore+merci =merci+encore =dure+longtemps =se+conservent+longtemps =se+conserve+longtemps
      =tiennent+bien =en+a+pour+son+argent =pour+son+argent =genials =geniales =parfaites =excellentes =nickelle
      =nickels =nickelles =sympathiques =gentile =gentiles =gentilles =polies =courtoises =professionnelles =reactives
      =fluides =claires =intuitifs =intuitives =ergonomiques =delicieuses =incroyables =satisfaites =contentes =ravies
      =apprecies =appreciables =propres =croquantes =economiques =instantanees =immediate =immediats =immediates
      =ponctuelles =larges =enormes =vastes =immenses =spacieuses =soignes =soignees =chaleureuses =chouettes
      =formidables =magnifiques =ideale =ideals =ideales =solides =tranquilles =genialissimes =genereuses =achalandees
      =bluffants =bluffantes =qualitative =qualitatifs =qualitatives =croustillants =croustillantes =souriantes
      =arrangeante =arrangeants =arrangeantes =comprehensive =comprehensifs =comprehensives =rassurante =rassurants
      =rassurantes =rentables =exactement+comme =identique =identiques =frais =produits+frais =introuvables+ailleurs
      =introuvable+ailleurs =grosse+selection =gros+choix =grande+selection`,
    '-': `=mal =mauvais =mauvaise =mauvaises =nul =nulle =nuls =nulles =horrible =horribles =catastrophe =catastrophique
      =lent =lente =lents =lentes =lentement =lenteur =a+mourir =retard =en+retard =trop =arnaque =arnaques
      =escroquerie =escrocs =voleurs =honteux =honteuse =honte =inadmissible =inacceptable =scandaleux =scandaleuse
      =scandale =decu =decue =decus =decevant =decevante =deception =pire =le+pire =probleme =problemes =souci~
      =soucis~ =erreur =erreurs =bug =bugs =plante =rame =froid =froide =froids =tiede =tiedes =pourri =pourrie
      =pourries =moisi =perime =degueulasse =degueu =immonde =infect =immangeable =sale =sales =malpoli =malpolie
      =impoli =desagreable =desagreables =aucune+reponse =injoignable =injoignables =toujours+pas =toujours+rien
      =galere =bof =mediocre =abuse =abusif =abusive =abusifs =ridicule =une+blague =blague =importe+quoi
      =nimporte+quoi =manque =manquait =manquant =faux =fausse =contrefait =contrefacon =rupture =indisponible =epuise
      =plus+jamais =fuyez =a+fuir =evitez =dommage =helas =malheureusement =penible =complique =compliquee =difficile
      =impossible =inutile =sert+a+rien =servent+a+rien =mou =molle =pateux =caoutchouteux =caoutchouteuse =fletri
      =fletrie =trempe =trempes =mouille =ecrase =casse =cassee =abime =perdu =perdue =en+panne =vide =vole =marre
      =ras+le+bol =lamentable =pitoyable =minable =bacle =zero =fuit =fuite =deconnecte =erreur+est+survenue
      =une+erreur =jamais+recu =toujours+en+attente =attente~ =attendre~ =attends =#neg =defectueux =defaut =grave~
      =enerve =agace =pas+normal =anormal =bizarre =cher =chers =chere =hors+de+prix =un+bras =une+fortune =augmente
      =augmentent =hausse =moins+de =de+moins+en+moins =de+plus+en+plus+cher =plus+cher =plus+chers =eleve =eleves
      =trop+cher =copie+colle =copier+coller =balader =hausse+les+epaules =debrouiller =sans+rien+resoudre =cloture
      =rend+pas =pas+rembourse =pas+remboursee =toujours+pas+rembourse =toujours+pas+remboursee =casses =rate =loupe
      =oublie =oubliee =oublies =oublient =se+trompe =trompe =trompent =mauvais+article =tout+le+temps~
      =encore+une+fois =troisieme+fois =deuxieme+fois =degoute =sans+me+demander =sans+prevenir =sans+explication
      =sans+explications =sans+aucune =jamais+de =aucun+message =aucune+info =aucune+information =aucun+retour
      =rien+resolu =deconnexion =bloque =bloquee =refuse =refusee =debite+deux+fois =deux+fois+pour =doublon
      =pourraient+etre+mieux =pourrait+etre+mieux =peut+mieux+faire =pourrait+mieux+faire =toujours+les+memes
      =toujours+le+meme =toujours+la+meme =un+peu+plus+de =prend+facilement =prend+une+heure =prend+des+heures
      =met+une+heure =met+des+heures =mettent+des+jours =met+des+jours =prend+des+jours =des+jours =des+semaines
      =des+heures =repondeur =tombe+sur =ne+passe+pas =passe+pas =capte+pas =ne+capte+pas =abimes =abimees =cassees
      =ecrases =ecrasees =pas+assez =trop+petit =trop+petite =trop+petites =trop+petits =trop+grand =trop+grande
      =ridicules =minuscule =minuscules =coupe =coupee =coupes =coupe+tout =mort =morte =lache =a+lache =vieille
      =vieillot =vieillotte =defonce =defoncee =tres+moyen =assez+moyen =plutot+moyen =ruptures =moches =moche
      =pourrait+etre+plus+? =pourraient+etre+plus+? =pauvre =pauvres =un+peu+pauvre =gratte =grattent =double
      =a+double =triple =deja+ouvert =usage =troue =trouee =troues =trompeur =trompeuse =trompeurs =trompeuses
      =mensonger =mensongere =prennent+eau =prend+eau =insupportable =inutilisable =foutage =foutage+de+gueule
      =se+foutent =regrette =je+regrette =arnaqueurs =incompetent =incompetents =incompetence =irrespectueux
      =meprisant =mepris =agressif =agressive =raccroche =deplorable =navrant =laisse+a+desirer =inexistant
      =inexistante =aux+abonnes+absents =jamais+de+reponse =interminable =trop+long =trop+longue =un+peu+long
      =longue+attente =long+a =sec =seche =brule =crame =bas+de+gamme =camelote =pacotille =fragile =se+dechire
      =se+casse =ne+repond+jamais =repond+jamais =jamais+repondu =personne+ne =personne+pour =jamais+personne
      =toujours+personne =personne+au+telephone =personne+par+mail =personne+a+qui =ai+rien+recu =rien+recu =rien+ne
      =pour+rien =super+lent =super+lente =super+long =super+longue =super+cher =super+chere =super+decu =super+decue
      =super+mal =decolle =decollee =decolles =est+decolle =caches =cachee =cachees =ne+dure+pas =a+pas+tenu
      =long+a+arriver =longs+a+arriver =preleve+#num+fois =debite+#num+fois =facture+#num+fois =faire+opposition
      =faisait+la+tete =fait+la+tete =tirait+la+tete =tire+la+tete =catastrophiques =honteuses =inadmissibles
      =inacceptables =scandaleuses =decues =decevants =decevantes =pires =moisies =degueulasses =degueus =degueues
      =immondes =infects =infectes =immangeables =malpolis =malpolies =impolie =impolis =impolies =mediocres =abuses
      =abusives =manquante =manquantes =fausses =contrefaits =contrefaites =penibles =compliques =compliquees
      =difficiles =impossibles =inutiles =molles =caoutchouteuses =fletries =mouilles =perdus =perdues =lamentables
      =pitoyables =minables =bacles =fuites =deconnectes =enerves =agaces =anormale =anormales =bizarres =augmentes
      =clotures =loupes =oubliees =trompes =degoutes =bloques =bloquees =refuses =refusees =coupees =morts =mortes
      =laches =vieilles =vieillote =vieillots =vieillotes =vieillottes =defonces =defoncees =mensongeres
      =insupportables =inutilisables =incompetente =incompetentes =meprisante =meprisants =meprisantes =agressifs
      =agressives =raccroches =deplorables =navrante =navrants =navrantes =inexistants =inexistantes =interminables
      =seches =brules =crames =camelotes =pacotilles =fragiles =en+fichent =en+fiche =en+foutent =en+fout =trop+vite
      =diminue =diminuees =diminues =ont+diminue =differentes =differents =differente =frais+caches
      =frais+supplementaires =que+est+normal =toujours+pris =toujours+complets =toujours+complet =introuvable+ici
      =pas+mur =pas+murs =pas+mure =pas+mures =pas+moyen =pas+moyen+de =arrive+froid =tout+froid`,
    '0': `=correct =correcte =corrects =correctes =ok =okay =moyen~ =dans+la+moyenne =classique =normal =normale =standard
      =sans+plus =ni+bien+ni+mal =passable =comme+partout =comme+ailleurs =rien+de+special =rien+exceptionnel =ca+va
      =en+general =generalement =habituellement =habitude =la+meme =le+meme =les+memes~ =reste+la+meme =pareil
      =inchange =reste+le+meme =convenable =acceptable =mouais =bof+bof =ni+fu+ni+fa`,
    '+!price': `=vaut+le+coup =ca+vaut+le+coup =en+vaut+la+peine =vaut+son+prix =ca+vaut+son+prix`,
    '+price': `=abordable =abordables =bas =basse =bas+prix =raisonnable =raisonnables =competitif =competitifs =imbattable
      =imbattables =avantageux =avantageuse =bon+marche =petit+prix =petits+prix =corrects~ =honnete =honnetes
      =moins+cher =moins+chers =reduit =pas+cher =economique =prix+corrects =prix+correct =prix+correcte
      =des+prix+corrects =tarifs+corrects =prix+raisonnables =prix+honnetes =prix+imbattables`,
    '-price': `=cher =chers =chere =cheres =eleve =eleves =hausse =augmente =augmentent =exorbitant =exorbitants =excessif
      =excessifs =coute+un+bras =un+bras =une+fortune =sale =salee =sale+addition =hors+de+prix =abuse =abusif
      =abusifs =du+vol =un+vol =pourraient+etre+plus+bas =pourrait+etre+plus+bas =pourraient+etre+moins+chers
      =pourrait+etre+moins+cher =pourraient+baisser =pourrait+baisser =double =a+double =triple =a+triple =explose
      =pas+donne =pas+donnes =pas+donnee =ce+qui+est+beaucoup =est+beaucoup+trop =c+est+beaucoup =est+beaucoup`,
    fix: `=regle =resolu =resolue =solutionne =a+regle =a+resolu =regle+mon =regler+mon =depanne`,
    not: `=pas =ne =jamais =aucun =aucune =non =ni =guere =nullement =pas+du+tout =pas+vraiment =meme+pas`,
    without: `=sans`,
    concede: `=au+moins =du+moins =heureusement =le+seul+point+positif =seul+point+positif =seul+bon+point =point+positif
      =le+seul+truc =par+contre~ =quand+meme~`,
    sarcasm: `#sarcasm =bravo =chapeau =quelle+surprise =comme+habitude =comme+toujours =merci+pour+rien =trop+fort
      =sans+blague =bien+joue =encore+bravo =felicitations =quel+plaisir =super+experience =merci+du+fond
      =quelle+efficacite =quel+service =franchement+bravo =seulement+#num =a+peine =chapeau+bas =la+classe`,
    request: `=ajoutez =ajouter =ajoute =serait+bien =serait+top =serait+genial =serait+pratique =ce+serait =aimerais
      =jaimerais =svp =il+vous+plait =merci+ajouter =il+faudrait =faudrait =manque+juste`,
    _: `=pain =pain+au =rien+a+ajouter =ca+arrive =pas+la+premiere =la+premiere+fois =plus+de+choix =rien+a+voir+avec
      =rien+a+voir =sans+rien+dire =bien+que =bien+sur =frais+de =les+frais =des+frais =aux+frais =sans+frais`,
  },
  openers: 'mais cependant pourtant toutefois sauf neanmoins quoique contre sinon malgre hormis excepte dommage malheureusement helas',
  contrast: 'mais cependant pourtant toutefois',
  and: 'et',
  elisions: 'l d j n m t s c qu jusqu lorsqu puisqu',
}
