/**
 * Japanese lexicon, in the format of en.ts (stem prefixes, '=' exact words, '+' phrases, '~' weak,
 * '^' yielding, tokenizer markers '#money', '#num', '#pos', '#neg', '#sarcasm').
 * The tokenizer cuts Japanese text into words with Intl.Segmenter('ja') ('配達が遅すぎる' →
 * 配達 | が | 遅 | すぎる): entries are words or their starts as it cuts them, phrases join
 * segments with '+'. Negation follows the word (ない, ません): list negative forms as
 * complaint cues or phrases.
 * Searched before the English one, which still finds English words used in Japanese.
 * @module
 */
import type { LanguageLexicon } from '../taxonomy'

export const ja: LanguageLexicon = {
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
  openers: 'でも しかし ただ ただし',
  contrast: 'でも しかし けど けれど だけど',
  and: 'と そして',
}
