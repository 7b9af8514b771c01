import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const tr = (text: string, score: number) => themes(tagComment(text, score, { locale: 'tr' }))

describe('Turkish: negation is a verb suffix', () => {
  it('"gelmedi" (did not come) is a complaint about delivery', () => {
    expect(tr('Siparişim hâlâ gelmedi, 10 gündür bekliyorum', 1)).toEqual({ delivery: 'negative' })
  })

  it('a negated complaint is praise: "hiç kasmıyor" (never lags)', () => {
    expect(tr('Uygulama eski telefonumda bile hiç kasmıyor', 9)).toEqual({ app_ux: 'positive' })
  })

  it('"X değil" reads the word before it: "fena değil" (not bad) is praise', () => {
    expect(tr('Fiyatlar fena değil, kampanyalar da sık', 9)).toEqual({ price: 'positive' })
  })

  it('"X değil" turns any praise into a complaint and back: "makul değil", "kötü değil"', () => {
    expect(tr('Fiyatlar makul değil', 7)).toEqual({ price: 'negative' })
    expect(tr('Kargo kötü değil, zamanında geliyor', 9)).toEqual({ delivery: 'positive' })
  })

  it('"en ucuzu değil" (not the cheapest) from an 8 is negative about price', () => {
    expect(tr('En ucuzu değil ama hiç sorun yaşamadım', 8)).toEqual({ price: 'negative' })
  })
})

describe('Turkish: hard cases', () => {
  it('reads sarcasm from a low score', () => {
    expect(tr('Harikasınız gerçekten, "hızlı teslimat" tam 2 hafta sürdü 🙄', 1)).toEqual({ delivery: 'negative' })
  })

  it('two themes in one sentence, set against each other by "ama"', () => {
    expect(tr('Ürünler çok kaliteli ama fiyatlar biraz pahalı', 8)).toEqual({ quality: 'positive', price: 'negative' })
  })

  it('a comment typed without Turkish letters', () => {
    expect(tr('musteri hizmetleri cok kotu, kimse telefonu acmiyor', 2)).toEqual({ support: 'negative' })
    expect(tr('kargo cok gec geldi, urun de kirik cikti', 1)).toEqual({ delivery: 'negative' })
  })

  it('a word opening with a capital İ ("İade") is still found', () => {
    expect(tr('İade süreci çok uzun, param 3 haftadır yatmadı', 2)).toEqual({ returns: 'negative' })
  })

  it('a comment in capitals (İ lowercases to i and a combining dot)', () => {
    expect(tr('MÜŞTERİ HİZMETLERİNE ULAŞMAK İMKANSIZ!!! ÜRÜN KIRIK GELDİ', 0)).toEqual({ support: 'negative', delivery: 'negative' })
  })

  it('a fee is price, not delivery', () => {
    expect(tr('Teslimat ücreti çok yüksek', 5)).toEqual({ price: 'negative' })
  })

  it('a long comment with three themes', () => {
    const text =
      'Uzun zamandır buradan alışveriş yapıyorum. Kargo genelde ertesi gün geliyor, kurye de hep güler yüzlü. ' +
      'Sebzeler taze, ekmek sıcacık geliyor. Tek sıkıntı uygulama: son güncellemeden beri sepete ürün eklerken sürekli çöküyor, ' +
      'üç kere baştan başlamak zorunda kaldım. Bunu düzeltirseniz 10 veririm.'
    expect(tr(text, 7)).toEqual({ delivery: 'positive', quality: 'positive', app_ux: 'negative' })
  })

  it('an emoji-only comment has no theme and keeps the locale', () => {
    const r = tagComment('👍👍🔥', 10, { locale: 'tr-TR' })
    expect(r).toEqual({ language: 'tr', themes: [] })
  })

  it('generic praise has no theme', () => {
    expect(tr('Her şey çok güzel, teşekkürler 🙏', 10)).toEqual({})
  })
})

describe('Turkish: language detection without a locale', () => {
  it.each([
    ['Kargo çok hızlı geldi, ürünler de gayet kaliteli. Teşekkür ederim!', 10],
    ['Müşteri hizmetlerine bir türlü ulaşamıyorum, iade talebim iki haftadır bekliyor', 2],
  ])('%s', (text, score) => {
    const r = tagComment(text, score)
    expect(r.language).toBe('tr')
    expect(r.themes.length).toBeGreaterThan(0)
  })
})
