import { describe, expect, it } from 'vitest'
import { MAX_CHARS, tokenize } from './tokenize'
import { languageText } from './lexicons'

describe('tokenize', () => {
  it('lowercases, folds ё and drops apostrophes inside words', () => {
    expect(tokenize("Кур'єр ВСЁ didn’t").words).toEqual(['курєр', 'все', 'didnt'])
  })

  it('starts a clause at punctuation and at contrast words, a sentence at . ! ?', () => {
    const t = tokenize('Fast delivery, but pricey! Love it')
    expect(t.words).toEqual(['fast', 'delivery', 'but', 'pricey', 'love', 'it'])
    expect(t.clause).toEqual([0, 0, 1, 1, 2, 2])
    expect(t.sentence).toEqual([0, 0, 0, 0, 1, 1])
  })

  it('"лише / лишь / единственное / кроме" open a clause like "but"', () => {
    expect(tokenize('Якість чудова лише доставка довга').clause).toEqual([0, 0, 1, 1, 1])
    expect(tokenize('Пицца вкусная единственное что курьер опоздал').clause).toEqual([0, 0, 1, 1, 1, 1])
    expect(tokenize('Всё понравилось кроме доставки').clause).toEqual([0, 0, 1, 1])
  })

  it('marks money, whichever side the currency is on', () => {
    expect(tokenize('доставка за 299р').words).toEqual(['доставка', 'за', '#money'])
    expect(tokenize('80 грн за доставку').words).toEqual(['#money', 'за', 'доставку'])
    expect(tokenize('a $5 fee').words).toEqual(['a', '#money', 'fee'])
    expect(tokenize('in 2 days').words).toEqual(['in', '#num', 'days'])
  })

  it('a decimal point is part of its number, not the end of a sentence', () => {
    const t = tokenize('took 1.5 hours, paid $4.99 and 1,200 грн')
    expect(t.words).toEqual(['took', '#num', 'hours', 'paid', '#money', 'and', '#money'])
    expect(new Set(t.sentence)).toEqual(new Set([0]))
  })

  it('keeps mood emoji as markers and drops the rest', () => {
    expect(tokenize('ok 🙄 👍 😡 🍕').words).toEqual(['ok', '#sarcasm', '#pos', '#neg'])
  })

  it('treats HTML as text', () => {
    const t = tokenize('<b>hi</b>')
    expect(t.words).toEqual(['b', 'hi', 'b'])
  })

  it('mends Latin lookalikes inside Cyrillic words', () => {
    expect(tokenize('дocтавка oпоздала').words).toEqual(['доставка', 'опоздала'])
  })

  it('tags the script of each word', () => {
    expect(tokenize('app приложение 5').script).toEqual(['latin', 'cyrillic', 'other'])
  })

  it('reads at most MAX_CHARS characters', () => {
    expect(tokenize('a '.repeat(MAX_CHARS)).words.length).toBe(MAX_CHARS / 2)
  })
})

describe('Latin languages besides English', () => {
  it('folds diacritics of Latin words and keeps Cyrillic ones', () => {
    expect(tokenize('Livré très vite, dostawą, kötü, Straße, łóżko').words).toEqual(['livre', 'tres', 'vite', 'dostawa', 'kotu', 'strasse', 'lozko'])
    expect(tokenize('їжа й чай').words).toEqual(['їжа', 'й', 'чай'])
  })

  it("cuts French and Italian elided words off their word (\"l'appli\", \"dell'ordine\") only for those languages", () => {
    expect(tokenize("L'appli n'est pas rapide", languageText('fr')).words).toEqual(['appli', 'est', 'pas', 'rapide'])
    expect(tokenize("Tempi dell'ordine lunghi, un'ottima app", languageText('it')).words).toEqual(['tempi', 'ordine', 'lunghi', 'ottima', 'app'])
    expect(tokenize("don't l'appli").words).toEqual(['dont', 'lappli'])
  })

  it("opens a clause at the language's own contrast words", () => {
    const fr = tokenize('livraison rapide mais produit abîmé', languageText('fr'))
    expect(fr.clause[fr.words.indexOf('mais')]).toBe(fr.clause[0] + 1)
    const en = tokenize('livraison rapide mais produit')
    expect(new Set(en.clause).size).toBe(1)
    expect(languageText('en')).toBeUndefined()
  })
})

describe('Japanese, Arabic and Hebrew text', () => {
  it('cuts Japanese into words, and reads its punctuation and yen', () => {
    const t = tokenize('配達が遅い。でも500円は安い', languageText('ja'))
    expect(t.words).toEqual(['配達', 'が', '遅い', 'でも', '#money', 'は', '安い'])
    expect(t.sentence[t.words.indexOf('でも')]).toBe(1)
    // A number written against the words does not swallow them.
    expect(tokenize('3回連続で配達が遅れてる', languageText('ja')).words).toEqual(['#num', '回', '連続', 'で', '配達', 'が', '遅れ', 'てる'])
  })

  it('drops Arabic diacritics and tatweel, folds its letter variants and reads its digits and currencies', () => {
    expect(tokenize('مُمتــاز، الأسعار غالية جدًا ٥٠ ريال').words).toEqual(['ممتاز', 'الاسعار', 'غاليه', 'جدا', '#money'])
    expect(tokenize('وصل خلال ٦ أيام').words).toEqual(['وصل', 'خلال', '#num', 'ايام'])
  })

  it('drops Hebrew niqqud and reads the shekel sign', () => {
    expect(tokenize('שָׁלוֹם ₪50').words).toEqual(['שלום', '#money'])
  })
})

