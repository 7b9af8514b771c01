/**
 * Turkish lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~'
 * weak, '^' yielding, tokenizer markers). Turkish is agglutinative: stems are prefixes that
 * catch the suffixes ('kargo' → kargom, kargoya, kargocu; 'teslim' → teslimat, teslim
 * edildi), and consonants that soften get a stem of their own ('çeşit' / 'çeşid', 'destek' /
 * 'desteği'). Negation is a verb suffix ('gelmedi', 'çalışmıyor', 'ulaşamıyorum'), so
 * negative forms are listed whole as complaint cues or phrases, and "X değil" ("not X", the
 * negation comes after) as phrases: 'fena+değil' is praise, 'ucuzu+değil' a complaint.
 * -siz/-sız ("without") is a suffix too: 'sorunsuz', 'ücretsiz', 'kalitesiz' are listed.
 *
 * Entries are written in Turkish spelling and read by `t` below, which gives the matcher
 * what the tokenizer makes of them: the letters folded ('müşteri' → 'musteri', as the
 * tokenizer folds every Latin word), and the spellings that a capital İ leaves: JavaScript
 * lowercases 'İ' to 'i' plus a combining dot, which splits the word there ('İade' → 'i',
 * 'ade'; 'HİZMET' → 'hi', 'zmet').
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'
import { foldLatin } from '../tokenize'

/** The matcher entries for a list of Turkish-spelled entries (see the module comment). */
function t(list: string): string {
  const out = new Set<string>()
  for (const e of list.split(/\s+/)) {
    if (!e) continue
    out.add(fold(e))
    const caps = capitals(e, true)
    if (caps) out.add(caps)
    const first = capitals(e, false)
    if (first) out.add(first)
  }
  return [...out].join(' ')
}

const fold = (entry: string) => foldLatin(entry.toLowerCase())

/**
 * The entry as tokenised when written with a capital İ: in every word (`all`, text in
 * capitals) or opening the first word only ('İade'). Undefined when there is no such İ.
 */
function capitals(entry: string, all: boolean): string | undefined {
  const [, body, marks] = /^(.*?)([~^]*)$/.exec(entry)!
  let split = false
  const parts = body.split('+').map((raw, n) => {
    const exact = raw.startsWith('=')
    const word = raw.replace(/^=/, '')
    if (word.startsWith('#') || word === '?' || (!all && n > 0)) return fold(raw)
    // A dotted 'i' followed by a letter ends a token ('hizmet' → 'hi' 'zmet').
    const pieces = all ? word.split(/(?<=i)(?=\p{L})/u) : /^i\p{L}/u.test(word) ? ['i', word.slice(1)] : [word]
    if (pieces.length === 1) return fold(raw)
    split = true
    return pieces.map((p, k) => (k < pieces.length - 1 || exact ? '=' : '') + fold(p)).join('+')
  })
  return split ? parts.join('+') + marks : undefined
}

