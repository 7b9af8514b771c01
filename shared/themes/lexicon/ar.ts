/**
 * Arabic lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm').
 * The tokenizer removes diacritics and tatweel and folds أ إ آ → ا, ة → ه, ى → ي: entries
 * are written that way. A word that finds nothing is looked up again without a clitic in
 * front (و ف ب ك ل, ال and their pairs, see `clitics`): entries are bare stems.
 * Searched before the English one, which still finds English words used in Arabic.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const ar: LanguageLexicon = {
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
  openers: 'لكن ولكن بس لكنه لكنها رغم',
  contrast: 'لكن ولكن بس لكنه لكنها',
  and: 'و',
  clitics: 'وال بال فال كال لل ال و ف ب ل ك',
}
