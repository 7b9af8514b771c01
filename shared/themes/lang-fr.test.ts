import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const fr = (text: string, score: number) => themes(tagComment(text, score, { locale: 'fr' }))

describe('French themes', () => {
  it('negation: "pas mal du tout" is praise, "pas les moins chers" a complaint about price', () => {
    expect(fr("Pas mal du tout, j'ai retourné la veste et j'ai été remboursé en 2 jours", 9)).toEqual({ returns: 'positive' })
    expect(fr('pas les moins chers, mais jamais eu de souci', 8)).toEqual({ price: 'negative' })
  })

  it('"sans" flips the next word: "sans problème" is praise', () => {
    expect(fr('Échange effectué sans problème en magasin', 9)).toEqual({ returns: 'positive' })
  })

  it('sarcasm from a low score is negative', () => {
    expect(fr('Bravo, « livraison express » en 6 jours. Chapeau 👏', 2)).toEqual({ delivery: 'negative' })
    expect(fr("Génial, l'appli me déconnecte ENCORE pendant le paiement. Merci beaucoup 🙄", 1)).toEqual({ app_ux: 'negative' })
  })

  it('two themes in one sentence, each with its own sentiment', () => {
    expect(fr("Les baskets sont vraiment de bonne qualité, dommage qu'elles coûtent un bras", 8)).toEqual({
      quality: 'positive',
      price: 'negative',
    })
    expect(fr('Prix corrects en général, mais le service client met des jours à répondre aux mails', 7)).toEqual({
      price: 'positive',
      support: 'negative',
    })
  })

  it('reads text typed without accents', () => {
    expect(fr("14 jours ouvres pour etre rembourse d'un retour que j'ai depose moi meme ?? serieux", 3)).toEqual({
      returns: 'negative',
    })
    expect(fr('franchement nul, commande jamais arrivee et impossible de joindre qui que ce soit', 0)).toEqual({
      delivery: 'negative',
      support: 'negative',
    })
  })

  it("elided articles (l', d', j', n', qu') do not hide the word", () => {
    expect(fr("l'application plante dès que j'ouvre le panier. désinstallée", 1)).toEqual({ app_ux: 'negative' })
    expect(fr("SERVICE CLIENT INJOIGNABLE. 1H D'ATTENTE AU TELEPHONE POUR RIEN", 0)).toEqual({ support: 'negative' })
  })

  it('fees are price, even a delivery fee; "frais" alone is fresh (quality)', () => {
    expect(fr("Le repas était correct mais 4,90 € de frais de livraison pour 2 km c'est abusé", 6)).toEqual({
      quality: 'neutral',
      price: 'negative',
    })
    expect(fr('Pain frais, légumes croquants et livreur adorable. 10/10', 10)).toEqual({
      quality: 'positive',
      delivery: 'positive',
    })
  })

  it('a long comment with three themes', () => {
    const text =
      "Je commande chez eux depuis deux ans. La bouffe est toujours bonne, rien à dire là-dessus, mais depuis quelques mois la livraison prend facilement une heure et quand on appelle on tombe sur un répondeur. Dommage"
    expect(fr(text, 6)).toEqual({ quality: 'positive', delivery: 'negative', support: 'negative' })
  })

  it('French words that are English theme words elsewhere do not leak ("car", "pain", "nickel")', () => {
    expect(fr("Je reviendrai car c'est nickel", 10)).toEqual({})
    expect(fr('Paiement par carte en un clic, nickel', 9)).toEqual({ payment: 'positive' })
  })

  it('a relay point in a sentence about a return is the return ("point relais" yields)', () => {
    expect(fr('Retour gratuit en point relais, c\'est appréciable', 8)).toEqual({ returns: 'positive' })
    expect(fr('Colis dispo en point relais dès le lendemain, rien à dire', 9)).toEqual({ delivery: 'positive' })
  })

  it('"par contre" opens a clause: the praise before it does not reach the complaint after it', () => {
    expect(fr('Pas mal, par contre les fruits sont souvent pas mûrs', 7)).toEqual({ quality: 'negative' })
  })

  it('an emoji-only comment and a comment with no theme have no themes', () => {
    expect(fr('👌', 10)).toEqual({})
    expect(fr('Rien à ajouter, continuez comme ça', 10)).toEqual({})
    expect(fr('bof', 5)).toEqual({})
  })

  it('detects French without a locale', () => {
    const r = tagComment('Colis perdu par La Poste, et le vendeur dit de se débrouiller avec eux', 0)
    expect(r.language).toBe('fr')
    expect(themes(r)).toEqual({ delivery: 'negative', support: 'negative' })
  })
})