// Sentiment words. "X değil" ("not X") is the opposite cue: `not` makes those phrases.
const PLUS = `=eksiksiz =eksiksizdi =anlatıldığı+gibi =tarif+edildiği+gibi =göründüğü+gibi =ödün+vermiyor =ödün+vermiyorlar =ödün+vermeden rahat =beklediğim+gibi =beklentimin+üstünde =beklediğimden+iyi =beklentimi+karşıladı =uzun+ömürlü =açıklamadaki+gibi =resimdeki+gibi =görseldeki+gibi =fotoğraftaki+gibi =eksik+yok =hata+yok =sıkıntı+yok =bir+sıkıntı+yok =derdim+yok =iyi =iyiydi =iyiyi güzel harika mükemmel süper muhteşem şahane =efsane =efsaneydi bayıldım =bayılıyorum memnun teşekkür =sağol =sağolun
      =sağ+olun =hızlı =hızlıydı =hızlıca =çabuk =kolay =kolaydı =kolayca =rahat =rahatça pratik kullanışlı temiz tertemiz =tertemizdi taze =tazeydi
      =tazecik lezzetli nefis enfes leziz kaliteli   sorunsuz problemsiz zahmetsiz özenli =özenle kibar =kibardı nazik =naziktir
      =güler+yüz =güler+yüzlü =ilgili =ilgiliydi =yardımcı =yardımsever =anlayışlı =sıcak =sıcacık =tavsiye =öneririm =başarılı =dakik =dakikti
      =zamanında =anında =kısa+sürede =#num+numara =on+numara =beğendim =sevdim =seviyorum =tatlı =tatlıydı =çıtır =düşünceli =kasmıyor =donmuyor
      =sorun+yaşamadım =sorun+yok =problem+yok =şikayetim+yok =fena+değil =kötü+değil =fena+değildi =hiç+fena+değil =sade =anlaşılır =şık
      =bol =çok+çeşit =geniş  =helal =bravo~ =teşekkürler =tşk =tesekkurler =ilgilendi =ilgilendiler =sorunumu+çözdü =çözüldü
      =işimi+gördü =memnunum =memnun+kaldım =kusursuz =mis =mis+gibi sağlam dayanıklı =harikaydı =süperdi =mükemmeldi =muhteşemdi =güvenilir =hemen =çabucak =ışık+hızında =gerek+kalmadı =gerek+kalmadan =gerek+yok`

const MINUS = `=eskisi+gibi+değil =eskisi+gibi+değildi =yardımcı+olmuyor =yardımcı+olmadı =yardımcı+olmadılar rötar =kandırmaca =kandırıldım =ekşimiş =az =çok+az =beklediğim+gibi+değil =beklentimi+karşılamadı =beklentimi+karşılamıyor =buz+gibi =küçüldü =küçülmüş =alakasız =değmez =koptu =haber+yok =çekmiyor =kopuyor =yok =yoktu =uzun =açıklamadaki+gibi+değil =resimdeki+gibi+değil =görseldeki+gibi+değil =ucuz+duruyor =ucuz+görünüyor =soygun =tavsiye+etmiyorum =tavsiye+etmem =önermiyorum =önermem =sıkıntı =sıkıntılı =güvenilmez =kaba =kabaydı =umursamadı =umursamıyor =umursamıyorlar =uzun+sürdü =çok+uzun =zamanında+gelmedi =zamanında+gelmiyor =zamanında+gelmemiş kötü =kotu berbat rezalet rezil felaket korkunç iğrenç saçma yavaş =yavaştı =geç =gecikme =gecikti bayat çürük =küflü bozuk =bozuldu
       dolandırıcı sahte =maalesef =ne+yazık+ki hayal+kırıklığı =şikayet =sorun sorunlu =problem problemli mağdur =skandal =ayıp =utanç
      =beklettiler =bekletiyorlar =işe+yaramıyor =hiçbir+işe+yaramıyor =yaramıyor =asla =bir+daha+asla =çöp =leş =lapa =hamur+gibi =kabul+edilemez
      =tuhaf =garip =imkansız =zor =karmaşık =karışık =eksik =yanlış =hasarlı =kırık =kırılmış =ezik =ezilmiş =yırtık lekeli =lekeliydi kirli
      =kirliydi =pis =gereksiz kalitesiz tatsız lezzetsiz ilgisiz saygısız özensiz kullanışsız yetersiz başarısız =vasat soğuk =ılık
      =gelmedi =gelmiyor =gelmemiş =çalışmıyor =çalışmadı =açılmıyor =açılmadı =açmıyor =yüklenmiyor =cevap+vermiyor =cevap+vermedi =dönmediler
      =dönmedi =ulaşmadı =ulaşamıyorum =ulaşamadım =olmuyor =çözülmedi =çözmeden =çözemedi =çözemediler =bağlanamadım =giremiyorum =ekleyemiyorum
      =edemiyorum =yapamıyorum =yatmadı =edilmedi =güncellenmiyor =beğenmedim =memnun+değil =memnun+değilim =memnun+kalmadım =iyi+değil
      =güzel+değil =hızlı+değil =ilk+defa+değil =ilk+kez+değil =çöküyor =çöktü =donuyor =kasıyor =kaybolmuş =kayboldu =kaybettiler =rötar
      =nerede =nerde   =hala+yok =hâlâ+yok =rezaletsiniz =berbatsınız =yazık =kusura+bakmayın~ =özür =bıktım =bıktırdı =yeter =pişman
        =kandırdı =kandırıldım =bekliyorum =bekledim =boşuna =bozulmuş defolu arızalı çürümüş =kokuyordu =kokuyor =şüpheli`

