/**
 * Turns a project's plain keywords ('loyalty card', 'бонусные баллы') into matcher
 * entries: each word is cut to the part it shares with its stem, so inflected forms match
 * ('бонусная карта' also finds 'бонусной картой'). Stemmers: @orama/stemmers.
 * @module
 */
import { stemmer as enStem } from '@orama/stemmers/english'
import { stemmer as ruStem } from '@orama/stemmers/russian'
import { stemmer as ukStem } from '@orama/stemmers/ukrainian'
import type { CustomTheme, Keywords } from './taxonomy'
import { foldWord } from './tokenize'

const CYRILLIC = /\p{Script=Cyrillic}/u

function commonPrefix(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.slice(0, i)
}

/** One word → a matcher part: '=word' (exact) for short words, otherwise its stem prefix. */
export function wordToPart(raw: string): string {
  const lower = raw
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`]/g, '')
  // Latin words lose their diacritics, as the comment's words do ('fidélité' → 'fidelite').
  const w = CYRILLIC.test(lower) ? lower : foldWord(lower)
  if (w.startsWith('=')) return w
  if (w.endsWith('*')) return w.slice(0, -1)
  if (w.length <= 3) return '=' + w
  let stem: string
  if (CYRILLIC.test(w)) {
    const a = commonPrefix(w, ruStem(w))
    const b = commonPrefix(w, ukStem(w))
    // The shorter cut matches more forms, unless it lost the word (a Ukrainian word through
    // the Russian stemmer can: 'бонуси' → 'бон').
    const [short, long] = a.length <= b.length ? [a, b] : [b, a]
    stem = short.length >= Math.max(4, Math.ceil(w.length * 0.6)) ? short : long
  } else stem = commonPrefix(w, enStem(w))
  return stem.length >= 3 ? stem : '=' + w
}

/** A keyword (one or more words) → one matcher entry. @example keywordToEntry('Loyalty cards') // 'loyalt+card' */
export function keywordToEntry(keyword: string): string {
  return keyword
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(wordToPart)
    .join('+')
}

function allKeywords(k: Keywords): string[] {
  if (Array.isArray(k)) return k
  return Object.values(k).flat() as string[]
}

/** The entries of enabled custom themes, by theme id (a built-in id adds to that theme). */
export function customEntries(custom: CustomTheme[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const t of custom ?? []) {
    if (t.enabled === false) continue
    const list = (out[t.id] ??= [])
    for (const k of allKeywords(t.keywords)) if (k.trim()) list.push(keywordToEntry(k))
  }
  return out
}
