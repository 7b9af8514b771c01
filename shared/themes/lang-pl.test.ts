import { describe, expect, it } from 'vitest'
import { tagComment } from './tag'

/** Themes as 'theme:sentiment' strings, in the order the comment names them. */
const tags = (text: string, score: number, locale: string | undefined = 'pl') =>
  tagComment(text, score, locale ? { locale } : {}).themes.map((t) => `${t.theme}:${t.sentiment}`)

describe('Polish themes', () => {
  it('reads the Polish words of each theme across inflections', () => {
    expect(tags('Paczka była w paczkomacie następnego dnia', 10)).toEqual(['delivery:positive'])
    expect(tags('Obsługa klienta odpisuje gotowcami, a konsultanci na infolinii są niemili', 1)).toEqual([
      'support:negative',
    ])
    expect(tags('Zwrot bezproblemowy, pieniądze wróciły po 2 dniach', 9)).toEqual(['returns:positive'])
    expect(tags('Ogromny wybór i rozsądne ceny', 9)).toEqual(['assortment:positive', 'price:positive'])
  })

  it('puts a delivery fee under price and a return label fee under returns', () => {
    expect(tags('9,99 zł za dowóz na 2 km to przesada', 3)).toEqual(['price:negative'])
    expect(tags('Odesłałam buty, a oni chcą żebym zapłaciła za przesyłkę zwrotną. Kpina.', 0)).toEqual([
      'returns:negative',
    ])
  })

  it('applies negation', () => {
    expect(tags('nie najtaniej, ale nigdy nie było problemów', 8)).toEqual(['price:negative'])
    expect(tags('Dostawa nie była szybka', 5)).toEqual(['delivery:negative'])
    expect(tags('Aplikacja w ogóle się nie zacina, nawet na starym telefonie', 9)).toEqual(['app_ux:positive'])
  })

  it('reads sarcasm from a low score', () => {
    expect(tags('No super, "dostawa dziś" a przyszło w czwartek. Jak zawsze rewelacja 🙄', 2)).toEqual([
      'delivery:negative',
    ])
    expect(tags('Wow, "ekspresowa dostawa" trwała tylko 4 dni 👏👏', 2)).toEqual(['delivery:negative'])
  })

  it('splits two themes in one sentence', () => {
    expect(tags('Jedzenie pyszne, ale kurier spóźnił się godzinę', 6)).toEqual(['quality:positive', 'delivery:negative'])
    expect(tags('drogo, wolno, a kurier niemiły', 3)).toEqual(['price:negative', 'delivery:negative'])
  })

  it('reads text typed without diacritics', () => {
    expect(tags('paczkomat sie nie otworzyl, kod wygasl, paczka wrocila do magazynu', 0)).toEqual(['delivery:negative'])
    expect(tags('jakosc swietna, ceny troche wysokie', 8)).toEqual(['quality:positive', 'price:negative'])
  })

  it('tags a double charge as payment and a blocked card with the hotline as payment and support', () => {
    expect(tags('Pobrali mi pieniądze dwa razy za jedno zamówienie', 2)).toEqual(['payment:negative'])
    expect(tags('Zablokowali mi kartę za granicą, a na infolinii 40 minut czekania', 0)).toEqual([
      'payment:negative',
      'support:negative',
    ])
  })

  it('finds the themes of a long comment', () => {
    const long =
      'Zamawiam tu od lat i zwykle byłam zadowolona. Tym razem paczka szła prawie dwa tygodnie, śledzenie przesyłki nic nie pokazywało, ' +
      'a na infolinii wisiałam 40 minut. Same buty są porządnie wykonane, trzeba przyznać. Ale tak być nie może.'
    expect(tags(long, 4)).toEqual(['delivery:negative', 'support:negative', 'quality:positive'])
  })

  it('leaves emoji, generic praise and no-comment without a theme', () => {
    expect(tags('👌', 10)).toEqual([])
    expect(tags('Polecam!', 10)).toEqual([])
    expect(tags('bez komentarza', 3)).toEqual([])
  })

  it('detects Polish without a locale', () => {
    const r = tagComment('Paczka dotarła na czas, wszystko porządnie zapakowane', 9)
    expect(r.language).toBe('pl')
    expect(r.themes).toEqual([{ theme: 'delivery', sentiment: 'positive' }])
  })
})