const NEUTRAL = `=farkı+yok =bir+farkı+yok =fark+yok =farkı+yoktu =normal =normaldi =idare+eder =idare+ederdi =eh+işte =ortalama =standart =aynı =genelde =genellikle =özel+bir+şey+yok =ne+iyi+ne+kötü
      =fena+sayılmaz =makul+düzeyde =olağan =her+zamanki+gibi`

const PLUS_PRICE = `=bu+fiyata =fiyatına+göre =fiyatına+göre+iyi =pahalı+değil =pahalı+sayılmaz =ucuz =ucuzu =ucuza =ucuzdu =uygun =uygundu =makul =hesaplı =ekonomik =düşük =indirimli =cebe+uygun =fiyat+performans
      =ucuzluk =bedava =ücretsiz`

const MINUS_PRICE = `=bu+fiyata+değmez =bu+paraya+değmez =fiyatına+değmez =parasına+değmez =daha+düşük+olabilir =düşük+olabilir =daha+ucuz+olabilir =daha+uygun+olabilir =düşük+olsa =ucuz+olsa =düşürün =düşürseniz =ucuzu+değil =en+ucuzu+değil =ucuz+değil =pahalı =pahalıya =pahalıydı =pahalılık =tuzlu =kazık =yüksek =fahiş =uçuk =arttı =artıyor =zam =zamlandı =fazla =yükseldi
      =zamlı =pahalılaştı =ateş+pahası`

/** "X değil", "X değildi" ("not X") for every single word of a cue list. */
function not(list: string): string {
  return list
    .split(/\s+/)
    .filter((e) => e && !e.includes('+') && !e.startsWith('#'))
    .map((e) => e.replace(/[~^]+$/, '') + '+değil')
    .join(' ')
}

