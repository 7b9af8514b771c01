import { describe, expect, it } from 'vitest'
import { detectLanguage, localeLanguage, resolveLanguage } from './language'

describe('localeLanguage', () => {
  it('takes the primary subtag, and mends the common "ua"', () => {
    expect(localeLanguage('uk-UA')).toBe('uk')
    expect(localeLanguage('ru_RU')).toBe('ru')
    expect(localeLanguage('EN-gb')).toBe('en')
    expect(localeLanguage('ua')).toBe('uk')
    expect(localeLanguage('de-AT')).toBe('de')
    expect(localeLanguage('')).toBeUndefined()
    expect(localeLanguage('not a locale')).toBeUndefined()
  })
})

describe('detectLanguage', () => {
  it('tells Ukrainian from Russian by their own letters', () => {
    expect(detectLanguage('Все чудово, дякую')).toBe('uk')
    expect(detectLanguage('Курьер приехал, всё целое')).toBe('ru')
    expect(detectLanguage('Їжа смачна')).toBe('uk')
    expect(detectLanguage('Съел, понравилось')).toBe('ru')
  })

  it('uses frequent words when the letters are missing or tied', () => {
    expect(detectLanguage('Оператор просто кинув трубку коли я почала скаржитись')).toBe('uk')
    expect(detectLanguage('Приложение вылетает каждый раз когда открываю корзину')).toBe('ru')
  })

  it('sends surzhyk to the side with more of its own marks', () => {
    expect(detectLanguage('Пріложеніє постоянно глючить, не можу нормально зробить замовлення')).toBe('uk')
  })

  it('recognises romanised Russian and Ukrainian', () => {
    expect(detectLanguage('karta ne prohodit, pishet oshibka oplaty')).toBe('ru')
    expect(detectLanguage('ne mozhu zaity v zastosunok vzhe 3 dni, pyshe pomylka servera')).toBe('uk')
  })

  it('English and other Latin languages', () => {
    expect(detectLanguage('app crashes every time i open the cart')).toBe('en')
    expect(detectLanguage('great')).toBe('en')
    expect(detectLanguage('Die Lieferung war sehr spät und das Essen kalt')).toBe('de')
  })

  it('the other languages with lexicons by their frequent words, even beside English loanwords', () => {
    const cases: [string, string][] = [
      ['Die App ist so langsam', 'de'],
      ["L'appli plante tout le temps, livraison en retard", 'fr'],
      ['La app no funciona y el pedido llegó tarde', 'es'],
      ["L'app non funziona e il corriere è in ritardo", 'it'],
      ['O app não abre e a entrega atrasou', 'pt'],
      ['Karta nie działa, aplikacja się zawiesza', 'pl'],
      ['Kargo çok geç geldi ve uygulama çöktü', 'tr'],
      ['Kargo cok gec geldi ama urun iyi', 'tr'],
      ['karta ne prohodit, pishet oshibka oplaty', 'ru'],
      ['the app is so slow and the courier was late', 'en'],
    ]
    for (const [text, lang] of cases) expect(detectLanguage(text), text).toBe(lang)
  })

  it('Japanese by its kana, Arabic and Hebrew by their letters, whatever the locale', () => {
    expect(detectLanguage('配達が遅すぎる')).toBe('ja')
    expect(detectLanguage('التوصيل ممتاز')).toBe('ar')
    expect(detectLanguage('המשלוח הגיע מהר')).toBe('he')
    expect(resolveLanguage('アプリが重い app', 'en')).toBe('ja')
    expect(resolveLanguage('👍', 'ja')).toBe('ja')
  })

  it("'und' without letters", () => {
    expect(detectLanguage('👍🔥')).toBe('und')
    expect(detectLanguage('10/10 !!!')).toBe('und')
  })
})

describe('resolveLanguage', () => {
  it('trusts the locale when the script fits it', () => {
    expect(resolveLanguage('Доставка супер', 'ru')).toBe('ru')
    expect(resolveLanguage('dostavka super', 'uk-UA')).toBe('uk')
    expect(resolveLanguage('👍', 'uk')).toBe('uk')
  })

  it('lets the text decide when the locale cannot be right', () => {
    expect(resolveLanguage('Курьер приехал вовремя', 'en-US')).toBe('ru')
    expect(resolveLanguage('Кур’єр приїхав вчасно', 'de')).toBe('uk')
    expect(resolveLanguage('The courier was late and the app crashed', 'ru-RU')).toBe('en')
  })

  it('falls back to detection without a locale', () => {
    expect(resolveLanguage('The courier was on time')).toBe('en')
    expect(resolveLanguage('🙄')).toBe('und')
  })
})
