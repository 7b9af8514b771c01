/**
 * Turkish lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm'). Write every
 * entry in lower case WITHOUT diacritics: the tokenizer folds Latin letters (é → e, ł → l,
 * ı → i, ß → ss, ç → c, ğ → g, ş → s, ñ → n, ã → a), so "livré" and "livre" are one word.
 * This lexicon is searched before the English one, which still finds English words used in
 * Turkish ("app", "support", "cashback"); an entry here wins a tie with an English entry of the
 * same length, so '_' (in themes or cues) silences an English false friend.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const tr: LanguageLexicon = {
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
  openers: 'ama fakat ancak lakin ragmen',
  elisions: '',
}
