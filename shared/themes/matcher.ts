/**
 * Finds lexicon entries (words and phrases) in a token list. Entries are hand-written
 * stems matched as prefixes ('доставк' matches доставка, доставку, доставкой), which keeps
 * Russian, Ukrainian and surzhyk inflections together without a stemmer per token;
 * '=app' matches the word exactly; 'out+of+stock' is a phrase, where a '?' part (not the
 * first) is any one word ('sent+?+back' finds "sent them back", "sent both back"); a trailing '~' marks a weak
 * keyword (half weight), '~~' a mere mention (a product: a quarter), a trailing '^' one that yields to any other theme named in its
 * clause ('fast' alone is delivery; 'fast app' is not). Longest match wins and consumes
 * its tokens.
 * @module
 */
import { cyrillicSkeleton, latinSkeleton } from './translit'
import type { Tokens } from './tokenize'

interface Part {
  text: string
  exact: boolean
}

export interface Entry {
  tag: string
  parts: Part[]
  weight: number
  /** '^': counts in full unless another theme is named in the same clause ("fast"). */
  context?: boolean
  /** A project's own keywords win a tie in length over the built-in ones. */
  own?: boolean
}

export interface Hit {
  tag: string
  start: number
  end: number // exclusive
  weight: number
  context?: boolean
}

/** A character trie of prefix entries: walking a word visits every stem it starts with. */
interface Trie {
  next: Map<number, Trie>
  entries?: Entry[]
}

/** Entries keyed by their first part: exact words in a map, prefixes in a trie. */
export interface Index {
  exact: Map<string, Entry[]>
  prefix: Trie
}

const MIN_PREFIX = 3
const STRICT_MIN = 5
const CYR = /\p{Script=Cyrillic}/u

function parsePart(raw: string, skeleton: boolean): Part {
  if (raw === '?') return { text: '', exact: false } // any one word (every word starts with '')
  const exact = raw.startsWith('=') || raw.length < MIN_PREFIX || raw.startsWith('#')
  let text = raw.replace(/^=/, '')
  if (skeleton && !text.startsWith('#')) text = CYR.test(text) ? cyrillicSkeleton(text) : latinSkeleton(text)
  return { text, exact }
}

/** Parses 'tag → "entry entry …"' lists into entries; `skeleton` builds the transliteration index. */
export function parseEntries(source: Record<string, string | string[]>, skeleton = false, own = false): Entry[] {
  const entries: Entry[] = []
  for (const [tag, list] of Object.entries(source)) {
    const items = Array.isArray(list) ? list : list.split(/\s+/)
    for (const item of items) {
      if (!item) continue
      const mention = item.endsWith('~~')
      const weak = item.endsWith('~')
      const context = item.endsWith('^')
      const parts = item.replace(/~~$|[~^]$/, '').split('+').map((p) => parsePart(p, skeleton))
      entries.push({ tag, parts, weight: mention ? 0.25 : weak ? 0.5 : 1, own, context })
    }
  }
  return entries
}

export function buildIndex(entries: Entry[]): Index {
  const index: Index = { exact: new Map(), prefix: { next: new Map() } }
  for (const e of entries) {
    const first = e.parts[0]
    if (first.exact) {
      const list = index.exact.get(first.text)
      if (list) list.push(e)
      else index.exact.set(first.text, [e])
      continue
    }
    let node = index.prefix
    for (let i = 0; i < first.text.length; i++) {
      const c = first.text.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: new Map() }))
      node = child
    }
    ;(node.entries ??= []).push(e)
  }
  return index
}

const partMatches = (p: Part, word: string) => (p.exact ? word === p.text : word.startsWith(p.text))

function candidates(index: Index, word: string, into: Entry[]): void {
  const ex = index.exact.get(word)
  if (ex) for (const e of ex) into.push(e)
  let node: Trie | undefined = index.prefix
  for (let i = 0; i < word.length && node; i++) {
    node = node.next.get(word.charCodeAt(i))
    if (node?.entries) for (const e of node.entries) into.push(e)
  }
}

export type TranslitMode = 'first' | 'after' | 'strict'

/** Which index a token is looked up in, and under which form (raw or skeleton). */
export interface Indexes {
  latin: Index
  cyrillic: Index
  translit?: Index
}

