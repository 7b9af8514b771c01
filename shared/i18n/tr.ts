/** Turkish strings for the survey widget; the name is followed by "markasını" so no suffix has to agree with it. @module */
import type { Messages } from './types'

const tr: Messages = {
  dir: 'ltr',
  question: '{product} markasını bir arkadaşınıza ya da iş arkadaşınıza tavsiye etme olasılığınız nedir?',
  questionNoProduct: 'Bizi bir arkadaşınıza ya da iş arkadaşınıza tavsiye etme olasılığınız nedir?',
  low: 'Hiç olası değil',
  high: 'Son derece olası',
  scaleLabel: '0 ile 10 arasında puan',
  scoreLabel: '10 üzerinden {score}',
  why: {
    detractor: 'Bunu duyduğumuza üzüldük. Ne yolunda gitmedi?',
    passive: '10 vermeniz için neyi daha iyi yapabiliriz?',
    promoter: 'En çok neyi beğeniyorsunuz?',
  },
  commentPlaceholder: 'Biraz daha anlatın (isteğe bağlı)',
  send: 'Gönder',
  skip: 'Atla',
  notNow: 'Şimdi değil',
  close: 'Kapat',
  yourScore: 'Puanınız: {score}',
  changeScore: 'Değiştir',
  thanks: {
    detractor: 'Paylaştığınız için teşekkür ederiz. Daha iyisini yapmak için çalışacağız.',
    passive: 'Geri bildiriminiz için teşekkürler! Kendimizi geliştirmemize yardımcı oluyor.',
    promoter: 'Teşekkürler! Bunu duymak bizi çok mutlu etti.',
  },
  charsLeft: { one: '{count} karakter kaldı', other: '{count} karakter kaldı' },
  closesIn: { one: '{count} saniye içinde kapanacak', other: '{count} saniye içinde kapanacak' },
}

export default tr
