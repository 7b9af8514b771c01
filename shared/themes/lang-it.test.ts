import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const it_ = (text: string, score: number) => themes(tagComment(text, score, { locale: 'it' }))

describe('Italian themes', () => {
  it('negation: "non male" is praise, "non sono i più economici" a complaint about price', () => {
    expect(it_('Non male, ho reso la giacca e mi hanno rimborsato in 3 giorni', 9)).toEqual({ returns: 'positive' })
    expect(it_('non sono i più economici, ma non ho mai avuto problemi', 8)).toEqual({ price: 'negative' })
  })

  it('negative concord: "non risponde nessuno" stays a complaint', () => {
    expect(it_('Pacco mai ricevuto e il servizio clienti non risponde nessuno', 1)).toEqual({
      delivery: 'negative',
      support: 'negative',
    })
  })

  it('"senza" flips the next word: "senza problemi" is praise', () => {
    expect(it_('Cambio fatto in negozio senza problemi', 9)).toEqual({ returns: 'positive' })
  })

  it('sarcasm from a low score is negative', () => {
    expect(it_("Complimenti, la 'consegna in 24 ore' è arrivata dopo una settimana 👏", 2)).toEqual({ delivery: 'negative' })
    expect(it_("Che bello, l'app mi ha sloggato DI NUOVO mentre pagavo. Adoro 🙄", 1)).toEqual({ app_ux: 'negative' })
  })

  it('two themes in one sentence, each with its own sentiment', () => {
    expect(it_('Scarpe fatte benissimo, peccato costino un occhio della testa', 8)).toEqual({
      quality: 'positive',
      price: 'negative',
    })
    expect(it_('Prezzi buoni in generale, però il servizio clienti ci mette giorni a rispondere alle mail', 7)).toEqual({
      price: 'positive',
      support: 'negative',
    })
  })

  it('reads text typed without accents', () => {
    expect(it_('14 giorni lavorativi per il rimborso di un reso che ho portato io in posta?? ma perche', 3)).toEqual({
      returns: 'negative',
    })
  })

  it("elided articles (l', un', dell', all') do not hide the word", () => {
    expect(it_("SERVIZIO CLIENTI INESISTENTE. UN'ORA IN ATTESA AL TELEFONO PER NIENTE", 0)).toEqual({ support: 'negative' })
    expect(it_("L'app è velocissima, faccio la spesa in due minuti", 9)).toEqual({ app_ux: 'positive' })
  })

  it('"reso" as "made" is not a return; a transfer that "arrived" is payment, not delivery', () => {
    expect(it_('Pagare in 3 rate senza interessi mi ha reso facile prendere la tv', 9)).toEqual({ payment: 'positive' })
    expect(it_('Bonifico arrivato in pochi secondi, perfetto', 9)).toEqual({ payment: 'positive' })
  })

  it('a long comment with three themes', () => {
    const text =
      "Ordino da loro da due anni. Il cibo è sempre buono, niente da dire, ma da qualche mese la consegna ci mette anche un'ora e quando chiami il servizio clienti non risponde nessuno. Peccato davvero"
    expect(it_(text, 6)).toEqual({ quality: 'positive', delivery: 'negative', support: 'negative' })
  })

  it('a pick-up point in a sentence about a return is the return ("punto di ritiro" yields)', () => {
    expect(it_('Reso gratuito al punto di ritiro, apprezzato', 8)).toEqual({ returns: 'positive' })
  })

  it('"di nuovo" is not a new product, and a generic comment has no theme', () => {
    expect(it_('Ho ordinato di nuovo', 9)).toEqual({})
  })

  it('an emoji-only comment and a comment with no theme have no themes', () => {
    expect(it_('👍👍', 10)).toEqual({})
    expect(it_('Niente da aggiungere, continuate così', 10)).toEqual({})
    expect(it_('Grazie di tutto!', 10)).toEqual({})
  })

  it('detects Italian without a locale', () => {
    const r = tagComment('Il pacco è fermo da 10 giorni nel deposito e al telefono nessuno sa dirmi niente', 0)
    expect(r.language).toBe('it')
    expect(themes(r)).toEqual({ delivery: 'negative', support: 'negative' })
  })
})
