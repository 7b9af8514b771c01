/**
 * Splits a comment into normalised word tokens, each tagged with its clause and sentence,
 * so sentiment can be read next to the theme it is about. HTML and markup are plain text
 * here: a tag's letters become ordinary tokens and nothing is interpreted.
 * @module
 */

export type Script = 'latin' | 'cyrillic' | 'other'

export interface Tokens {
  words: string[]
  script: Script[]
  /** Clause index: a new clause starts at punctuation or a contrast word ("but", "але"). */
  clause: number[]
  sentence: number[]
}

/** Longer comments are cut here: beyond it the themes are already decided, and it bounds the time. */
export const MAX_CHARS = 4000

// Contrast and concession words open a new clause and stay in it.
const CLAUSE_OPENERS = new Set([
  'but', 'however', 'although', 'though', 'whereas', 'except', 'unlike',
  'но', 'однако', 'зато', 'хотя', 'хоть', 'хотя', 'а', 'только', 'правда',
  'але', 'проте', 'зате', 'хоча', 'хоч', 'тільки', 'однак',
  'лишь', 'лише', 'единственное', 'єдине', 'кроме', 'крім', 'окрім',
])

const CURRENCY = new Set([
  'р', 'руб', 'рублей', 'рубля', 'рубль', 'грн', 'гривень', 'гривен', 'гривні', 'гривни', 'uah',
  'usd', 'eur', 'rub', 'dollars', 'dollar', 'bucks', 'euro', 'euros', 'тыс', 'тис', 'k',
  'zł', 'zl', 'pln', 'tl', 'lira', 'reais', 'pesos', '円', 'yen',
  'ريال', 'درهم', 'جنيه', 'دينار', 'ليره', 'شيكل', 'שקל', 'שקלים',
])

// Emoji that carry the customer's mood; everything else is ignored.
const EMOJI: [RegExp, string][] = [
  [/[🙄🙃🤡👏🤦🤷😒🙈]/u, '#sarcasm'],
  [/[😡🤬😠🤢🤮👎💩😤😞😢😭😔]/u, '#neg'],
  [/[👍😍🔥❤💛💙🙌👌✨😊🥰😀😃😄😁🤩💯🙏💪⭐]/u, '#pos'],
]

