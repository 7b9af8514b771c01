/**
 * English lexicon. Entries are stem prefixes unless marked '=' (exact word); '+' joins a
 * phrase; '~' is a weak keyword (two are needed, or one with a strong one of the theme);
 * '^' one that yields to another theme named in its clause; '#money', '#num', '#pos',
 * '#neg', '#sarcasm' are tokenizer markers. Common misspellings sit beside the stem.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const en: LanguageLexicon = {
  themes: {
    delivery: `deliver deliveri delivar delievr dilive delive shipping =ship =ships =shipped shipment
      courier curier currier courrier =driver =drivers =rider =riders =deliveryman =postman
      =parcel =parcels =package =packages packag^ =packed^ =packing^ box~ arriv =came~
      =late =lateness delay =delays on+time^ =fast^ =quick^ =quickly^ =speedy^ in+no+time^
      =at+my+door =to+my+door =to+the+door =came+#num =arrived+#num =came+late =came+a+day =eta =tracking =tracker =tracked =locker =lockers
      pickup+point pick+up+point parcel+locker post+office~ =dispatch dispatched =transit
      =usps =ups =fedex =dhl =dpd nova+poshta =ukrposhta =doorstep =door~ =slot~ =address~
      =brought~ =dropped+off~   =got+it+by =came+in =showed+up =turned+up =finally+arrived =finally+came =week+late =days+late =hours+late
      =wait+#num~ =waited+#num~ =waiting+#num~ =wait+#num+weeks~ =where+is+my+order =out+for+delivery =waited+for+my =food+delivery =lost~ =never+arrived =still+not+here   =wrong+address =logistics
      =drop+off =porch~ =on+the+way^ =mail~ =mailman =express~ =same+day^ =next+day^ =doorbell~ =neighbour~ =neighbor~
      =never+came =didnt+come =didnt+arrive =hasnt+arrived =never+showed+up =waited+all
      =ready+for+pickup =ready+for+collection =pickup~
      =waited+#num+hours =wait+#num+hours =waiting+#num+hours
      =handoff =hand+off =luggage =baggage =suitcase =suitcases =checked+bag =checked+bags =lost+luggage =flight+delayed =delayed+flight =wait+time =waiting+time =pickup+time
      =took+forever^ =took+ages^ =order+arrived =order+came =got+here =get+here =got+to+me =took+#num+min~ =took+#num+minutes~ =took+#num+hours~ =took+#num+days~
      =minutes+late =min+late =mins+late =tracking+number =tracking+info =customs~ =warehouse =wrong+building =wrong+house =wrong+door =wrong+floor
      undeliver redeliver =carrier =carriers =evri =hermes =inpost =royal+mail =canada+post =australia+post =gls =yodel =ontrac
      =click+and+collect =collection+point =parcel+shop =mailbox~ =letterbox~ =left+it+outside =left+outside =left+the+parcel =left+the+package
      =package+stolen =parcel+stolen =missed+my+connection =connecting+flight~ =picked+me+up =pick+me+up~ =estimated~
      =waited+forever =waiting+forever =wait+forever
      =never+showed =didnt+show =no+show =no+one+came =nobody+came =nobody+showed =assembly~
      =took+#num+weeks~ =took+weeks~ =took+a+week~ =took+a+month~ =took+two+weeks~ =took+three+weeks~ =to+show+up~ =to+arrive~ =sorting+center
      =sorting+centre =sorting+facility =sorting+hub =wrong+city =wrong+country =wrong+branch =sent+to+the+wrong =sent+it+to+the+wrong
      =comes~         =didnt+get+my       =never+delivered =still+havent+got   =not+shipped =hasnt+shipped =havent+shipped =still+not+shipped =shipped+out =delivery+window =time+slot =delivery+slot =missed+delivery =missed+deliveries =failed+delivery =delivery+attempt =attempted+delivery =sorry+we+missed =signed+for =postage =by+post =in+the+post =stuck+in+customs =label+created =order+never =ahead+of+schedule
      =never+received^
      =didnt+receive^
      =havent+received^
      =not+received^
      =never+got+it^
      =never+got+my^
      =never+got+anything^
      =delivered+to =got+it+in^ =got+them+in^ =had+it+in^ =received+it~ =received+my+order =received+the+parcel =received+the+package =took+too+long~ =took+so+long~ =missing+items^ =items+missing^ =missing+item^ =item+missing^ =wrong+order^ =wrong+item^ =wrong+items^ =incomplete+order =bubble+wrap =wrapped~ =on+schedule^ =ahead+of+time^ =right+on+time^ =postie
      =overdue   =left+it+with~
      =left+=with~
      =over+an+hour~ =over+#num+hours~ =over+a+week~ =over+#num+weeks~ =over+#num+days~
      =never+recieved^ =didnt+recieve^ =havent+recieved^ =not+recieved^ =recieved~ =shiping =shippin =shipin =shiped =delivey =took+#num+hrs~ =took+#num+hr~ =took+#num+hour~
      =hasnt+come^
      =delivery+guy =delivery+guys =delivery+man =delivery+lady =delivery+girl =delivery+person =delivery+driver =delivery+boy =delivery+people =delivery+staff
      =comes+on+time =came+on+time =arrives+on+time =arrived+on+time =come+on+time =always+on+time
      =didnt+turn+up =never+turned+up =not+turn+up =longer+than+promised^ =later+than+promised^ =longer+than+expected^ =longer+than+quoted^
      =track~ =track+my+order =track+my+parcel =track+my+package =cant+track
      =at+the+door =at+your+door =on+my+doorstep =at+my+doorstep =slots~ =slots+available =available+slots =slot+available
      =shows+up =show+up =twice+as+long^ =took+twice+as+long
      =rescheduled~ =lead+time =handed+over~
      =didnt+get+it^
      =took+a+while^ =wasnt+ready^ =werent+ready^ =not+ready^ =waiting+room~ =take+a+week~ =takes+a+week~ =takes+ages^ =takes+forever^ =take+forever^ =takes+days~ =upstairs~
      =lost+my^
      =left+my^
      =had+it+by =have+it+by =something+missing^ =something+was+missing^ =always+something+missing^
      =monday~ =tuesday~ =wednesday~ =thursday~ =friday~ =saturday~ =sunday~ =mondays~ =fridays~ =weekend~ =the+following+day =the+following+week =next+morning~ =the+next+morning~ =same+evening~ =within+the+hour^ =within+an+hour^ =under+an+hour^ =in+under+an+hour^ =within+#num+hours^ =within+#num+minutes^ =within+#num+mins^ =within+#num+days^
      =had+it+before =had+it+within =got+it+within =got+it+before =had+them+within =got+them+within =got+it+the+next =had+it+the+next =got+it+the+same =had+it+the+same
      =comes+late =come+late =always+comes =always+come =always+arrives =took+its+time =took+their+time =takes+its+time =takes+their+time =en+route =on+its+way =its+on+the+way =still+on+the+way =arrival =arrivals
      =order+was+wrong^ =order+is+wrong^ =order+wrong^ =got+my+order+wrong^ =orders+wrong^ =orders+are+wrong^ =order+was+incomplete =order+incomplete
      =returned+to+sender =return+to+sender =sent+back+to+the+sender =shipping+time =shipping+times =delivery+time =delivery+times =delivery+speed =shipping+speed =turnaround~ =same+speed~ =dispatch+time =dispatching
      =contactless+delivery =delivery+instructions =intercom~ =buzzer~ =gate+code =safe+place =left+in+a+safe =signature~ =courier+service =courier+company =delivery+company =shipping+company =postal+service =postal =the+post~ =in+the+mail =by+mail =lost+in+the+post =lost+in+the+mail =lost+in+transit =went+missing^ =go+missing^ =goes+missing^ =gone+missing^ =parcel+went =package+went =order+went+missing~ =dasher =dashers =shopper~ =shoppers~ =personal+shopper =minutes+away =mins+away =order+status =stuck+at~ =late+delivery =late+deliveries =delivered+late =arrived+late =came+late =always+late =running+late =early+delivery =delivered+early =left+at+the =left+on+the =left+in+the+rain =threw+my+parcel =threw+the+parcel =threw+my+package =threw+the+package =threw+the+box =threw+it+over =thrown+over =chucked+it =handled+with+care =handled~ =packed+well =well+packed =poorly+packed =badly+packed =packed+badly =packed+carelessly =packing+was =packaging+was
      dilev deliev delivr dlivery =devlivery =delvery =delivey arived =arive =arives =ariving =arrivd =arivved =packege =pakage =pakcage =pacakge =pacage =parcle =parsel =couier =cuorier =corier =shippment =shipmnt =shipping+was =shipping+is =shipping+took =shipping+takes
      =window~ =left+the+bag =left+the+box =left+the+order =left+my+order =left+my+food =left+the+food =left+the+groceries =left+my+groceries =left+my+bag =order+took+ages =order+took+forever =order+takes+ages =order+takes+forever =orders+take+ages =orders+take+forever =order+took+over =order+took+too =orders+take+too =order+took+so =had+my+food =got+my+food =get+my+food =had+our+food =got+our+food
      =depot =depots =collect+it =collected+it =go+collect =had+to+collect =collect+my+parcel =collect+my+package =collect+my+order =had+to+pick+it+up =pick+it+up~ =on+the+day+they+said =the+day+they+said =when+they+said^ =when+promised^ =as+promised^ =as+scheduled^ =on+the+promised =on+the+date
      =waited+in =waited+in+all+day =stayed+in+all+day =stayed+home+all =in+all+day =processing~ =been+processing^ =knock~ =knocked~ =didnt+knock =didnt+even+knock =didnt+ring =never+knocked =never+rang =bell~ =estimated+date =estimated+delivery =estimated+time =estimated+arrival =expected+date =expected+delivery =promised+date =delivery+date =delivery+day
      =sent+back+to+the+warehouse =returned+to+the+warehouse =went+back+to+the+warehouse =back+to+the+depot =back+to+the+sender =was+home+all+day =home+all+day =was+in+all+day =i+was+home~ =nobody+home~ =not+home~ =wasnt+home~ =wasnt+in~
      =i+was+home+all+day =i+was+in+all+day =we+were+home+all+day =i+was+home+the+whole
      =wheres+my^ =where+is+my^ =where+are+my^ =wheres+my+order =wheres+my+parcel =wheres+my+package =wheres+my+stuff =where+is+my+stuff =where+is+my+parcel =where+is+my+package =where+is+my+food
      =forgot+my^ =forgot+the^ =forgot+our^ =forgot+to+include^ =forgot+to+add^ =forgot+to+put^ =left+out+my^ =order+was+missing =order+is+missing =bag+was+missing =was+missing+a =was+missing+my =were+missing+from =missing+from+my+order =missing+from+the+order =missing+from+the+bag =estimated+#num =bag+split =bag+ripped =bag+broke =bags+split =bag+tore =bags+ripped =bags+broke =bag+burst
      =took+ages+to+arrive =took+forever+to+arrive =took+ages+to+come =took+forever+to+come =took+a+while+to+arrive =took+a+while+to+come =takes+ages+to+arrive =takes+forever+to+arrive =takes+ages+to+come =takes+forever+to+come =took+ages+to+get+here =took+forever+to+get+here =took+ages+to+deliver =took+forever+to+deliver =takes+forever+to+deliver
      =gets+here =got+here+faster =gets+here+faster
      =sent+me+someone =got+someone+elses =someone+elses+order =after+the+date =after+the+promised+date =after+the+agreed =installation+date =install+date =on+the+tarmac =on+the+runway =before+takeoff =before+take+off =before+departure =boarding+was =departure+was =delayed+boarding =boarding+delayed =airport+transfer =airport+transfers =hotel+transfer =transfer+driver =shuttle =shuttle+bus
      =recipient =recipient+not+available =not+at+home~ =flight+was+moved^ =flight+moved^ =flight+changed^ =flight+was+changed^ =rescheduled+flight^ =flight+rescheduled^ =flight+was+rescheduled^ =flight+was+cancelled^ =flight+cancelled^ =flight+canceled^ =cancelled+flight^ =canceled+flight^ =flights+cancelled^
      =bags+went =bag+went =bags+ended+up =bag+ended+up =luggage+went =luggage+ended+up =bags+never+arrived =bags+arrived =bag+arrived =overbooked+flight =flight+was+overbooked =flight+overbooked =bumped+us =bumped+me =bumped+off =denied+boarding
      =preparing~ =order+stuck =orders+stuck =stuck+at+preparing =stuck+on+preparing =status+stuck =was+missing+from =missing+from+the+box =missing+from+my+box =missing+from+the+package =missing+from+the+parcel
      =wait+for+an+appointment =waiting+for+an+appointment =waited+for+an+appointment =earliest+appointment =next+available+appointment =waiting+list =waiting+lists =appointment+the+same+day =same+day+appointment
      =got+my+stuff+in^ =got+my+order+in^ =had+my+order+in^ =had+my+stuff+in^ =left+a+card =left+a+note =left+a+slip =calling+card =missed+you+card =we+missed+you
      =results+came+back =results+came =results+took =got+my+results =results+back+in`,
    support: `support =helpdesk help+desk hotline =helpline call+cent customer+servic customer+care
      =operator =operators =agent =agents =chat chatbot chat+bot =bot =bots =manager~ =staff
      =ticket~ =tickets~ =rep =reps representativ =email~ =emails~ =unanswered =apology =apologies
      =apologize =apologised =apologized on+hold =callback call+back =phone+line =queue~
      =answered~ =replied~ =reply~ =respond~ =responded~ =response~ =consultant =assistance
      =ghosting =ghosted =hung+up =service+desk =live+person =real+person =your+call+is+important =call+is+important =human~ =complaint~ =replies~ =live+chat canned+repl canned+respons ignor~ =your+team~
      =customer+care
      =contacted~ =contact+form =employee~ =employees~ =assistant~ escalat =callcenter =on+the+phone =phone+support
      =email+support =support+team =service+team =hotline
      =answers~ =answer~ =answering~ =phone~ =nobody+answers =no+one+answers =nobody+picks+up
      =on+the+line =get+someone =no+one+replies =nobody+replies =no+one+responds =nobody+responds
      =contacted+me =has+contacted =no+one+contacted =never+contacted =get+back+to+me =got+back+to+me
      =pharmacist =called~ =explain~ =explained~
      =question~ =questions~ =desk =front+desk =counter~ =cashier =cashiers =clerk =salesperson =sales+assistant =shop+assistant =waiter =waitress
      =waiters =receptionist =technician =technicians =tech+guy =tech+support =the+tech =lady~ =guy~ =girl~ =rude~ =rudely~ =friendly~ =polite~ =helpful~
        =attitude~ =support+ticket =opened+a+ticket =raised+a+ticket =closed+my+ticket =closed+my+case =closed+the+ticket =in+app+chat =app+chat
      =macro =template~ =templated =copy+paste =copy+pastes =copy+pasted =transferred+me =dropped+the+call =kept+transferring =got+through =get+through
      =reach+a+human =talk+to+a+human =speak+to+a+human =spoke+to~ =talked+to~ =never+got+back =no+callback
      =faq~ =help+center =help+centre =knowledge+base~ =automated+response =automated+reply =automated+message =supervisor =case+number
      =my+case =claim~ =claims~ =messaged~ =message~ =messages~ =wrote+to =writing+to =write+to =hold+music =nobody+helps =no+one+helps =no+help =zero+help
      =suport =suppport =supoprt =costumer+service =custumer+service =custmer+service =customer+serivce =costumer+support =custmer+support
      =emailed =no+reply =no+response =no+answer =havent+heard+back =never+heard+back =heard+nothing =plumber~ =electrician~ =repairman~ =handyman~  
      =reach+anyone =reach+someone =reach+you =reach+them =reach+a+person =cant+reach =couldnt+reach
      =trainer~ =trainers~ =coach~ =coaches~
      =get+back+to+you =gets+back+to+you =never+get+back =never+gets+back
      =teacher =teachers =tutor =tutors =instructor =instructors =lecturer =lecturers =professor =mentor     =nurse =nurses =dentist =mechanic =mechanics =tour+guide =concierge =bartender =barista =baristas =security+guard =cabin+crew =flight+attendant =flight+attendants =crew~ =stewardess =adjuster =advisor =adviser =advisors =broker =landlord =property+manager =stylist =hairdresser =barber =therapist =installer =installers =store+staff =shop+staff =sales+staff =salesman =saleswoman =personnel =seller~ =sellers~ =nobody+picked+up =no+one+picked+up =never+picked+up =didnt+pick+up =nobody+answered =no+one+answered =never+answered =didnt+answer =never+replied =didnt+reply =didnt+respond =never+responded =never+responds =never+reply =never+answer =left+on+read =get+anyone =got+anyone =get+hold =got+hold =couldnt+get+hold         =kept+us+informed =keep+us+informed =kept+me+informed =no+communication =communication~ =explanation~ =no+explanation =apologise =apologising =apologizing =emergency+line =customer+line =complained~ =complain~ =help+line =call+center =call+centre
      =no+one+to+talk+to =talk+to+someone =speak+to+someone =speak+to+a+manager =speak+to+a+person =talk+to+a+person =speak+to+a+real =talk+to+a+real =promised~ =hold+time =empathy =empathetic =advice~ =advised~
      =passed+between =passed+around =bounced+between =transferred+between   =department~
      =person+on+the+phone =guy+on+the+phone =lady+on+the+phone =woman+on+the+phone =man+on+the+phone =follow+up =follows+up =followed+up =following+up =followup =closed+the+case =explaining~ =called+them =phoned =phoned+them =rang+them =called+about =phoned+about
      =store+manager =shop+manager =branch+manager =optician =optometrist =vet =vets =physio =physiotherapist =surgeon =midwife =receptionists =cleaning+lady =housekeeping =housekeeper =moderators =moderator =mods~ =admins~ =devs~ =developers~
      =doctor =doctors
      =costumer+servise =customer+servise =custumer+servise =custmer+servise =supprt =supoort =suppot =custumer+care =costumer+care
      =engineer =engineers
      =out+of+her+way =out+of+his+way =out+of+their+way =went+above+and+beyond =above+and+beyond =being+looked+into =looking+into+it =look+into+it =looked+into+it
      =person+i+spoke+to =person+i+talked+to =the+person+on+the+line =no+idea+what~
      =our+server =our+waiter =our+waitress
      =departments~
      =called+me+back =call+me+back =called+us+back =had+to+call =call+them
      =unhelpful
      =mentors =had+to+chase =chase+them =chasing+them =chased+them =messaging~
      =called+me^
      =help+team =care+team =support+staff =team+member =team+members =customer+team =service+staff =the+team~ =the+staff =crew~ =staff+member =staff+members
      =quick+replies =quick+reply =fast+reply =fast+replies =quick+response =fast+response =quick+responses =fast+responses =slow+reply =slow+replies =slow+response =slow+responses =quick+?+replies =fast+?+replies =quick+?+reply =quick+?+response =quick+to+reply =quick+to+respond =slow+to+reply =slow+to+respond =slow+to+answer =quick+to+answer =response+time =response+times =reply+time =replied+within =responded+within =answered+within =replied+in =responded+in
      =nobody+cared =no+one+cared =nobody+said+a+word =no+one+said+a+word =nobody+said+anything =no+one+said+anything =no+announcement =no+announcements =announcement~ =announcements~ =kept+in+the+dark =no+updates~ =no+information =zero+information =no+info =nobody+informed =no+one+informed =informed~
      =one+call =in+one+call =first+call =single+call =one+phone+call =email+bounced =emails+bounce =email+bounces =report+a+problem~ =report+an+issue~ =reported+the+issue~ =reported+it~ =chat+agent =chat+agents =the+chat =the+guy~ =the+lady~ =the+woman~ =the+man~
      =helped+me =helped+us =helping+me =help+me~ =refused+to+help =wouldnt+help =couldnt+help =no+one+helped =nobody+helped =sorted+it =sorted+it+out =sorted+out =sorted+everything =resolved+my =solved+my =fixed+my+issue =fixed+my+problem =sorted+my =issue+resolved =problem+solved =problem+resolved =issue+was+resolved =resolution =unresolved =on+whatsapp =via+whatsapp =on+twitter =on+instagram =dm~ =dms~ =spoke+with =talked+with =speaking+to =speaking+with =was+told~ =were+told~ =they+told+me~ =told+me~ =waiting+for+a+reply =waiting+for+an+answer =waiting+for+a+response =cust+service =cust+support =custserv
      =custom+service =cusomer+service =custoner+service =customer+servie =customer+sevice =costumer+servise =custumer =costumers+service =support+is =support+was =service+desk
      =picks+up+the+phone =pick+up+the+phone =picked+up+the+phone =answers+the+phone =answer+the+phone =answered+the+phone =ever+picks+up =ever+answers =ever+replies =ever+responds =ever+calls+back =rude+service =service+was+rude =service+is+rude
      =explain+my =explained+my =explaining+my =repeat+myself =repeating+myself =different+people~ =different+agents =different+person~ =different+answer =different+answers =same+answer~ =useless+answer =useless+answers
      =personal+trainer =personal+trainers =the+trainer^ =my+trainer =the+coach =my+coach =the+coaches
      =our+=guide =the+=guide =guide+was
      =no+way+to+contact =cant+contact =couldnt+contact =unable+to+contact =hard+to+contact =impossible+to+contact =to+contact~ =get+in+touch =got+in+touch =getting+in+touch =in+touch~
      =till~ =at+the+till~ =at+the+counter~ =at+the+store~ =at+the+shop~ =in+the+shop~ =in+the+store~ =at+the+desk~ =at+reception~ =the+man~ =working+there =the+people+working =people+who+work =people+that+work =the+people+there =everyone+there =everyone+at =my+complaint =a+complaint =the+complaint =complaints+department =complaints+team =closing+my+complaint =team~ =teams~ =patience =contacting~ =contacting+you =contacting+them =contact+you =contact+them =contacting+support =treat+customers =treats+customers =treated+me =treated+us =treat+you+like =treated+like =treat+their+customers =treats+their+customers
      =customer+support
      =the+owner =the+owners =management =the+management =your+people =their+people =people+on+the+ground =available+to+help =no+one+to+help =nobody+to+help =nobody+available =no+one+available =sales+guy =sales+rep =sales+reps =salespeople =sales+people =sales+team =pushy =pushed+me =nobody+explained =no+one+explained =never+explained =didnt+explain
      =helpful+people =friendly+people =lovely+people =nice+people =rude+people =kind+people =helpful+person =friendly+person
      =virtual+assistant =ai+assistant =actual+person =actual+human =real+human =live+agent =live+agents =talk+to+an+actual =speak+to+an+actual =wont+tell+me =wouldnt+tell+me =refuse+to+tell =refused+to+tell =wont+explain =wouldnt+explain =couldnt+explain =cant+explain =says+talk+to =said+talk+to =told+me+to+talk =told+me+to+contact =told+me+to+call =told+me+to+ask =pass+the+buck =passing+the+buck =blame+each+other =blaming+each+other
      =different+story =different+stories =quick+answer =fast+answer =quick+answers =prompt+answer =prompt+reply =prompt+response =speedy+reply =speedy+response
      =its+my+problem =not+their+problem =not+our+problem =said+its+my =told+me+its+my =reception+staff =reception+team
       =stopped+replying =stopped+answering  =stops+replying =without+explanation~ =without+any+explanation~ =without+an+explanation~ =without+a+word~
      =our+host =the+host =host+was =host+is =hosts+were
      =no+one+knew =nobody+knew =noone+knew =porter =porters =bellboy =doorman =valet =usher =ushers`,
    app_ux: `=app =apps =application =website =websites =site =web =ui =ux interface =design =redesign
      checkout check+out =search =filter =filters =button =buttons   =login =log =logged
      log+in =sign+in =signing+in =signed+in =signin crash =bug =bugs =buggy glitch =lag =lags =laggy =lagging freez
      =loading =navigation navigat intuitiv =dark+mode =delivery+app =delivery+apps =update~ =updates~ =version~ =screen~
      =screens~ =cart~ =notification =notifications =push~ =password =layout =usability
      user+friendly =clunky =scroll =scrolling =uninstall =uninstalled    
      =otp =fingerprint face+id =tabs~ =tab~ =click =clicks =one+click =ios =android =mobile~
      =online~ =web+version =logs+me+out =something+went+wrong =form~ =interface
      =account~ =sign+up =signup =registration =register~ =verification~ =2fa =captcha =page~ =pages~ =link~
      =wishlist =favorites~ =favourites~ =barcode =feature =features =functionality =easy+to+use~ =user+experience
      =unusable~ =keeps+crashing =user+interface
      =dashboard sync =editor =didnt+load =wont+load =doesnt+load =wouldnt+load =failed+to+load =not+loading =takes+forever+to+load =spins
      =spinning =spinner =logged+out =logs+out =log+out =keeps+logging =new+update =latest+update =the+update =last+update =after+the+update =since+the+update
      =after+updating =app+update =portal =online+check =check+in+online =seat+picker =seat+map =booking+page =qr+code~ =touch+id =biometric =biometrics
      =shortcuts =shortcut =onboarding =settings =in+app~ =autofill =map~ =real+time~ =live+map =route~ =export     =mobile+version
      =desktop =browser =on+the+site~ =on+the+website~ =on+your+site~ =on+your+website~ =reset+email =password+reset
      =an+error =error+message =gives+an+error =giving+an+error =giving+me+an+error =shows+an+error =error~ =errors~
      =swipe =play+store =app+store =appstore =playstore =webpage =verification+code =code+never =reset~ =sort+by
      =sorting =font~ =accessibility =loads~ =load~ =glitches =glitching =freezes =frozen+screen =white+screen =blank+screen =black+screen
      =upload =uploading =uploaded =resets
      =online+booking =booking+system =book+online =booking+app buffer =video+player =playback
      =disconnect~ =disconnects~ =disconnecting~ =disconnected~       =order+history =past+orders =pop+ups =popups =popup =pop+up   =adverts~ =timing+out =times+out =timed+out =timeout =keeps+freezing =unresponsive =wont+open =doesnt+open =slow+to+load =bugged =broken+link =dead+link =download~ =downloads~ =downloading~ =browse =browsing =release~ =releases~   =patches =hotfix =new+version =online+account =matchmaking  
      =reorder~
      =find+anything~ =search+bar =search+results =widget =screen+reader =voiceover =unsubscribe =opt+out =spam~ =newsletter~ =two+factor =logging+in =glitchy
      =too+many+steps =too+many+clicks =place+an+order~
      =app+menu =menu+in+the+app =the+app+menu =menus~
      =install~ =installed~ =install+the+app =installed+the+app
      =server~ =servers~ =server+down =servers+down =server+error =server+issues =server+problems =servers+crash =server+crashed =patch~
      =field~ =fields~
      =no+ads =reminder~ =reminders~
      =basket~ =profile~ =hard+to+use =chrome~ =safari~ =firefox~ =sort~
      =runs+smooth =runs+smoothly =runs+great
      =integration =integrations
      =ads =kicks+me+out =kicking+me+out =kicked+me+out =kicks+me+off =kicked+me+off =after+an+update =online+shop =online+store
      =sort+by+price =filter+by+price
      =one+tap~ =tap~ =taps =two+taps =few+taps =a+few+clicks =few+clicks =in+a+few+clicks =create+an+account =create+account =make+an+account =creating+an+account =making+an+account =guest+checkout =forced+to+register =account+creation =scanner =scanning =scan~ =user+friendly =not+user+friendly =loads+fast =loads+slowly =slow+to+open =takes+ages+to+load =takes+forever+to+open =the+home+page =homepage =home+screen =checkout+page =search+function =search+engine =the+search
      =wont+let+me~ =doesnt+let+me~ =wouldnt+let+me~ =didnt+let+me~ =keeps+asking~ =web+app =webapp =log+on =logon =two+step =authenticator =the+site+is =site+is =app+is =the+app+is =app+was =site+was =website+is =website+was =apply+the+code =code+wouldnt+apply~ =code+didnt+apply~ =code+doesnt+work~ =cant+apply~ =hard+to+navigate =easy+to+navigate =easy+to+find =hard+to+find~ =cant+find+the+button =couldnt+find+the+button =cant+find+where =couldnt+find+where =confusing+layout =confusing+menu =too+many+notifications =glitched =lagged =crashed =loading+times =load+times =loading+time
      =aplication =appliction =webiste =wesbite =webste =websight =aplication =the+appp =ap+keeps =app+keeps =app+wont =app+doesnt =app+didnt =site+keeps =site+wont =website+keeps =website+wont
      =email+never+arrives =email+never+came =email+never+arrived =code+never+arrives =code+never+came =code+never+arrived =email+doesnt+arrive =code+doesnt+arrive =sms+never =the+system~ =system+is+down =system+was+down =system+down =systems+down =book+appointments+online =book+an+appointment+online =booking+online
      =hard+to+read~ =text+size =font+size =too+small+to+read =save+my+favourites =save+my+favorites =save+my+address =save+my+details =save+favourites =saved+items =saved+addresses =no+way+to~ =no+option+to~ =an+option+to~ =the+option+to~ =keeps+forgetting =forgets+my =forgot+my+address =remember+my =remembers+my =remembered+my =edit+my+order =edit+the+order =change+my+order =modify+my+order =amend+my+order =edit~ =editing~ =re+enter =reenter =re+type =retype =re+entering =reentering =iphone~ =ipad~ =watch+support =android+support =ios+support =tablet+support =ipad+support =apple+watch
      =minutes+online =mins+online =seconds+online =all+online =fully+online =entirely+online =completely+online =did+it+online =did+everything+online =applied+online =apply+online =signed+up+online =renewed+online =budget+tracker =spending+tracker =expense+tracker =habit+tracker =budgeting =charts~ =graphs~ =site+said~ =site+says~ =website+said~ =website+says~ =app+said~ =app+says~
      =selfie =selfies =id+check =id+verification =identity+check =identity+verification =kyc =opened+an+account~ =open+an+account~
      =round+ups =roundups =round+up~ =spending+insights =insights~ =spending+breakdown =spending+categories
        =checkout+screen =login+screen =fake+reviews =reviews+are+fake =paid+reviews =customer+reviews~ =reviews~ =ratings~ =loan+decision =loan+approved =loan+approval =credit+decision =approved+in+#num =approved+within =approved+instantly =instant+decision
      =recommendations~ =algorithm =algorithms =group+chat =group+chats =community+chat =forum =forums =discussion+board =#num+minutes+online =took+#num+minutes+online =took+#num+mins+online =seats+online =chose+the+seats =choose+seats =seat+selection =mobile+ticket =mobile+tickets =e+ticket =eticket =digital+ticket =scanned+my+phone =scan+my+phone =boarding+pass~
      =kids+profile =kids+profiles =parental+controls =parental+control =profiles~
      =scan+items =scan+and+go =scan+as+you+shop =scan+as+i+shop =scan+the+barcode
      =digital+key =key+on+my+phone =mobile+key =contactless+check+in =online+check+in`,
    price: `=price =prices =priced =pricey =pricy =pricing =cost =costs =costly =costed expensiv
      expesiv =cheap =cheaper =cheapest =cheaply overpric overcharg =fee =fees =discount
      =discounts =discounted =sale~ =sales~ =deal =deals promo =coupon =coupons =voucher~ =vouchers~ =bargain affordab =value+for+money =saved~ =save~ =savings =rip+off =ripoff
      =tariff =commission =markup =surcharge #money~ =budget =fortune~ delivery+fee
      delivery+charge delivery+cost shipping+fee shipping+cost service+fee small+order+fee
      free+delivery free+shipping =half+price =for+the+price =money~ =scam~ =paid+extra =charges~
      =inflation =interest+rate =subscription+fee =membership~ =minimum+order =min+order =value =bang+for =spend~
      =overpay =overpaid =pricing+policy
      =for+what+you+pay =what+you+pay
      =charged+me+for+delivery =paid+for+delivery =charge+for+delivery =supposed+to+be+free =charged+for+delivery
      =steep =tier~ =free+tier =free+plan =free+version =paid+plan =paid+tier =premium+plan =annual+plan~ =monthly+plan~ =per+seat =per+user
      =monthly+fee =annual+fee =account+fee =maintenance+fee =service+charge =booking+fee =hidden+fees =hidden+fee =extra+charge =extra+charges =surge
      =surge+pricing =price+hike =hike~ =hikes~ =went+up~ =gone+up~ =bill~ =bills~ =plan~ =for+what+you+get =for+the+money~ =worth+the+money
      =worth+every+penny =charged+#money =pay+#money =paid+#money =costs+#money #money+for =price+of+one =fare =fares =ticket+price =ticket+prices
      =pricier =priciest =too+much~ =money+grab =cash+grab =greedy =greed =nickel =rate~ =rates~ =exchange+rate =apr =upsell =upsells
      =upselling =costs+a =cost+me =paying+for~ =pay+for~ =tip~ =tips~
      expenc =cheep
      =resort+fee =tourist+tax =city+tax
      =hidden+charges =hidden+charge =hidden+costs =raised+my =raised+the+price =raised+prices =raised+our
      =premiums =premium+went
      =paywall =paid+features =premium+features
      =roaming =pay+to+win =microtransactions =loot+box =loot+boxes =in+app+purchases =taxes~ =tax~ =vat~ =price+tag =pricetag =afford =cant+afford unaffordab =exorbitant =extortionate =highway+robbery =charge+extra =charged+extra =pay+extra =paying+extra =threshold~ =minimum+spend =markdown =markdowns =clearance =promotion =promotions =special+offer =special+offers =savings+rate =interest+rates =price+match =price+matched =price+matching =cost+of+living
      =adds+up~ =add+up~ =added+up~ =worth+the+price =not+worth =waste+of+money =good+value =great+value =best+price =price+point =budget+friendly =inexpensive =economical =cost+effective =dirt+cheap =price+increase =price+increases =prices+increased =conversion+fee =fx~
      =charge+for   =charge+you =charges+for =charging+for
      =ripped+off =ripping+off =service+charges =pays+for+itself =saves+me+money =save+money =saves+money =saved+me+money =saving+money =saves+me+a+lot
      =they+=charge =they+=charges
      =standing+charge =standing+charges =quote =quoted =quotes =renewal+quote =renewal+price =charged+a+fortune =charge+a+fortune =costs+a+fortune =cost+a+fortune =paid+a+fortune
      =adds+up+fast =add+up+fast =adds+up+quickly
      =a+steal =paying+more =pay+more =more+for+less =late+fee =late+fees
      #money+for+delivery #money+for+shipping
      #num+=off =percent+off =per+cent+off
      =pays+off =paid+off =paying+off
      =monthly+premium =annual+premium =insurance+premium =my+premium =the+premium =pay+walls =pay+wall
      =offers~
      =card+fees =card+fee =foreign+transaction+fee =foreign+transaction+fees =worth+every+cent =worth+every+dollar =worth+every+pound =voucher+code =discount+code =my+voucher =the+voucher =refunded+the+difference =refund+the+difference =price+difference =the+difference
      =overdraft+fee =overdraft+fees =overdraft+charge =overdraft+charges =bill+halved =bill+went+down =prices+dropped =price+dropped =prices+went+down =price+went+down =rent~
      =save+me+a+fortune =saved+me+a+fortune =saves+me+a+fortune =fake+discounts =fake+discount =fake+sale =fake+deals
      =for+what+they+cost =for+what+it+costs =what+they+cost =what+it+costs =for+what+they+charge =for+what+you+get+charged =worth+it^ =not+worth+it =isnt+worth+it =wasnt+worth+it =charge+way+too+much =charge+too+much =charging+too+much =charges+too+much =charged+too+much =you+charge =you+charged =you+charging =per+kwh =per+kg =per+kilo =per+night =per+person =per+month~ =per+year~ =a+month~ =a+year~ =per+ride =per+item =spendy =costing =on+the+expensive+side =on+the+pricey+side =on+the+cheap+side =cheaper+elsewhere =cheaper+at =more+expensive =less+expensive =most+expensive =expensive+for =too+expensive =so+expensive =way+too+expensive =better+prices =better+deals =best+deals =great+deals =good+deals =low+prices =high+prices =prices+are =price+is =price+was =prices+were
      =costs+more =cost+more =costing+more =pay+more+for =in+store+prices =store+prices =shelf+price =than+in+store =than+in+the+store =money+well+spent =inflated+prices =bag+fee =bag+charge =packaging+fee =packaging+charge =price+rise =price+rises =price+raise =prices+rise =prices+have+gone =prices+keep =price+keeps =priced+out =overpriced =pricing+is =prices+seem =value+is =good+prices =great+prices =fair+prices =decent+prices =reasonable+prices =crazy+prices =insane+prices
      expins expens =prise =prises =to+pricey =to+expensive =priciest
      =bill+doubled =bill+went+up =bill+has+gone+up =bill+increased =bill+keeps =bills+keep =bills+went+up =bill+is+higher =higher+bill =bigger+bill =bill+was+higher =bill+tripled =bill+jumped =bill+is+too
      =went+from+#num =went+from+#money =gone+up+from =up+from+#num =up+from+#money =increased+from =jumped+from =rose+from =raised+from
      =discounts+are+fake =discount+is+fake =discount+was+fake =deals+are+fake =sales+are+fake =fake+promo =fake+promotions =fake+offers =fake+prices
      =delivery+is+free =delivery+was+free =shipping+is+free =shipping+was+free =free+for+members =tipping~ =tip+prompt =tip+prompts =tipping+prompts =tipping+culture
      =twice+as+much =twice+the+price =double+the+price =three+times+the+price =three+times+as+much =paid+double =costs+double =cost+double =too+dear =so+dear =bit+dear =a+bit+dear =quite+dear =very+dear
      =loyalty+points =reward+points =bonus+points =points+program =rewards+program =loyalty+program =loyalty+programme =loyalty+scheme =got+a+free =get+a+free =free+gift =freebie =freebies =on+top+of~ =on+top+of+the+subscription =on+top+of+the+price =pay+on+top =paid+on+top =resale =reseller =resellers =scalper =scalpers =touts =for+triple =for+double
      =for+less =for+less+than =pay+less =paying+less =paid+less =costs+less =cost+less =less+than+i+paid =half+what~ =half+of+what~ =a+fraction+of =charges+me+for =charging+me+for =fee+for+sending
      =free+samples =free+sample =savings+interest =interest+was+cut =cut+the+interest =interest+cut =interest+on~
      =half+what+i+paid =half+what+i+pay =half+of+what+i+paid =half+what+we+paid =half+what+we+pay =charged+#num~
      #money+to+deliver #money+to+ship #money+to+send
      =quid =bucks =more+for+the+same =#money+more
      =hidden+taxes =taxes+and+fees =fees+and+taxes =taxes+added =plus+taxes =plus+tax`,
    assortment: `=assortment =selection =choice =choices =range =variety in+stock out+of+stock
      sold+out availab unavailab =brands   =catalog =catalogue =stock~ =restock =restocked
      substitut =replacement~ =collection =lineup =anywhere+else =nowhere+else =never+have =never+in+stock =always+have~
      =always+in+stock =no+one+else+has =only+place
      =more+choice =find+everything =found+everything =only+shop =only+store =had+it =missing~
      =options~   =items~ =sizes~ =in+stock =choose+from =discontinued =not+carry
      =shelves~ =inventory =offering =offerings =alternatives~ =carry~ =dont+carry =limited+choice =product+range
      =have+everything =literally+everything =everything+i+need =got+everything
      =running+out =run+out =ran+out =runs+out
      =new+collection =showings =showtimes =screenings =session~ =sessions~ =films~ =movies~ =restaurants~ =only+go+up =up+to+size
      =size+range =plus+size =plus+sizes =bigger+sizes =larger+sizes =smaller+sizes =in+my+size =selection+of =range+of =variety+of =not+many~ =few+options =limited~
      =vegan+options =vegetarian+options =gluten+free~ =halal~ =couldnt+find~ =cant+find~ =could+not+find~ =cannot+find~
      =wider~ =more+brands =more+options =on+the+menu~
      =didnt+have+my =dont+have+my =have+my+size =had+my+size =my+size~
      =found+exactly =find+exactly =what+i+was+looking+for =everything+i+was+looking =couldnt+find+anything =nothing+i+wanted =always+out =usually+out =often+out =constantly+out         =no+longer+sell =no+longer+carry =no+longer+stock =no+longer+have =no+longer+available =stopped+selling =stopped+carrying =stopped+stocking =dont+stock =doesnt+stock =dont+sell =doesnt+sell =dont+have~ =didnt+have~ =doesnt+have~ =sells+out =sell+out =selling+out =stocks =stocked =well+stocked =only+had~ =only+have~ =ranges
      =were+out+of^
      =are+out+of^
      =was+out+of^
      =is+out+of^
      =was+out+of+stock =is+out+of+stock =were+out+of+stock =are+out+of+stock
      =everything+you+need =has+everything =had+everything =has+it+all =one+stop+shop =not+on+the+menu =missing+from+the+menu =new+arrivals =new+products =more+colors =more+colours =more+sizes =more+flavours =more+flavors =more+variety =more+products =more+items =bigger+range =wider+range =wide+range
      =can+find+anything =you+can+find =lots+of+options =plenty+of+options =lots+of+choice =many+options =so+many+options =loads+of+options =plenty+of+choice
      =empty+shelves =shelves+are+empty =shelves+were+empty =shelves+empty =menu^
      =pick+from =to+pick+from =select+from
      =selction =selecton =slection =assortiment =varity =variaty
      =shows~ =series~ =titles~ =removed+my+favourite =removed+my+favorite =removed+my+favourites =removed+my+favorites =took+off+the+menu =every+size =all+sizes =any+size =every+colour =every+color =section~ =left+in+stock =only+#num+left =only+one+left =none+left =stock+is =stock+levels =low+stock =low+on+stock =something+new =new+things =new+stuff
      =buy+everything =get+everything
      =they+even+have =they+even+had =even+have+my
      =brand~
      =never+has =new+releases
      =flavours~ =flavors~ =models~ =carries  
      =library =has+what+i+need =have+what+i+need =had+what+i+needed =fewer+products =range+of+products =lots+of+products =products+available
      =wish+they+had~ =wish+you+had~ =wish+they+stocked =wish+you+stocked =wish+they+sold =wish+you+sold =youve+got+everything =you+have+everything
      =you+carry =they+carry =you+stock =they+stock =you+sell~ =they+sell~ =carries =out+of+my+usual =out+of+my+favourite =out+of+my+favorite =out+of+the+brand =couldnt+find+a+single =couldnt+find+any =cant+find+any =could+not+find+any =rarely+have =never+has+my =often+missing =always+missing~ =bakery+section =deli+section =produce+section =fresh+section =frozen+section =organic+section =vegan+section =the+section =sections+are =section+is =huge+choice =big+choice =good+choice =great+choice =wide+choice =limited+range =small+range =tiny+range =narrow+range =poor+range =poor+selection =small+selection =tiny+selection =limited+selection =huge+selection =big+selection =great+selection =good+selection =wide+selection =more+variety =lack+of+choice =lack+of+options =lack+of+variety =not+much+choice =not+much+variety =not+much+selection
      =actually+carry =actually+stock =you+even+carry =they+even+carry =even+stock
      =subbed =subbing =subs~ =swaps~ =replaced+with~ =backorder =back+order =backordered =back+ordered =pre+order =preorder~ =waitlist =no+stock =zero+stock =none+in+stock =impossible+to+find =cant+get+anywhere =couldnt+get+anywhere =couldnt+find+anywhere =cant+find+anywhere =hard+to+find+items =niche~ =specialty~ =speciality~ =imported~ =local+products =local+produce =local+brands =own+brand =own+label =store+brand =house+brand
      =asortment =assortmant =assortement =varierty =selections
      =removed~ =removing~ =got+rid+of~ =taken+off~
      =other+shops+dont =other+stores+dont =other+shops+dont+have =other+stores+dont+have =others+dont+have =others+dont =missing+from+the+shelves =missing+from+the+shelf =missing+from+shelves =gaps+on+the+shelves
      =sizes+for =tall+sizes =petite+sizes =petite =tall+range =long+sizes =wide+fit =wide+fitting =size+options
      =shelves+are+always =shelves+always =shelves+were+always =shelf+is+always =shelves+half+empty =half+empty+shelves =shelves+are+half
      =more+stuff =way+more+stuff =has+way+more =has+more+stuff =have+more+stuff
      =where+i+can+find =where+you+can+find =where+i+could+find =spare+parts =spare+part =replacement+parts =accessories~ =lots+of+?+options =plenty+of+?+options =so+many+?+options =many+?+options =lots+of~ =plenty+of~ =loads+of~
      =find+what+i+need^ =find+what+i+want^ =find+what+i+was^ =find+what+you+need^ =found+what+i+needed^ =found+what+i+wanted^ =found+what+i+was^ =always+find^ =cant+find+what^ =couldnt+find+what^
      =tons+of~ =heaps+of~ =new+series =new+shows =new+films =new+movies =new+content =new+episodes~ =in+one+place =all+in+one+place =everything+in+one =everything+for~
      =size+i+need =size+i+want =size+i+wanted =is+never+there~ =never+have+my
      =wish+they+had+more =wish+you+had+more =wish+there+was+more =wish+there+were+more =would+like+more =lactose+free~ =dairy+free~ =sugar+free~
      =no+gluten+free =no+vegan+options =no+dairy+free =no+lactose+free =no+sugar+free
      =vegetarian+dishes =vegan+dishes =veggie+options =veggie+dishes =dishes+on+the+menu =items+on+the+menu`,
    quality: `=quality fresh =rotten =stale spoil =expired =expires~ =expiry =expiration taste =tasty
      delicious =yummy =soggy =mushy =slimy mold mould defect =fake =counterfeit =original~ durabl =well+made =made~ =material =materials
      =fabric stitch =seams =seam =fit =fits =fitting~ =cold =hot~ =food =meal =meals =dish
      =dishes =pizza~ =sushi~ =burger~ =fries~ =rice~ =bread~ =veggies~ =vegetables~ =fruit~
      =meat~ =chicken~ =milk~ =cheese~ =tomatoes~ =bananas~ =strawberries~ =salad~ =soup~
      =juicy =crispy =crisp =sweet^ =hold+up =holds+up =held+up =washing~ =wash~ =clothes~ =clothing~ =sour =bitter =overcooked =undercooked =raw~ =burnt =smell
      =smells =smelled =faded =shrunk =flimsy =sturdy =wilted =ripe =unripe
      =overripe =grey~ =greasy =oily~ =disgusting~ =cheaply+made =poor+quality =good+quality
      =like+in+the+picture =like+in+the+pictures =as+described =as+pictured =shoes~ =jeans~
      =dress~ =jacket~ =sneakers~   =stopped+working^ =doesnt+work~ =turn+on
      =flavor =flavour =flavorless =texture =portion~ =portions~ =ingredients =tough~ =chewy =dry~ =bland =salty
      =faulty malfunction =condition~ =used~ =craftsmanship =build+quality =cotton~ =leather~ =zipper =sizing~
      =true+to+size =colour~ =color~ =best+before =bruised =hair+in =quality+control
      =stinks =stank =stinky =smelly =smelled+bad =smells+bad
      =sound =sounds =battery~ =lukewarm =ice+cold
      =cream~~ =moisturizer~~ =moisturiser~~ =lotion~~ =perfume~~ =lipstick~~ =shampoo~~ =soap~~ =makeup~~
      =mascara~~ =serum~~ =phone~~ =laptop~~ =tv~~ =charger~~ =cable~~ =headphones~~ =earbuds~~ =sofa~~ =chair~~ =table~~
      =mattress~~ =lamp~~ =kettle~~ =vacuum~~ =blender~~ =toy~~ =toys~~ =boots~~ =shirt~~ =coat~~ =bag~~ =backpack~~
      =watch~~ =book~~ =fries~~ =coffee~~ =tea~~ =eggs~~ =fish~~ =steak~~ =cake~~ =wine~~ =beer~~
      underrip =unripe =run+small =runs+small =run+large =runs+large =runs+big
      =coverage =signal =reception~ =network~ =connection~ =internet~ =wifi~ =speed~ =speeds~ =mbps =5g =4g =lte =outage =outages
      =dropped+calls =calls+drop =call+quality =no+signal =room~ =rooms~ =hotel~ =seat~ =seats~ =legroom =comfy =recliners~ =picture~ =sticky~ =crumbs~
      =dirty~ =filthy~ =air+con~ =aircon~ =air+conditioning~ =heating~ =fell+apart =falling+apart =falls+apart =came+apart =wore+out =worn+out =poorly+made
      =lasted =lasts =in+the+photos =in+the+photo =on+the+photos =than+the+photos =pics~ =photos~ =pictures~ =medication~ =medicine~ =pills~
      =ramen~ =noodles~ =burrito~ =tacos~ =curry~ =pasta~ =popcorn~~
      =hygiene =unhygienic =cleanliness =temperature~ =warm~ =comfortable~ =uncomfortable~ =cramped~ =noisy~ =noise~ =loud~
      =broke+after =lasted+#num =didnt+last =doesnt+last
      =qualty =qulity =quallity =qualiy
      =mobile+data =mobile+internet =mobile+network =mobile+signal
      =pixels =dead+pixel =dead+pixels =wobbles =wobbly =wobble =screws~ =loose~ =came+off =fell+off =water+pressure =hot+water
      =electricity =power+cut =power+cuts =power+outage =blackout~
      =feels+cheap =looks+cheap =cheap+quality =cheap+material =cheap+materials =poor+build =build~
      =content~
      =warranty+ran+out =warranty+expired =after+the+warranty =does+the+job^ =does+its+job^ =does+what+it+says =works+as+expected =colors~ =colours~ =in+person~
      =haircut~ =manicure~ =massage~
      =product~~ =item~~ =stuff~~ =goods~~ =pilled =pilling =bobbled =overheats =overheating =overheated =died~ =wont+turn+on =doesnt+turn+on =wont+charge =doesnt+charge =stopped+charging =not+charging =wont+start =broke+down =breaks =squeaks =squeaking =squeaky =rattles =rattling =rusty =rust =peeling =peeled =frayed =unravelled =unraveled =holes =stain =stains =stained =discoloured =discolored =shoddy =low+quality =high+quality =top+quality =great+quality =too+tight =too+loose =size+chart =size+guide =tasteless =flavourless =gone+off =went+off =past+its+date =out+of+date =use+by =sell+by =spicy~ =breakfast~ =lunch~ =dinner~ =cooked~ =chef~ =repetitive~ =avocados~ =avocado~ =apples~ =oranges~ =grapes~ =berries~ =potatoes~ =onions~ =lettuce~ =cucumbers~ =yogurt~ =yoghurt~ =butter~ =ham~ =bacon~ =sausages~ =salmon~ =shrimp~ =prawns~ =juice~ =chocolate~ =cookies~ =biscuits~ =chips~ =crisps~ =cereal~ =pastries~ =pastry~ =croissant~ =croissants~ =donuts~ =doughnuts~ =sandwich~ =sandwiches~ =wrap~ =kebab~ =dumplings~ =wings~ =nuggets~ =sauce~ =dessert~ =desserts~ =ice+cream~ =smoothie~ =latte~ =cappuccino~ =veg~ =produce~ =beans~ =sweater~~ =hoodie~~ =jumper~~ =tshirt~~ =t+shirt~~ =socks~~ =trousers~~ =pants~~ =skirt~~ =leggings~~ =bra~~ =underwear~~ =sandals~~ =heels~~   =necklace~~ =jewellery~~ =jewelry~~ =earrings~~ =bracelet~~ =speaker~~ =speakers~~ =camera~~ =tablet~~ =monitor~~ =keyboard~~ =mouse~~ =printer~~ =router~~ =console~~ =controller~~ =fridge~~ =washing+machine~~ =dishwasher~~ =microwave~~ =oven~~   =heater~~ =toaster~~ =air+fryer~~ =drill~~ =tent~~ =bike~~ =bicycle~~ =stroller~~ =pram~~ =bed~~   =wardrobe~~ =shelf~~ =pillow~~ =blanket~~ =towels~~ =sheets~~ =curtains~~ =pan~~ =pans~~ =knife~~ =knives~~ =sunglasses~~ =vitamins~~ =supplements~~ =sunscreen~~ =deodorant~~ =toothpaste~~ =diapers~~ =nappies~~ =candle~~ =mug~~ =plates~~ =tyres~~ =tires~~ =car~~ =couch~~ =rug~~ =carpet~~ =headset~~ =smartwatch~~ =ride~ =rides~ =trip~ =journey~ =pool~ =gym~ =equipment~ =machines~ =class~ =classes~ =lessons~ =lesson~ =course~ =courses~ =lectures~ =videos~ =episodes~ =gameplay =graphics =story~ =levels~ =streaming~ =video+quality =picture+quality =sound+quality =audio~ =resolution~ =supply~ =power+was+out =power+went+out =no+power =no+electricity =no+water =no+hot+water =no+heating =spotless~ =cleaned~ =cleaning~
      =was+out+of+date =is+out+of+date =were+out+of+date =are+out+of+date
      =instructions~ =instruction+manual =than+online =than+on+the+site =than+on+the+website =than+the+pictures =than+the+picture =than+advertised =in+real+life =irl =looks+nothing+like =look+nothing+like =looked+nothing+like =knockoff =knockoffs =knock+off =knock+offs =fakes =replica =replicas =counterfeits =dud =doa =dead+on+arrival =cheap+plastic =plastic~ =itchy =scratchy =see+through =waterproof =leaky =battery+life =battery+dies =battery+drains =rubbery =watery =crunchy =perfectly+cooked =well+cooked =cooked+perfectly =homemade =home+made =authentic~ =food+poisoning =got+sick =made+me+sick =cockroach =cockroaches =insect =insects =bug+in =servings~ =serving~ =quantity~   =drove~ =reckless =unsafe~ =amenities =facilities =bathroom~ =shower~ =curriculum =syllabus =course+material =course+materials =exercises~       =does+what+it
      =get+what+you+pay+for =got+what+i+paid+for
      =broadband~ =tap+water =water+quality =made+my+?+sick =made+us+sick =made+him+sick =made+her+sick =made+them+sick =brand+new~
      =qaulity =qualitty =quailty  
      =cushions~~ =cushion~~ =plants~~ =flowers~~ =treatment~         =cutting+out~ =cuts+out~ =keeps+cutting~ =keeps+dropping~ =drops+out~ =washed~ =washes~ =like+new =still+like+new
      =uptime =downtime =hosting~ =patchy^ =tour~ =tours~ =spa~ =repair~ =repairs~ =blurry
      =dead+battery =wont+hold+charge =doesnt+hold+charge =wont+hold+a+charge =doesnt+hold+a+charge =hold+a+charge =holds+charge =from+the+photo =from+the+photos =from+the+picture =from+the+pictures =to+the+photo =to+the+photos
      =great+products =good+products =quality+products =nice+products =amazing+products =excellent+products =great+product =good+product =amazing+product =excellent+product
      =out+of+order =were+out+of+order =was+out+of+order =is+out+of+order =are+out+of+order =shrank =shrink =shrinks =wrong+dosage =wrong+dose =wrong+prescription =wrong+medication =wrong+medicine
      =works+great^
      =works+perfectly^
      =works+well^
      =works+like+a+charm^
          =not+working~
      =smaller+portions =portions+are+smaller =tiny+portions =small+portions =bigger+portions     =ripest =riper =feels+expensive =looks+expensive =squeak
      =portion+size~ =portion+sizes~
      =missing+pieces =missing+parts =parts+missing =pieces+missing   =crooked =doesnt+close =dont+close =wont+close =gear~~ =quizzes~ =quiz~ =products~~
      =half+the+=size
      =looked+cheap =look+cheap =felt+cheap =used+item =used+items =chilled
      =comfiest =comfier =comfortably =flickers =flicker =flickering =buzzing =buzzes =humming =jams =jammed =jamming =clogged =clogs =dripping =drips =warped =blunt =dull~ =snags =snagged =fraying =rubs+off =wore+off =wears+off =came+loose =comes+loose =falls+off =fell+apart =coming+apart =sags =sagging =saggy =lumpy =dented~ =distorted =crackling =muffled =dim~ =faded~ =fading =fades =discolouring =discoloring =bleeds =bled =colour+ran =color+ran
      =was+off~ =is+off~ =were+off~ =smelt+off =tasted+off =tastes+off =taste+off =melted~ =melting~ =went+bad =goes+bad =gone+bad =go+bad =turned+bad =sour+milk =past+its+best =way+past
      =not+as+advertised =different+from+the+picture =different+from+the+photo =different+from+what =different+to+what =different+than+what =nothing+like+the+description =nothing+like+the+picture =not+like+the+picture =not+like+the+photo =looks+different =looked+different =smaller+than+expected =bigger+than+expected =smaller+than+it+looked =cheaper+than+it+looked =better+than+expected =better+than+i+expected =exceeded+my+expectations =exceeded+expectations =below+expectations =well+built =solidly+built =well+designed =badly+made =badly+designed =well+packaged~ =tastes+great =taste+great =tasted+great =tastes+amazing =tasted+amazing =tastes+like =tasted+like =taste+like =it+tastes =smells+like =smelled+like
      =died+after =died+within =broke+within =internet+drops =internet+keeps =internet+is+down =internet+was+down =internet+went+down =internet+goes+down =connection+drops =connection+keeps =wifi+drops =wifi+keeps =signal+drops =signal+is =reception+is
      =matches+the+description =match+the+description =matched+the+description =true+to+the+description =accurate+description =description+was =not+as+in+the+description =misleading~ =misleading+description =false+advertising =short+dated =short+expiry =close+to+expiry =near+expiry =expiring =genuine~ =softest =softer =soft~ =thin~ =see+through =cheap+feel =quality+is =quality+was =quality+has =qualities =product+quality =food+quality =quality+of+the =the+quality =standard+of =standards~ =workmanship =well+finished =poorly+finished =broke+the+first =lasted+a =only+lasted =barely+lasted =still+going+strong =going+strong =holding+up =held+up+well =holds+up+well =wears+well =washes+well =after+one+wash =after+a+wash =after+washing =first+wash =first+use =after+one+use =after+#num+uses =after+a+few+uses =after+a+week =after+a+month~
      =quaility =qualitiy =quility =qaulity =qualiity =qualiti
      =clean~ =cleaner~ =unclean =no+service =went+down+for =goes+down~ =keeps+going+down =never+drops =never+drop =no+signal
      =website+photos =website+pictures =website+photo =website+picture =website+description =been+down^ =down+#num+times^ =down+again^ =down+for^ =flat+tyre =flat+tire =puncture =worn~ =tatty =shabby =scuffed =scuffs =scuff
      =is+ok^ =are+ok^ =was+ok^ =were+ok^ =is+okay^ =are+okay^ =was+okay^ =were+okay^ =is+average^ =are+average^ =was+average^ =were+average^ =is+fine^ =are+fine^ =was+fine^ =were+fine^ =average+product =average+quality =decent+product =decent+quality
      =rotton =roten =rotted =rottin =rottn =tomatos~ =potatos~ =going+off =goes+off =mouldy~ =moldy~
      =rash =allergic+reaction =reaction~ =irritation =irritated =breakout =breakouts =broke+me+out =sizes+run =size+runs =sizing+runs =run+really+small =runs+really+small =run+very+small =run+a+bit+small =runs+a+bit+small =run+big =run+really+big =runs+really+big =fatty =gristle =gristly =bony =mostly+fat
      =ice+crystals =freezer+burn =freezer+burnt =watered+down =watery~ =swimming+in+oil =swimming+in+grease =corked =crackles =crackle =no+suction =poor+suction =suction~ =half+melted =all+melted =completely+melted =gets+hot =gets+really+hot =gets+very+hot =runs+hot =heats+up =gets+warm
      smudg smear =flakes~ =flaking~ =flaky~ =pigment =pigmented =longwear =long+wearing =absorbs =absorbed =absorbing =absorb =bloated =puffy =swollen yogurt~ yoghurt~ =easy+to+assemble =hard+to+assemble =assembly+instructions =assembly+was =assembly+is =put+together~ =puzzle~~ =puzzles~~ =doll~~ =dolls~~ =lego~~ =teddy~~ =cot~~ =crib~~ =highchair~~ =car+seat~~ =scooter~~ =furniture~~ =desk~~ =film~~ =movie~~ =concert~~ =gig~~ =performance~~ =star+hotel =star+hotels =crowded =overcrowded =rammed =packed+after =gets+packed =always+packed
      chalky =payoff =colour+payoff =color+payoff =stopped+pairing =wont+pair =doesnt+pair =keeps+disconnecting~ =car+was+dirty =car+smelled =car+smells =dirty+car =filthy+car =always+out+of+order =constantly+out+of+order =often+out+of+order =treadmill~~ =treadmills~~ =rancid
      =fully+charged =fully+fuelled =fully+fueled =full+tank =empty+tank =low+battery =battery+at =battery+was =half+charged reek =stunk =stench =smelt =odour =odor =musty =damp~ =was+freezing =is+freezing =were+freezing =freezing+cold =freezing+in+the =too+cold =too+hot =boiling~ =toilet~ =toilets~ =loo~ =thin+walls =walls+so+thin =walls+are+thin =walls+were+thin =walls+are+paper =paper+thin =soundproof =soundproofing =heard+everything =could+hear+everything =could+hear+every =calls+keep =calls+keep+dropping =calls+dropping =call+drops =no+bars =dead+zone =dead+zones =dead+spot =dead+spots =modules~~ =module~~ =went+flat =gone+flat =goes+flat =lost+its+shape =lost+shape =loses+shape =out+of+shape =flattened =printed+upside =upside+down =misprint =misprinted =misprints =missing+pages =pages+missing =pages+fell+out =binding~ =print+quality
      =melt+in+the+mouth =melts+in+the+mouth =melts+in+your+mouth =like+cardboard =like+rubber =like+plastic =like+soap =breathable =wrinkles =wrinkle =creases+easily =doesnt+crease =dont+line+up =doesnt+line+up =didnt+line+up =misaligned =alignment =flatpack~~ =flat+pack~~ =panels+were+missing =parts+were+missing =pieces+were+missing =screws+were+missing =screws+missing =hardware+missing =feels+safe =felt+safe =feel+safe =safety~ =got+smaller =getting+smaller =smaller+packs =smaller+pack =shrinkflation =smells+expensive =lasts+all+day =lasted+all+day =stays+on =stay+on
      =the+view~ =a+view~ =view+of~ =sea+view =ocean+view =city+view =train~ =trains~ =carriage~ =carriages~ =accredited =accreditation =plug+and+play =works+out+of+the+box =leg+room =knee+room =headroom
      =trainers~~
      =out+of+sync =lip+sync =audio+delay =cocktail~~ =cocktails~~
      =sheds =shedding =boils+fast =boils+quickly =boils =heats+fast =heats+quickly =charges+fast =charges+quickly =every+piece =all+the+pieces =no+missing+pieces =all+pieces
      =wifi+was =wifi+is =internet+was =internet+is =connection+was =connection+is =signal+was =guided+tour =guided+tours =fascinating =tour+was =tours+were`,
    damage: `=broke =broken =cracked =crack =dent =dented =damaged =crushed =torn =ripped =smashed
      =shattered =scratched =scratch =scratches =leaked =leaking =squashed =dented =bent
      =leaks =chipped
      =chipping
      =in+pieces =smashed+to+pieces
      =leak
      =split+open =burst =burst+open =torn+open =ripped+open
      =snapped`,
    _: `=code+expired =link+expired =session+expired =cat+food =cats+food =dog+food =dogs+food =baby+food =pet+food
      =on+delivery   =at+checkout =loyalty+card =loyalty+cards
      =savings+account =at+the+checkout =at+my+own+cost =at+my+expense
      =used+to
      =of+course =good+stuff =great+stuff =amazing+stuff =awesome+stuff
      =available+by =available+via =only+available+by
      =first+class =world+class =top+class =long+story+short =when+it+comes+to =track+record
      =vet+bill =vet+bills =than+anywhere+else =than+anywhere
      =is+fast =are+fast =were+fast
      =savings+pots =savings+pot =savings+goals =open+late =opens+late =open+till =open+until
      =personal =personally =originally
      =every+other+site =any+other+site =other+sites =every+other+website =other+websites =every+other+shop =any+other+shop =other+shops =every+other+store =other+stores =at+lunch =at+lunchtime =lunch+break =lunchtime =before+dinner =by+dinner =for+dinner =for+lunch =for+breakfast =at+dinner =dinner+time =dinnertime =after+dinner =after+lunch
      =everything+is+fine =everything+was+fine =everything+is+ok =everything+was+ok =everything+is+okay =everything+was+okay =all+is+fine =all+was+fine =all+is+ok =all+was+ok =it+is+ok =it+was+ok =it+is+fine =it+was+fine =that+is+fine =which+is+fine =service+is =service+was =experience+is =experience+was =everything+else+is =everything+else+was
      =up+late =stay+up+late =late+night =late+at+night =late+evening =late+evenings
      =deliveroo =ubereats =uber+eats =doordash =grubhub =just+eat =justeat =instacart =postmates =gopuff =getir =glovo =wolt
      =building+site =construction+site =campsite =camp+site =electricity+company =electricity+provider =electricity+supplier =energy+company =energy+supplier =water+company =gas+company =utility+company
      =on+arrival =upon+arrival =at+all+costs =at+any+cost  =to+savings =to+my+savings =into+savings =into+my+savings
      =password+sharing =account+sharing
      =late+checkout =late+check+out =at+the+terminal =airport+terminal =bus+terminal =ferry+terminal
      =downhill+fast =going+downhill+fast =gone+downhill+fast =went+downhill+fast`,
    payment: `payment =pay~ =paid~ =paying~ =card =cards =visa =mastercard apple+pay google+pay
      =gpay =applepay =paypal cashback cash+back =cash =installment =installments =instalment
      =instalments =credit~ =debit =bank~ =transfer =transfers =transferred =transaction
      =transactions charged+twice double+charg =charged~ =declined =wallet =terminal
      =split+the+bill =bnpl =klarna =top+up =invoice =receipt~ =billing =billed =subscription~
      =cvv =3ds =sbp =contactless =pin~ =twice~ =pay+on+delivery =paid+on+delivery
      =card+on+delivery
      =payment+method     =card+details =3d+secure =chargeback =deducted~ =withdrawn~ =balance~
      =frozen~ =iban =atm =bank+card =prepayment =prepaid =pay+later =paid+by
      =was+charged =got+charged =been+charged =charged+for =charged+my
      =stuck+processing =stuck+in+processing
      =fraudulent+charge =unauthorized+charge =unauthorised+charge =charge~ =renewed~ =auto+renew =autorenew =renewal
      =autopay =auto+pay =autopayment =direct+debit =charged+my+card =froze~ =freeze~ =frozen+account =account+frozen =froze+my
      =blocked+my+card =card+blocked =blocked+my+account =account+blocked =pending~ =went+through+twice =payment+went+through =took+the+payment =took+my+money
      =dispute~ =disputed~ =fraudulent =unauthorized =unauthorised =overdraft =topup =cant+pay =couldnt+pay =unable+to+pay =payment+failed =failed+payment
      =payment+page =pay+by+card =wire+transfer =sepa =withdraw =withdrawal =withdrawals =deposit~ =deposits~ =statement~
      =limit~ =limits~ =preauth =pre+authorization =authorization+hold =hold+on+my+card =money+never+arrived =never+received+the+money =crypto~
      =money+was+taken =taken+from+my+account =from+my+account =debited =paying+with =pay+with =paid+with
      =gift+card =gift+cards =gift+voucher
      =cash+on+delivery =amex =american+express =maestro =venmo =zelle =cash+app =cashapp =revolut =alipay =wechat+pay =bancontact =upi =paytm =shop+pay =afterpay =clearpay =sezzle =payment+options =payment+option =payment+methods =accept~ =accepts~ =accepted~ =card+payments =card+payment =payout =payouts       =charged+me^ =charging+me^ =charges+me^ =keeps+charging =keep+charging =kept+charging =double+charged =charged+double =billed+twice
      =split+payment =pay+in+installments =pay+in+instalments =tap+to+pay =nfc
      =pay+=out
      =paid+=out
      =pays+=out
      =charged+us^ =charging+us^
      =paymnet =paymet =payement =paiment =paymant =declind
      =bouncing =bounced =bounces
      =send+money =sending+money =sent+money =receive+money =payee =payees =salary =wages =paycheck =paycheque
      =money+left =left+my+account =unpaid =paying+by =pay+by
      =kept+my+money =keeps+my+money =holding+my+money =hold+my+money =held+my+money =my+money~ =their+money~ =charged+the+full =charged+me+the =took+payment =takes+payment =payment+was+taken =card+was+charged =card+got+charged =charged+my+account =charged+to+my =checkout+wont+accept =wont+accept+my =doesnt+accept+my =didnt+accept+my =wouldnt+accept+my =rejected+my+card =card+rejected =card+gets+rejected =card+keeps+getting =payment+declined =payment+rejected =payment+keeps =payment+didnt =payment+wont =payment+doesnt =payment+went =payments+are =payment+is =paying+is =paying+was =payment+was
      =funds =funds+on+hold =money+on+hold =blocked+funds =reserved+on+my+card =verify+my+card =card+verification =verify+payment =payment+verification =paid+in+cash =pay+in+cash =pay+cash =paid+cash =cash+only =card+only =no+card =card+machine =card+reader =payment+processing =processing+fee~ =pay+online =paying+online =paid+online =online+payment =online+payments =pay+at+the+door =pay+on+collection =pay+on+pickup =bank+account =my+bank =the+bank =bank+statement =bank+app~
      =charged+me+before =charged+my+card+before =charged+before =took+payment+before =took+the+money+before =took+my+money+before =charged+the+full+amount+before
      =i+paid+but =already+paid =i+already+paid =paid+already =says+i+didnt+pay =says+i+didnt =says+i+havent+paid =shows+unpaid =marked+as+unpaid =as+unpaid
      =took+the+money =came+out+of+my+account =taken+out+of+my+account =out+of+my+account =money+came+out =money+went+out
      =money+arrived =salary+arrived =payment+arrived =transfer+arrived =funds+arrived =money+arrives =transfer+arrives =salary+arrives =wages+arrived =money+came+in =salary+came
      =pay+in+#num =pay+in+three =pay+in+four =pay+in+parts =interest+free =payment+plan =payment+plans =in+#num+payments =in+#num+instalments =in+#num+installments =took+money =take+money =takes+money =taking+money =bill+wrong =the+bill+wrong =wrong+bill =bill+was+wrong =billed+wrong =wrong+amount =incorrect+bill =incorrect+amount =billing+error =billing+mistake
      =took+a+deposit =release+the+deposit =released+the+deposit =security+deposit =claim+was+denied =claim+denied =claim+rejected =claim+was+rejected =refused+my+claim =rejected+my+claim =denied+my+claim =paid+out =pays+out =paid+out+for
      =claim+paid =claim+was+paid =claim+settled =claim+was+settled =settled+my+claim =settled+the+claim =paid+my+claim =paid+the+claim
      =kept+the+money =keep+the+money =held+the+money =holding+the+money
      =reject+every+claim =rejects+every+claim =reject+claims =rejects+claims =reject+my+claim =rejects+my+claim =estimated+bill =estimated+bills =bills+are+estimates =bills+are+estimated =estimated+reading =estimated+readings =meter+reading =meter+readings =meter+reader
      =hacked =account+hacked =got+hacked =fraud+team =fraud+department
      =calls+i+never+made =charges+i+never =charges+i+didnt =on+my+bill~ =added+to+my+bill =added+to+the+bill
      =still+paying =still+being+charged =still+charging =still+taking+money =keep+taking+money =keeps+taking+money =kept+taking+money`,
    returns: `return =refund =refunds =refunded =refunding exchang sent+them+back sent+it+back
      send+it+back send+them+back =send+back =money+back~ =rma =take+back =took+back
      =return+label =return+shipping =return+delivery =return+postage =warranty~ =swap~ =swapped~ =store+credit =restocking =bring+back
      =sending+back =sent+back =returnable =send+them+back =money+back+guarantee
      reimburs =compensation~ =credited+back =returns+policy =return+window
      =take+it+back =take+them+back =taking+back
      =ship+it+back =ship+them+back =mail+it+back =send+it+back
      =my+money+back =get+my+money+back =want+my+money+back =money+back+instead
      =sent+?+back =send+?+back =sending+?+back =ship+?+back =shipped+?+back =mail+?+back =mailed+?+back =posted+?+back =take+?+back =took+?+back =bring+?+back =brought+?+back =sent+?+?+back =send+?+?+back =sending+?+?+back =take+?+?+back =took+?+?+back =bring+?+?+back =brought+?+?+back =replace+it =replace+them =replaced+it =replaced+them =sent+a+replacement =send+a+replacement =sent+me+a+replacement =get+a+replacement =got+a+replacement =warranty+claim =under+warranty
      =refunded+to+my+card =refund+to+my+card =back+to+my+card =back+on+my+card =hit+my+card =landed+on+my+card =refunded+to+my+account =back+to+my+account =credit+note
      =refnd =refud =refound =retun =retrun =retuned =retrned
      =swapped+it =swapped+them =swap+it =swap+them =swapped+a   =swap+for^ =swapped+for^ =swapped+the
      =no+money+back =buyer+protection
      =refundable =nonrefundable =non+refundable
      =warranty+repair =repaired+under+warranty
      =amount+back =full+amount+back =the+full+amount+back =whole+amount+back =all+my+money+back =money+to+come+back =money+came+back =money+back+within =refund+took =refund+takes =refund+process =refund+request =refund+requests =requested+a+refund =asked+for+a+refund =ask+for+a+refund =still+no+refund =no+refund =got+a+refund =get+a+refund =getting+a+refund =refused+a+refund =refused+my+refund =refund+was =refund+came =return+process =return+request =returns+process =return+policy =exchange+policy =refund+policy
      =warranty+process =warranty+service =warranty+department =warranty+team =warranty+repair =the+warranty
      =cancelled+and+refunded =canceled+and+refunded =cancellation+refund =replacement+was =replacement+arrived =sent+a+new+one =send+a+new+one =sent+me+a+new =got+a+new+one =replaced+the =replaced+my =free+replacement =exchange+was =exchanged+it =exchanged+them =returned+it =returned+them =returned+the =returned+my =returning+it =returning+the =drop+off+point~ =drop+off+the+return =return+label =returns+label =prepaid+label =returns+are =return+was
      =was+on+my+card =was+back+on+my+card =on+my+card+in~ =on+my+card+within~ =in+my+account+in~ =in+my+account+within~
      =the+replacement~ =a+replacement~ =replacement+item =replacement+order =replacement+never =new+replacement =waiting+on+the+replacement =waiting+for+the+replacement =waiting+for+a+replacement
      =refund+arrived =refund+arrives =refund+took
      =free+cancellation =cancellation+policy =cancellation~ =cancelled+and+still =still+waiting+for+my+money =waiting+for+my+money+back
      =deposit+back =got+my+deposit =deposit+returned =return+my+deposit =returned+my+deposit =returned+the+deposit
      =swapped+to^ =swap+to^ =swapped+it+to^ =exchanged+for =exchange+for+a`,
  },
  cues: {
    '+': `good great excellent perfect amazing awesome =love =loved =loving =best =nice fast quick
      fresh friendly polite helpful =easy =easier =easily smooth =clean =cleaner convenient happy
      =thanks =thank thankyou appreciat fantastic wonderful =super =cool impress intuitiv tasty
      delicious =sweet =crisp =early =instant =instantly =free =cheap =cheaper affordab =worth
      =reasonable =fair =decent painless =fit =fits =perfectly =well =huge =wide =way+more
      recommend reliable =solid saved =exactly =made+my+day =keep+it+up =unreal =magic respect
      =top =lovely brilliant pleased satisfied =glad =comfortable speedy prompt courteous
      accurate =cheers =enjoy =enjoyed =favourite =favorite =yay =wow~
      =cheapest =lifesaver =was+easy =so+easy =no+hassle =hassle+free =no+problems =zero+paperwork =easy+to =10/10 =flawless =stellar
      #pos =still+hot =on+time =hot~ =nobody+else =no+one+else =nowhere+else =anywhere+else =fine+quality
      =superb =outstanding =fabulous =terrific =spot+on =smoothly =seamless =effortless =handy =useful =kind =patient
      =attentive =responsive =knowledgeable =professional =caring =efficient =tidy =neat =neatly =beautiful
      =beautifully =gorgeous =tender =bargain =generous =plenty =massive =extensive =on+point =improved =better
      =faster =thank+you
      =even+hard+to+find
      =no+complaints =legend =zero+issues =blazing =comfy =cute =by+far =price+of+one =for+the+price+of+one =on+point =to+the+point =no+fuss =without+any+fuss =without+fuss
      =spotless =rock+solid =flawlessly =breeze =a+breeze =like+a+glove =honest =transparent =earlier =ahead+of+schedule =helped
      =loves =incredible =incredibly =superfast =super+fast =lightning =lightning+fast =rapid =swift =on+schedule =simple =straightforward =clear =clearly =consistent =consistently =crunchy =cosy =cozy =stylish =elegant =pretty~ =thrilled =delighted =grateful =blown+away =obsessed =kudos =shoutout =shout+out =life+saver =game+changer =gamechanger =highly =five+stars =top+notch =first+class =first+rate =works+perfectly =works+well =works+like+a+charm =inexpensive =economical =budget+friendly =dirt+cheap =good+value =great+value =ahead+of+time
      =no+questions+asked =pays+for+itself
      =right+away =straight+away =in+no+time =within+minutes
      =like+new =still+like+new
      =without+questions =without+any+questions =no+questions
      =out+of+her+way =out+of+his+way =out+of+their+way =above+and+beyond
      =fun =relaxing =enjoyable =interesting =engaging =informative =a+steal
      =nothing+broken =nothing+was+broken =nothing+damaged =no+damage =not+a+scratch =no+scratches =as+soon+as
      =finally+a =finally+an
      =nobody+beats =no+one+beats =cant+beat =unbeatable =hard+to+beat =nobody+comes+close =no+one+comes+close =second+to+none
      =pays+off =paid+off =full+refund
      =feels+expensive =looks+expensive =refunded+the+difference
      =thorough =thoroughly
      =save+me+a+fortune =saved+me+a+fortune =saves+me+a+fortune =dont+shop+anywhere+else =dont+go+anywhere+else =never+shop+anywhere+else =wont+shop+anywhere+else
      =motivating =inspiring =encouraging =reassuring =supportive =accommodating =understanding =welcoming =pleasant =cheerful =careful =carefully =gentle =heavenly =on+the+spot =is+why+i =thats+why+i =why+i+use =why+i+keep =why+i+love =why+i+come+back =why+i+stay =why+i+always =why+i+shop =why+i+order =comfiest =comfier =tastes+great =taste+great =tasted+great =tastes+amazing =tasted+amazing =exceeded+my+expectations =exceeded+expectations =better+than+expected =better+than+i+expected =well+built =solidly+built =well+designed =well+made =user+friendly =great+deals =good+deals =best+deals =better+deals =better+prices =huge+choice =big+choice =good+choice =great+choice =wide+choice =huge+selection =big+selection =great+selection =good+selection =wide+selection
      =bussin =slaps =slapped =goated =banger =chefs+kiss =elite =peak~ =top+tier =immaculate =chef+kiss
      =powerful =sturdy =durable =robust =quiet =sharp =vibrant =long+lasting =lasts+long
      =lasted+for+ages =lasts+for+ages =lasted+ages =lasts+ages =lasted+forever =lasts+forever =lasted+for+weeks =lasted+weeks
      =cant+fault =couldnt+fault =cannot+fault =faultless =no+faults =nothing+to+fault =couldnt+ask+for+more =cant+ask+for+more =couldnt+be+better
      =took+a+minute =takes+a+minute =took+seconds =takes+seconds =in+seconds =in+minutes
      =just+works =it+just+works =just+work
      =in+a+day =within+a+day =in+one+day =practical
      =smells+expensive =lasts+all+day =lasted+all+day =melt+in+the+mouth =melts+in+the+mouth =breathable =feels+safe
      =always+find =can+always+find =find+what+i+need =found+what+i+needed =find+everything+i
      =fascinating`,
    '-': `=bad =terrible awful horribl =worst =poor =poorly =slow =slowish =slower =slowly =late
      =delay =delayed =delays =rude =useless broke =crash =crashes =crashed =crashing =buggy
      =bugs =lag =lags =laggy =dumb =stupid annoy =expensive =pricey =pricy =overpriced costly
      ridiculous =joke =scam =fraud =fake =rotten =stale =soggy =mushy =slimy disgust =gross
      =cold =cracked =dent =damaged =crushed =soaked =wrong =missing =problem =problems =issue
      =issues =error =errors fail =nightmare =clunky confus complicat =hard =difficult frustrat
      disappoint unhappy angry =waste =still+waiting =no+one =nobody =unanswered ignor ghost
      =on+hold =again =meh mediocre   =overcharged =declined =blocked =expired =sold+out
      =out+of+stock unavailab =too =rip+off =fortune =hassle =pain =mess =sucks =lost =never+again
      =dont+order =lied =cheated =sadly unfortunat =twice =logged+me+out =went+wrong =green~
      =empty =later+than =fewer =less+choice =gone =finally =wilted =burnt =greasy =smelled+off =smells+off =spoiled =scratched =scratches =torn =ripped =faded =shrunk =flimsy
      =no+way =why =wont+open =wouldnt =tiny =small~ =barely =nothing =weird
      =garbage =trash =junk =worse =ugh =dirty =leaked =leaking =melted =yesterday =dumb
      =not+working =doesnt+work =stopped+working =never+arrived =wish =uninstalled #neg
      =could+use =could+be =need+more =needs+more =would+like =lacks =lacking =not+enough
      =could+be+lower =could+be+cheaper =should+be+cheaper
      =horrendous =atrocious =pathetic =unacceptable =outrageous =insane =absurd =underwhelming =lousy =crappy =crap
      =shitty =sucked =hate =hated =unreliable =inconsistent =careless =carelessly =messy =sloppy =inedible
      =unhelpful =unprofessional =impolite =arrogant =dismissive =incompetent =clueless =forever =ages =stuck
      =still+no =no+response =no+reply =avoid =beware =cluttered =outdated =ugly =awkward =tedious =cumbersome
      =painful =daylight+robbery =incorrect =spilled =spilt
      =stinks =stank =stinky =smelly
      underrip =run+small =runs+small
      =come+on =unusable =kinda+basic =lol~ =loops =rolled+her+eyes =rolled+his+eyes
      =not+many =not+much =drops =dropping =dropped =cold+food~
      =totally+different =completely+different
      =uneven =crooked
      =not+anymore =no+longer =used+to+be =logged+out =pilled =overheats =overheating =squeaking =squeaky =wobbly =repetitive =tasteless =flavourless =shoddy =gone+off =went+off =moldy =mouldy =leaks =chipped =stained =frayed
      =dreadful =abysmal =shocking =appalling =disgraceful =shameful =embarrassing =worthless =pointless =hopeless =defective =faulty =subpar =sub+par =second+rate =feels+cheap =looks+cheap =cheap+quality =cheaply+made =cheap+plastic =sluggish =glitchy =unstable =keeps+crashing =freezes =condescending =patronizing =patronising =snarky =hostile =aggressive =filthy =grimy =noisy =cramped =uncomfortable =itchy =scratchy =never+came =never+showed =never+received =never+got =hidden =refused =refuse =refuses =denied =rejected =unresponsive =unreachable =nowhere+to+be+found =not+as+described =not+what+i+ordered =let+down =letdown =regret =regretting =overrated =mistake =mistakes =unable =rubbery =watery =reckless =unsafe =leaky =dud =waste+of+money =took+too+long =took+so+long
      =ripped+off =ripping+off
      =get+what+you+pay+for =got+what+i+paid+for
      =was+mid =is+mid =so+mid =kinda+mid =pretty+mid =mid+at+best
                         
      =boring =rushed =blurry =patchy =didnt+fix =doesnt+fix =didnt+help
      =isnt+what+it+used+to+be =isnt+what+it+was =not+what+it+used+to+be =not+what+it+was =arent+what+they+used+to+be =not+what+they+used+to+be
      =lower+quality =lower+standard =lower+standards =way+off
      =lower
      =shrank =bouncing =bounced =out+of+order
      =squeak =squeaks
      =maze =a+bit+of+a+maze =fake+discounts =fake+discount =fake+sale =fake+deals =looked+cheap =look+cheap =felt+cheap
      =never+works =never+work =rarely+works =barely+works =hardly+works =only+works+sometimes =half+the+time =not+user+friendly =not+worth+it =isnt+worth+it =wasnt+worth+it =badly+made =badly+designed =below+expectations =limited+range =small+range =tiny+range =narrow+range =poor+range =poor+selection =small+selection =tiny+selection =limited+selection =lack+of =not+much+choice =not+much+variety =not+much+selection =too+expensive =so+expensive =way+too+expensive =flickers =flickering =jammed =sags =sagging =went+bad =gone+bad =still+no+refund =no+refund =refused
      =way+more+expensive =much+more+expensive =more+expensive =a+lot+more+expensive =way+pricier =much+pricier =more+expensive+than
      =disaster =disastrous =shambles =shambolic =fiasco
      =overcrowded =packed+after =gets+packed =always+packed =hides =buried =tucked+away =bloated =smudges =smudged
      =could+remember =should+remember =doesnt+remember =wont+remember
      =downhill`,
    '0': `=ok =okay =fine =ish =normal =average =standard =usually =nothing+special
      =alright =acceptable =regular =as+everywhere =like+everywhere =so+so =not+the+worst =fine+but
      =works =it+works =works+fine =nothing+fancy =still+the+same =same+as+before =same+as+always =the+same+quality
      =nothing+to+add =nothing+else+to+add
      =nothing+to+write+home+about =nothing+to+write+home
      =nothing+amazing =nothing+great =nothing+spectacular =nothing+extraordinary =nothing+exceptional =nothing+remarkable =nothing+outstanding =nothing+impressive =about+the+same =the+same+as =same+as+everyone =same+as+anywhere =same+as+everywhere =on+par =comparable =like+every+other =like+any+other =what+youd+expect =what+you+would+expect =what+you+expect =as+expected =about+what =does+the+job =does+its+job =it+does+the+job =does+what+it+says
      =not+amazing =not+spectacular =not+exceptional =not+outstanding
      =could+be+worse =could+have+been+worse =what+they+are =is+what+it+is =it+is+what+it+is`,
    '+!price': `=worth+it =worth+every =was+worth`,
    fix: `=fixed =solved =resolved =sorted =helped+with =took+care+of =fixes`,
    '+price': `=low =lower =lowest =reasonable =reasonably =competitive =fair =affordable
      =below+average
      =lower+than =lower+prices =lower+price
      =halved =bill+halved =prices+dropped =price+dropped =prices+went+down =price+went+down`,
    '-price': `=high =higher =highest =steep =inflated =rising =went+up =gone+up =going+up =increase
      =increased =doubled =tripled =crazy
      =above+average
      =surge =surge+pricing`,
    not: `=not =no =never =dont =didnt =doesnt =isnt =wasnt =arent =werent =cannot =wont =hardly
      =aint =havent =hasnt =neither
      =never+had+a+single =never+had+a =never+had+any =never+once =not+a+single =not+once`,
    without: `=without =zero`,
    concede: `=at+least =atleast =luckily =thankfully =fortunately =still+good =but+at+least
      =only+good+thing =the+only+good =only+positive =saving+grace =the+only+plus =only+thing+i+liked`,
    sarcasm: `#sarcasm =oh+great =oh+wow =yeah+sure =yeah+right =sure~ =love+that+for+me
      =thanks+for+nothing =nice+trick =very+important+indeed =great+job =bravo =how+nice
      =great+shopping+experience =cool+cool =as+always =impressive+as+always =wow+just+wow`,
    request: `=please+add =add =would+be+nice =would+love =it+would+be =suggest =suggestion`,
    _: `=supermarket =supermarkets
      =dropped+it+off =dropped+them+off =dropped+off =drop+it+off =dropped+it =dropped+them`,
  },
}
