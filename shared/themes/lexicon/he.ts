/**
 * Hebrew lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm').
 * The tokenizer removes niqqud. A word that finds nothing is looked up again without a
 * prefix (ו ה ב ל מ ש כ and their pairs, see `clitics`): entries are bare stems.
 * Searched before the English one, which still finds English words used in Hebrew.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const he: LanguageLexicon = {
  themes: {
    delivery: ``,
    support: ``,
    app_ux: ``,
    price: ``,
    assortment: ``,
    quality: ``,
    payment: ``,
    returns: ``,
    damage: ``,
    _: ``,
  },
  cues: {},
  openers: 'אבל אך למרות',
  contrast: 'אבל אך',
  and: 'ו',
  clitics: 'וה שה וב ול ומ כש וש ה ו ב ל מ ש כ',
}