export const tr: LanguageLexicon = {
  themes: {
    delivery: t(`=şey+eksik^ =#num+=hafta+bekl^ =#num+=gün+bekl^ =eksiksiz+gel =geri+gönderdi =geri+gönderdiler =geri+göndermişler =söylenen+saatte =söylenen+sürede =saatte+geldi =dakikada+geldi =günde+geldi =#num+saatte+geldi =#num+dakikada+geldi =#num+günde+geldi =#num+saatte+gel =#num+dakikada+gel =siparişimi+bekl =siparişi+bekl =siparişimi+hala =paketimi+bekl =kargomu+bekl =#num+haftadır~ =#num+gündür~ gümrük =iade+gitmiş =iade+gitti =göndericiye+iade =geri+gönderilmiş =yarısı+eksik =eksik~ motokurye dağıtıcı =fırlat~ =fırlatmış~ =fırlattı~ =verilen+saatte =belirtilen+saatte =belirtilen+sürede =söz+verilen+sürede =söz+verilen+tarihte =kargo+dolab =akıllı+dolap kargo kargocu =kargom kurye kuryeler teslimat teslim+edil teslim+al teslim+et =teslim
      gönderi gönderim =gönderildi =gönderilmedi =gönderilmemiş dağıtım dağıtıma paketle paketlen ambalaj
      =paket~ =paketi~ =paketim =paketimi~ =paketler~ =paketleri~ =koli =koliyi =kutu~ =kutusu~
      gecikme gecikti gecikmeli gecikiyor =geç+geldi =geç+kaldı =geç+geliyor =geç+teslim =geç+getir =geç+gelen
      =zamanında+geldi =zamanında+geliyor =zamanında+gelm =zamanında+teslim =zamanında^ =hızlı^ =hızlıca^ =çabuk^ =aynı+gün^ =ertesi+gün^
      =geldi~ =gelmedi^ =gelmiyor~ =gelmemiş^ =gelmeden~ =ulaştı~ =ulaşmadı^ =ulaşmamış^ =getirdi~ =getirdiler~ =getirildi~
      takip+numara =kargo+takip =takip~ =yolda~ =yola+çıktı =yolda+görünüyor =şube~ =kargo+şube =depo =depoda =aktarma
      =kapıma =kapımda =kapımdaydı =kapıya~ =kapıda~ =kapının+önüne =kapıya+bırak =adres~ =adresime =yanlış+adres
      =paketim+nerede =siparişim+nerede =siparişim+nerde =nerde+kaldı =nerede+kaldı =hala+gelmedi^ =hâlâ+gelmedi^ =daha+gelmedi^
      =kapıya+kadar =eve+kadar =evime+kadar =kat+kadar =kata+kadar =kargoya+ver =kargoya+verildi =kargolan
      yurtiçi+kargo =aras+kargo =mng =ptt =sürat+kargo =hepsijet =trendyol+express =getir~ =yemeksepeti~
      =kurye+kibar =kibar+kurye =şoför =şoföre =şoförü =şoförün =sürücü =sürücüsü =sürücüler =vale
      rötar =rötarlı =bavul =bavulum =bavulumu =valiz =valizim =bagaj =bagajım =bagajımı =uçuş~ =sefer~ =teslimat+aralığ
      =teslimat+saati =saatinde+geldi =saatinde~ =erken+geldi =dakik^ =dakikti^ =gelmesi+günler =hafta+sonra+geldi =gün+sonra+geldi
      =eksik+geldi =eksik+ürün =eksik+gönder =yanlış+ürün+gönder =yanlış+ürün+geldi =yanlış+sipariş =paket+açılmış =poşet~
      =emanet =kargo+şubesinden =kargo+şubesine =teslimat+noktası =teslim+noktası =gel+al =kapıdan+teslim =komşuya
      =yolda+kaldı =#num+haftada~ =#num+günde~ =#num+saatte~ =kart+geldi =kartım+geldi =kartım+gelmedi =kart+gelmedi =kart+?+geldi =kart+?+?+geldi =kartım+?+geldi =kartım+?+?+geldi =kırık+geldi =kırık+ürün+geldi =hasarlı+ürün+geldi =ezik+geldi =kırılmış+geldi =kırılmış+olarak =hasarlı+olarak =hemen+geldi =çabuk+geldi =hızlı+geldi =hızlı+geliyor =bir+günde~ =iki+günde~ =üç+günde~ =eksikti^ =eksik+çıktı =eksik+gönderildi =eksik+teslim =elime+ulaş =elime+geçti =elime+geldi =elimdeydi =elimde =elime =paket+servis =teslimat+süresi =kargo+süresi =kayboldu~ =kaybolmuş~ =kaybettiler~ =kaybetmiş~`),
    support: t(`müşteri+hizmet müşteri+temsilci müşteri+destek =destek =destekte =destekten =desteğe =desteği =desteğin
      =destek+ekib =destek+hattı =destek+talebi canlı+destek çağrı+merkez =çağrı~ temsilci =yetkili =yetkililer =yetkiliye
      =muhatap =muhatap+bulam =personel =personeli =personeller =çalışan =çalışanlar =çalışanları =görevli =görevliler =görevliye
      =kabin+ekibi =hostes =hostesler =garson =garsonlar =kasiyer =kasadaki =satıcı~ =satıcıya~ =satıcıdan~ =mağaza+çalışan =resepsiyon =resepsiyondaki =resepsiyonist =teknik+servis =yetkili+servis =servise =serviste =servisten =servis+merkez =eczacı =danışman =danışmanı =teknisyen~ =servis+elemanı
      =cevap =cevabı =cevap+ver =cevap+vermiyor =cevap+vermedi =cevap+yok =cevapsız =yanıt =yanıtsız =yanıt+ver =yanıt+vermiyor
      =dönüş+yap =dönüş+yok =ilgilenen+yok =kimse+açmıyor =kimse+ilgilenmiyor =sesli+yanıt tuşla =şikayetvar =aradığımda =her+aradığımda =hasar+dosya~ =yardımcı+olmuyor =yardımcı+olmadı =yardımcı+olmadılar =yardımcı+olan+yok =bilgi+vermiyor =bilgi+vermiyorlar =bilgi+verilmedi =bilgi+vermedi =bilgi+veren+yok =bilgilendirme =telefonda+bekl =servis^ =servisi^ =kere+aradım =kez+aradım =defalarca+aradım =defalarca+aramama =aramam+gerekti =aramak+zorunda =aradım~ =aramama+rağmen =geri+dönüş =geri+dönüş+yapılmadı =geri+dönmedi =geri+dönmediler =geri+ara =geri+arayacağız =geri+arayacaklar =geri+aramadı
      =telefonu+açmıyor =telefonlara+bakan =telefonu+açan =telefonlara =ulaşamıyorum =ulaşamadım =ulaşılamıyor =ulaşmak+imkansız
      =ulaşmak =ulaşabildim =bağlanamadım =bağlanamıyorum =bağlandım~ =bekletildim =beklettiler =bekletiyorlar =hatta+bekle
      =özür~ =şikayet~ =şikayetim~ =talebim~ =talebimi~ =talep~ =ilgilenmediler =ilgilenmiyor =ilgilendi~ =ilgilendiler~ =ilgilenen~
      =mail~ =maillere~ =maile~ =e+posta~ =eposta~ =asistan~ =sohbet =whatsapp~ =robot =otomatik+mesaj =hazır+cevap =kopyala+yapıştır`),
    app_ux: t(`uygulama =uyg =aplikasyon =apk =site~ =sitesi~ =sitede~ =siteden~ =siteniz~ =siteye~ web+site websitesi internet+sitesi
      =mobil~ =online~ =internetten~ favori =reklam~ =reklamlar~ =reklamı~ =beyaz+ekran =sms+kodu =doğrulama+kodu sunucu =siliniyor~ =silindi~ =kendiliğinden~ =ödeme+adım =mobil+bankacılık =internet+bankacılığı =internet+şube =mobil+şube =mobil+uygulama =platform~ =platformu~ =platformda~ =arayüz =arayüzü =tasarım^ =tasarımı^ =yeni+tasarım =ekran~ =ekranı~ =ekranında~ =ödeme+ekran
      çöküyor çöktü =çökme =çökmeler =donuyor =dondu =donma =donmalar =kasıyor =kasıyo =kasma =kasmalar =kasmıyor =kastı =takılıyor
      =hata+ver =hata+veriyor =hata+verdi =hata+mesajı =hata^ =hatası^ =hatalar^ =bug =buglı =açılmıyor^ =açılmadı^ =yüklenmiyor^ =yüklenmedi^
      güncelleme =güncellemeden =güncellemesi güncellen^ oturum =giriş+yap =giriş+yapamıyorum =giriş^ =şifre =şifremi =şifreyi
      =arama+motor =arama+sonuç =arama^ =aramada~ =filtre =filtreler =filtreleri =filtreleme =kategori~ =kategoriler~ =menü~
      =buton =butonu =butona =düğme =düğmesi =bildirim^ =bildirimler^ =sayfa =sayfası =sayfaya =sayfada =sayfalar =kaydır =kaydırınca =kaydırmada
      =kullanıcı+dostu =kullanımı =kullanımı+kolay =karmaşık =karışık =sade~ =anlaşılır~ =sepet~ =sepete~ =sepetten~ =sepetim~ =sepette~ =ödemede~
      =uygulamadan =uygulamada =uygulamayı =karanlık+mod =gece+modu =yavaş+açılıyor =açılması =tek+tık =tek+tıkla =birkaç+tık
      =sms+gelmiyor =doğrulama =kod+gelmiyor =onay+kodu =parmak+izi =yüz+tanıma =sürüm =versiyon`),
    price: t(`fiyat =fiat =fiyatı =fiyatlar pahalı pahalıya =ucuz =ucuzu =ucuza =ucuzdu =ucuzluk =ucuzlu indirim kupon kampanya =promosyon =promo
      =promosyon+kodu =sepet+tutar =minimum+sepet =alt+limit~ =fırsat~ =fırsatlar~ =efsane+cuma =black+friday =kargo+bedel =ücret =ücreti =ücretli =ücretsiz =ücretler =ücretini~ =fazla+para+aldı =fazla+ücret hizmet+bedel =bedel~ =bedeli~ =kredi+kartı+aidat =kart+aidat =faiz =faizi =faizler =aidat =aidatı =komisyon =komisyonsuz masraf
      =zam =zamlar =zammı =zamlandı =zamlı =zamla =tarife =tarifesi =tarifem =kazık =kazıkçı =kazıklandım =fahiş =uçuk =tasarruf =bedava
      =hesaplı =ekonomik =fiyat+performans =fp =paraya+değmez =parasına =parasını~ =para~ =paramı~ =parayı~ =kuruş~ =bütçe =bütçeye
      =getirme+ücret =teslimat+ücret =gönderim+ücret =kargo+ücret^ =kargo+bedava =kargo+ücretsiz =ücretsiz+kargo =ücretsiz+teslimat
      =#num+tl~ =#num+tlye~ =#num+tlde~ =#num+lira~ =gecesi~ =gecelik~ =günlüğü~ =aylık~ =bu+fiyata =fiyatına+göre =lira~ =liraya~ =tlye~ =tl~ =pahalılık =dolandırıcılık~ =dolandırıcı~ =kasa+fiyat`),
    assortment: t(`çeşit çeşid =seçeneği~ =çeşitlilik =seçenek~ =seçenekler~ =seçenekleri~ yelpaze =stok =stokta =stokta+yok =stoklar =stoğu =stokları =stokta+var
      tüken =kalmamış =kalmadı~ =mevcut+değil =mevcut~ =marka~ =markalar~ =markası~ =katalog =katalogda =katalogdan =katalogu
      =bir+tek+siz =bir+tek+sizde =sadece+sizde =başka+yerde+yok =hiçbir+yerde =hiçbir+yerde+bulam =her+şey+var =her+şeyi+buluyorum
      =bulamadım~ =bulamıyorum~ =buluyorum~ =bulabiliyorum~ =buldum~ =yerine~ =yerine+gönder =yerine+başka =ürün+yelpaze =ürün+çeşid
      =aradığım+?+yoktu =aradığım+?+yok =aradığım+yoktu =aradığımı+bul =aradığımı+bulamadım =aradığım+ürün =renk+seçene =model+yok =istediğim+model =bedende+yok =bulunmuyor^ =bulunmamakta^ =aradığım+her =aradığım+tüm =ne+ararsan =ne+ararsam =beden+yok =bedenim+yok =bedeni+yok =bedeni+kalmamış =bedenler+tükenmiş =numaram+yok =az+ürün =ürün+az =çeşit+az =yeni+ürün~ =ürün+sayısı
      =arşiv =arşivi =diziler~ =dizi~ =filmler~ =içerik~ =içerikler~`),
    quality: t(`kalite =kaliteli =kalitesiz taze =tazeydi =tazecik bayat çürük =küf küflü =küflenmiş =bozuk =bozuldu =bozulmuş =bozulacak =bozulur
      arızalı =arıza =arızalandı defolu =defo sahte çakma =orijinal~ dayanıklı =dayanıksız lezzet =lezzetsiz leziz nefis enfes
      =tadı =tadı+yok tatsız =koptu =kopmuş =dağıldı =tabanı+ayrıldı =tabanı+açıldı =ayrıldı~ =renk~ =rengi~ =renkleri~ =alakasız~ =sarardı =sararmış =solmuş =çöp~ =tamir~ =tat~ =tuzlu~ =yağlı~ =lapa =hamur+gibi =çiğ =pişmemiş =soğuk~ =sıcacık~ =sıcak~ =ılık~ =kumaş =kumaşı
      =malzeme =malzemesi =dikiş =dikişleri =kalıp =kalıbı =beden+tablo =solmuş =soldu =yıkamada =tüylendi =tüy+yaptı =sökük =söküldü
      kirli =kirliydi =pis =pislik lekeli =lekeliydi =leke =temiz~ =tertemiz~ =tertemizdi~ =temizdi~ konfor =konforlu =konforsuz
      =çekiyor =çekimi+iyi =çekimi+kötü wifi =wi+fi =internet+kesil =internet+gidiyor =internet+kopuyor =çekim+gücü =çekmiyor =kopuyor =bağlantı+kopuyor =sürekli+kopuyor =ses+gelmiyor =ses+yok =şebeke =kapsama =internet+yok =internetim+yok =kesinti~ =eğitmen~ =eğitmeni~ =hoca~ =öğretmen~ ders~ =dersler~
      =yemek^ =yemekler^ =yemeği^ =yemekleri^ =yemekte =pizza~~ =sushi~~ =hamburger~~ =burger~~ =patates~~ =patatesler~~ =ekmek~~ =sebze~~ =sebzeler~~
      =meyve~~ =meyveler~~ =domates~~ =domatesler~~ =muz~~ =muzlar~~ =süt~~ =et~~ =tavuk~~ =kahvaltı~~ =çilek~~ =çilekler~~ =kahve~~
      =ürün~~ =ürünler~~ =ürünü~~ =ilaç~~ =kurs~~ =oda~~ =odalar~~ =araç~~ =araba~~ =yolculuk~~ =çorba~~ =döner~~ =kebap~~ =lahmacun~~ =pide~~ =salata~~ =makarna~~ =pilav~~ =köfte~~ =balık~~ =peynir~~ =yoğurt~~ =tatlılar~~ =buz+gibi =porsiyon =porsiyonlar =aletler~~ =alet~~
      =ayakkabı~~ =ayakkabılar~~ =elbise~~ =mont~~ =kazak~~ =tişört~~ =pantolon~~ =ucuz+duruyor =ucuz+görünüyor =ucuz+malzeme =arama+düşüyor =aramalar+düşüyor =arama+kopuyor =açıklamadaki+gibi =açıklamada =ürün+açıklaması =açıklamayla =soğumuş =soğumuştu =internet+hız =hız+düşük =beklediğim+gibi+değil =beklentimi+karşılamadı =beklentimi+karşılamıyor =beklediğim+gibi~ =beklentimi+karşıladı~ =son+kullanma =skt =miadı =tarihi+geçmiş =tarihi+geçmişti =ikinci+el =kullanılmış~ =kullanılmış+ürün =anlatıldığı+gibi =tarif+edildiği+gibi =tanıtıldığı+gibi =göründüğü+gibi =resimde~ =resimdeki~ =fotoğrafta~ =görselde~ =gelen+ürün~ =kesik+çıktı =kesilmiş~ =ekşimiş =ekşi~ =koltuk~~ =koltuklar~~ =ürünün+kendisi =resimdeki+gibi =görseldeki =fotoğraftaki+gibi
      sağlam^ =sağlamdı =işçilik =kötü+kokuyor =koku~ =kokuyordu~ =lezzetliydi =porsiyon+küçük =küçük+geldi~ =büyük+geldi~ =dar+geldi~ =kalitesi`),
    damage: t(`paramparça =tuzla+buz çatlak =çatlamış =kırık =kırılmış =kırıldı =kırılmıştı =ezik =ezilmiş =ezilmişti =hasarlı =hasar =hasarlı+geldi =çizik =çizilmiş =yırtık =yırtılmış
      =ıslanmış =ıslandı =ıslak =dağılmış =patlamış =parçalanmış =dökülmüş =delik`),
    _: t(`=arama+yaptım =aramalarıma =ödeme+sırasında =ödeme+yaparken =hatta =hat~ =kod+süresi =süresi+doldu =yemek+sipariş =yemek+siparişi =yemek+siparişim =ödemeyi+yapınca =ödeme+yapınca =ödemeyi+yaptıktan =ödeme+yaptıktan =ödedikten+sonra =kedi+maması =köpek+maması =bebek+maması =destekle =desteklemiyor`),
    payment: t(`ödeme =ödemedim~ =ödemedik~ =ödedim =ödendi =ödenmedi =ödeyemiyorum =ödeyemedim =ödeyemedik =öde~ =kart =kartı =kartım =kartımı =kartımdan =kartıma =kartla
      =kartımla =kartlar =kartınız =kredi+kart =banka+kart =sanal+kart =taksit =taksitli =taksitle =taksitler =taksitlendir =çekim~ =çekimi~ =çekimler~ =çekim+yapıldı =çekim+yapılmış =çekim+yaptı =çekim+yaptılar =çekildi =çekilmiş
      =çektiler =çekmişler =tahsil =tahsilat =havale =eft =papara =iyzico =troy =bkm =kapıda+ödeme =nakit =pos~ =mobil+ödeme
      =dondurdular =donduruldu =hasar+ödeme =bloke =bloke+ettiler =bloke+etti =bloke+oldu =bloklandı =işlem+reddedildi =işlem+başarısız =reddedildi~ =onaylanmadı~ =şüpheli+işlem
      =iki+kere+çek =iki+kez+çek =iki+kere+para =iki+kez+para =fazladan+çek =para+çekildi =paramı+çektiler =hesabımdan =hesaptan~ =fatura~ =faturama~
      yansıtıl =yansıttılar =yansıtmışlar =#num+secure =3d+secure bakiye =hediye+çeki =hediye+kartı =cüzdan~ =para+puan =maxipuan =worldpuan =chippin =puanlar+yüklen =puanım+yüklen =puanlarım+yüklen =bonus+yüklen =puan~ =puanlar~ =puanlarım~ =bonus~ =cashbackler =nakit+iade =para+transfer =transfer~ =otomatik+ödeme =abonelik+ücreti+çek =provizyon`),
    returns: t(`iade =geri+gönderdim =geri+gönderdik =geri+göndereceğim =geri+göndermek =geri+gönderme =geri+gönderebil =geri+gönderiyorum =geri+yolla =değişim =değiştirdiler~ =değiştirdim~ =değiştirme~ =cayma =iade+kargo =kargo+kodu~ =kartıma+yattı~ =karta+yattı~ =hesabıma+yattı~ =kartıma+iade~ =iade+kodu =iade+süreci =para+iade
      =geri+aldılar~ =geri+aldı~ =geri+alındı~ =geri+alınmadı =kapıdan+aldı~ =ücret+iade =iade+ettim =iade+edildi =iadem =iademi`),
  },
  cues: {
    '+': t(`${PLUS} ${not(MINUS)}`),
    '-': t(`${MINUS} ${not(PLUS)} ${not(NEUTRAL)}`),
    '0': t(NEUTRAL),
    '+!price': t(`=parasına+değer =her+kuruşuna+değer =değer =değdi =fiyatını+hak =hakkını+veriyor`),
    fix: t(`=çözdü =çözdüler =çözüldü =halletti =hallettiler =halledildi =yardımcı+oldu =yardımcı+oldular =ilgilendi =ilgilendiler =düzelttiler =düzeldi`),
    '+price': t(`${PLUS_PRICE} ${not(MINUS_PRICE)}`),
    '-price': t(`${MINUS_PRICE} ${not(PLUS_PRICE)}`),
    concede: t(`=en+azından =neyse+ki =hiç+değilse =yine+de =şükür+ki =ama+en+azından =bari`),
    sarcasm: t(`=vay+be =ne+güzel =aferin =tebrikler =harikasınız =süpersiniz =helal+olsun~ =çok+sağolun =ellerinize+sağlık~ =yaşasın`),
    request: t(`=olsa =olsaydı =lütfen =ekleyin =eklerseniz =eklenmesini =eklenebilir =ekleyebilirsiniz =olsa+iyi+olur =olursa+sevinirim =keşke`),
    _: t(`=en+az =az+önce =az+kalsın =hatta =ne =değil =aynı+gün =aynı+günde =aynı+gün+içinde`),
  },
  openers: 'ama fakat ancak lakin ragmen yalniz oysa halbuki',
  contrast: 'ama fakat ancak lakin',
  and: 've',
  elisions: '',
}