/**
 * All hits of one layer (themes, or sentiment cues), left to right, longest first.
 * `translit` looks for romanised Russian/Ukrainian: 'first' (before English, for text
 * written mostly in Latin letters by a Russian or Ukrainian speaker), 'after' English, or
 * 'strict' (after English, long stems only: for text in other languages).
 */
export function findHits(tokens: Tokens, idx: Indexes, translit?: { forms: Forms; mode: TranslitMode }, clitics?: RegExp): Hit[] {
  const skeletons = translit?.forms
  const strict = translit?.mode === 'strict'
  const hits: Hit[] = []
  const { words, script } = tokens
  const cands: Entry[] = []
  const tryIndex = (index: Index, i: number, form: Forms | null): Hit | undefined => {
    cands.length = 0
    candidates(index, form ? form.get(i) : words[i], cands)
    let best: Hit | undefined
    let bestOwn = false
    let bestStem = 0 // length of the best entry's first stem; 0 for an exact word
    for (const e of cands) {
      // In text that is not Russian/Ukrainian, only long stems count as romanised words
      // ('dostavka' yes; 'cat' is not 'чат').
      if (strict && form && (e.parts[0].exact || e.parts[0].text.length < STRICT_MIN)) continue
      const n = e.parts.length
      const have = best ? best.end - best.start : 0
      if (i + n > words.length || have > n) continue
      // On a tie in words: a project's own keyword, then an exact word, then the longer
      // stem wins ('промок' wet over 'промо' promo).
      const stem = e.parts[0].exact ? 0 : e.parts[0].text.length
      if (have === n && (bestOwn ? true : e.own ? false : bestStem === 0 || stem <= bestStem)) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = partMatches(e.parts[k], form ? form.get(i + k) : words[i + k])
      if (ok) {
        best = { tag: e.tag, start: i, end: i + n, weight: e.weight, context: e.context }
        bestOwn = !!e.own
        bestStem = stem
      }
    }
    return best
  }
  for (let i = 0; i < words.length; ) {
    let hit: Hit | undefined
    const s = script[i]
    if (s === 'cyrillic') {
      hit = tryIndex(idx.cyrillic, i, null)
      // Surzhyk spells Russian words with the Ukrainian є and і ('поддєржка', 'качіство').
      if (!hit && SURZHYK.test(words[i])) hit = tryIndex(idx.cyrillic, i, russianSpelling(words))
    }
    else {
      if (translit?.mode === 'first' && s === 'latin' && idx.translit) hit = tryIndex(idx.translit, i, skeletons!)
      hit ??= tryIndex(idx.latin, i, null)
      if (s === 'other') {
        // Markers ('#money') open phrases in either alphabet: keep the longer match.
        const cyr = tryIndex(idx.cyrillic, i, null)
        if (cyr && (!hit || cyr.end > hit.end)) hit = cyr
      }
      // Outside Russian/Ukrainian only long words are tried (and skeletonised) as romanised.
      if (!hit && skeletons && idx.translit && (!strict || words[i].length >= STRICT_MIN))
        hit = tryIndex(idx.translit, i, skeletons)
      // Arabic and Hebrew join "and", "the", "in" to the word: tried again without them.
      if (!hit && clitics && s === 'other' && clitics.test(words[i])) hit = tryIndex(idx.latin, i, withoutClitics(words, clitics))
    }
    if (hit) {
      hits.push(hit)
      i = hit.end
    } else i++
  }
  return hits
}

const SURZHYK = /[єі]/

/** The words with a leading clitic cut off ('والتوصيل' → 'توصيل', 'המשלוח' → 'משלוח'). */
function withoutClitics(words: string[], clitics: RegExp): Forms {
  return { get: (i) => words[i].replace(clitics, '') }
}

/** The words with є read as е and і as и, for a second look-up of surzhyk spellings. */
function russianSpelling(words: string[]): Forms {
  return { get: (i) => words[i].replace(/є/g, 'е').replace(/і/g, 'и') }
}

/** Token forms for the transliteration index, made on first use (most are never needed). */
export interface Forms {
  get(i: number): string
}

/** Skeleton forms of the Latin tokens; other tokens stay as they are. */
export function skeletonsOf(tokens: Tokens): Forms {
  const cache: string[] = []
  return {
    get: (i) => (cache[i] ??= tokens.script[i] === 'latin' ? latinSkeleton(tokens.words[i]) : tokens.words[i]),
  }
}
