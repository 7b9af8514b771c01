import { describe, expect, it } from 'vitest'
import { tagComment } from './tag'

/** Themes as 'theme:sentiment' strings, in the order the comment names them. */
const tags = (text: string, score: number, locale: string | undefined = 'de') =>
  tagComment(text, score, locale ? { locale } : {}).themes.map((t) => `${t.theme}:${t.sentiment}`)

describe('German themes', () => {
  it('reads the German words of each theme, compounds included', () => {
    expect(tags('Die Lieferzeit ist eine Frechheit und der Kundenservice antwortet nie', 0)).toEqual([
      'delivery:negative',
      'support:negative',
    ])
    expect(tags('Rücksendung total unkompliziert, Geld nach zwei Tagen zurück', 10)).toEqual(['returns:positive'])
    expect(tags('Riesige Auswahl und faire Preise', 9)).toEqual(['assortment:positive', 'price:positive'])
  })

  it('puts a delivery fee under price, not delivery', () => {
    expect(tags('Versandkosten von 6,99 € sind einfach zu hoch', 4)).toEqual(['price:negative'])
    expect(tags('4,90 € Liefergebühr für 2 km ist frech', 3)).toEqual(['price:negative'])
  })

  it('applies negation, before the word and after the verb', () => {
    expect(tags('Die Lieferung war nicht schnell', 5)).toEqual(['delivery:negative'])
    expect(tags('Gar nicht schlecht, Jacke zurückgeschickt und das Geld war nach 2 Tagen wieder da', 9)).toEqual([
      'returns:positive',
    ])
    expect(tags('Die App funktioniert nicht, stürzt ständig ab', 2)).toEqual(['app_ux:negative'])
    expect(tags('Die App ruckelt nie, auch nicht auf meinem alten Handy', 9)).toEqual(['app_ux:positive'])
  })

  it('reads sarcasm from a low score', () => {
    expect(tags('Na toll, "Zustellung heute" und dann kam es am Donnerstag. Wie immer großartig 🙄', 1)).toEqual([
      'delivery:negative',
    ])
    expect(tags('Wahnsinn, Expressversand hat nur 4 Tage gedauert 👏👏', 2)).toEqual(['delivery:negative'])
  })

  it('splits two themes in one sentence', () => {
    expect(tags('Essen super lecker, aber die Lieferung hat ewig gedauert', 6)).toEqual([
      'quality:positive',
      'delivery:negative',
    ])
    expect(tags('Sushi kam kalt an und der Reis war matschig, aber immerhin pünktlich', 5)).toEqual([
      'quality:negative',
      'delivery:positive',
    ])
  })

  it('reads text typed without umlauts', () => {
    expect(tags('Rueckerstattung nach 3 Tagen, alles top', 9)).toEqual(['returns:positive'])
    expect(tags('Lieferung puenktlich, Preis ueberteuert', 5)).toEqual(['delivery:positive', 'price:negative'])
  })

  it('tags a card charged twice as payment and a wrong-way "wieder" as nothing', () => {
    expect(tags('Meine Karte wurde doppelt belastet und der Support meldet sich seit einer Woche nicht', 2)).toEqual([
      'payment:negative',
      'support:negative',
    ])
  })

  it('finds the themes of a long comment', () => {
    const long =
      'Ich bestelle seit Jahren hier und war eigentlich immer zufrieden. Diesmal hat das Paket aber fast zwei Wochen gebraucht, ' +
      'die Sendungsverfolgung hat tagelang nichts angezeigt und beim Kundenservice hing ich 40 Minuten in der Warteschleife. ' +
      'Die Schuhe selbst sind gut verarbeitet, das muss man sagen. Trotzdem: so nicht.'
    expect(tags(long, 4)).toEqual(['delivery:negative', 'support:negative', 'quality:positive'])
  })

  it('leaves emoji, generic praise and no-comment without a theme', () => {
    expect(tags('👍👍', 10)).toEqual([])
    expect(tags('Alles bestens, weiter so!', 10)).toEqual([])
    expect(tags('Kein Kommentar', 5)).toEqual([])
  })

  it('detects German without a locale', () => {
    const r = tagComment('Die Lieferung kam pünktlich und der Fahrer war sehr freundlich', 9)
    expect(r.language).toBe('de')
    expect(r.themes).toEqual([{ theme: 'delivery', sentiment: 'positive' }])
  })
})