const PIECE = /[\p{L}\p{N}]+|[$€£₽₴₺₪¥]|[.!?…\n。！？؟]+|[,;:—–()"«»/、，「」『』،؛]|\p{Extended_Pictographic}/gu
const APOSTROPHE = /['’ʼ`]/
const DECIMAL = /\d[.,]\d/
const DECIMALS = /(\d)[.,](?=\d)/g
const SENTENCE_END = new Set('.!?…\n。！？؟')
const CLAUSE_END = new Set(',;:—–()"«»/、，「」『』،؛')
const CURRENCY_SIGN = new Set('$€£₽₴₺₪¥')

// Latin letters that look Cyrillic, as typed on a mixed keyboard layout ('дocтавка').
const LOOKALIKE: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т' }
const HAS_LATIN = /[a-z]/
const CYRILLIC_LETTERS = /[\u0400-\u04ff]/g

/** A word mixing alphabets is mended to Cyrillic when Cyrillic letters are the majority. */
function mendLookalikes(word: string): string | undefined {
  const cyr = word.match(CYRILLIC_LETTERS)?.length ?? 0
  if (cyr === 0 || cyr * 2 < word.length) return undefined
  return word.replace(/[a-z]/g, (l) => LOOKALIKE[l] ?? l)
}

const NON_ASCII = /[^\x00-\x7f]/
const MARKS = /\p{M}/gu
const FOLDED: Record<string, string> = { ł: 'l', ı: 'i', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' }
const UNFOLDED = /[łıßøđæœðþ]/g

/** A Latin word without its diacritics ('livré' → 'livre', 'dostawą' → 'dostawa', 'kötü' → 'kotu'). */
export function foldLatin(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').replace(UNFOLDED, (c) => FOLDED[c])
}

/**
 * A keyword's word read the way the tokenizer reads the comment's: Latin letters without
 * diacritics, Arabic and Hebrew without marks (Arabic letter variants folded), others as
 * they are (Japanese kana keep their voicing marks).
 */
export function foldWord(word: string): string {
  if (/^[\p{Script=Latin}\p{N}=*'’-]+$/u.test(word)) return foldLatin(word)
  return word.replace(SEMITIC_MARKS, '').replace(ARABIC_VARIANTS, (c) => ARABIC_FOLD[c])
}

/** Script by the first letter: the Cyrillic block, or Latin letters (ASCII and Latin-1/Extended). */
function scriptOf(c: number): Script {
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic'
  if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) return 'latin'
  return 'other'
}

/** What the tokenizer knows of the comment's language (lexicons.ts `languageText`). */
export interface TokenizeOptions {
  /** Contrast words of the language that open a clause, besides the built-in ones. */
  openers?: ReadonlySet<string>
  /** Elided words before an apostrophe ("l'", "dell'") to cut off. */
  elisions?: RegExp
  /** Cuts a run of letters written without spaces (Japanese) into words. */
  segmenter?: { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> }
}

// Arabic diacritics and tatweel, Hebrew niqqud and cantillation: marks inside a word.
const SEMITIC_MARKS = /[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g
const ARABIC_FOLD: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي' }
const ARABIC_VARIANTS = /[أإآٱةى]/g
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

/**
 * Latin words lose their diacritics ('été' → 'ete'); Cyrillic ones keep them (й, ї).
 * @example tokenize('Fast delivery, but pricey!').words // ['fast', 'delivery', 'but', 'pricey']
 */
export function tokenize(text: string, opts?: TokenizeOptions): Tokens {
  // Turkish 'İ' lowercases to 'i' and a combining dot, which would split its word.
  let src = text.slice(0, MAX_CHARS).toLowerCase().replace(/ё/g, 'е').replace(/\u0307/g, '')
  if (opts?.elisions) src = src.replace(opts.elisions, '$1')
  // Arabic and Hebrew: marks out (they would split a word), Arabic letter variants folded.
  if (SEMITIC_MARKS.test(src)) src = src.replace(SEMITIC_MARKS, '')
  SEMITIC_MARKS.lastIndex = 0
  if (ARABIC_VARIANTS.test(src)) src = src.replace(ARABIC_VARIANTS, (c) => ARABIC_FOLD[c])
  ARABIC_VARIANTS.lastIndex = 0
  // Arabic-Indic and Persian digits are digits ("خلال ٦ ايام").
  if (EASTERN_DIGITS.test(src)) src = src.replace(EASTERN_DIGITS, (d) => { const c = d.charCodeAt(0); return String(c >= 0x6f0 ? c - 0x6f0 : c - 0x660) })
  EASTERN_DIGITS.lastIndex = 0
  // Apostrophes inside words (кур'єр, didn't) are dropped so spellings agree.
  if (APOSTROPHE.test(src)) src = src.replace(/(\p{L})['’ʼ`](\p{L})/gu, '$1$2')
  // A decimal point or thousands separator is part of its number ("1.5 hours", "$4.99"), not a sentence end.
  if (DECIMAL.test(src)) src = src.replace(DECIMALS, '$1')
  const out: Tokens = { words: [], script: [], clause: [], sentence: [] }
  let clause = 0
  let sentence = 0
  let pending = false // a boundary was seen since the last word
  const push = (word: string, script: Script) => {
    if (pending) clause++
    pending = false
    out.words.push(word)
    out.script.push(script)
    out.clause.push(clause)
    out.sentence.push(sentence)
  }
  for (const m of src.matchAll(PIECE)) {
    const p = m[0]
    const c = p.charCodeAt(0)
    if (SENTENCE_END.has(p[0])) {
      pending = true
      if (out.words.length && out.sentence[out.sentence.length - 1] === sentence) sentence++
      continue
    }
    if (CLAUSE_END.has(p)) {
      pending = true
      continue
    }
    if (CURRENCY_SIGN.has(p)) {
      push('#money', 'other')
      continue
    }
    if (opts?.segmenter && CJK.test(p)) {
      // Japanese: the run is cut into words (numbers written against them too, "3回連続で");
      // a contrast word among them opens a clause.
      for (const { segment: w, isWordLike } of opts.segmenter.segment(p)) {
        if (isWordLike === false) continue
        if (CURRENCY.has(w) && out.words[out.words.length - 1] === '#num') out.words[out.words.length - 1] = '#money'
        else if (/^\d+$/.test(w)) push('#num', 'other')
        else {
          if (CLAUSE_OPENERS.has(w) || opts.openers?.has(w)) pending = true
          push(w, 'other')
        }
      }
      continue
    }
    if (c >= 48 && c <= 57) {
      // A number then a currency is a price ("299р", "80 грн", "$5").
      const num = /^\d+$/.test(p)
      const unit = p.replace(/^\d+/, '')
      if (num && out.words[out.words.length - 1] === '#money' && !pending) continue // "$5"
      if (!num && CURRENCY.has(unit)) push('#money', 'other')
      else push('#num', 'other')
      continue
    }
    if (CURRENCY.has(p) && out.words[out.words.length - 1] === '#num' && !pending) {
      out.words[out.words.length - 1] = '#money'
      continue
    }
    if (c >= 0x2000 && c < 0x3000 || (c >= 0xd800 && c <= 0xdbff)) {
      // Pictographs (the words and numbers above never start in these ranges).
      for (const [re, tag] of EMOJI) if (re.test(p)) push(tag, 'other')
      continue
    }
    const mended = HAS_LATIN.test(p) ? mendLookalikes(p) : undefined
    const script = mended ? 'cyrillic' : scriptOf(c)
    const word = mended ?? (script === 'latin' && NON_ASCII.test(p) ? foldLatin(p) : p)
    if (CLAUSE_OPENERS.has(word) || opts?.openers?.has(word)) pending = true
    push(word, script)
  }
  return out
}
