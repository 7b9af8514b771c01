/**
 * Tags a comment with up to three themes and a sentiment for each, offline and
 * deterministically, for English, Russian and Ukrainian (and their mixtures and
 * romanisations); other languages get whatever the English lexicon finds.
 * @module
 */
import { resolveLanguage } from './language'
import { cueIndexes, languageText, themeIndexes, type LanguageText } from './lexicons'
import { findHits, skeletonsOf, type Hit, type TranslitMode } from './matcher'
import { readCues, themeSentiment } from './sentiment'
import type { BuiltinTheme, CustomTheme, Sentiment, ThemeOverrides } from './taxonomy'
import { tokenize, type Tokens } from './tokenize'

export interface TagOptions {
  /** The answer's locale ('uk-UA'); detection from the text is the fallback. */
  locale?: string
  custom?: CustomTheme[]
  overrides?: ThemeOverrides
}

export interface TaggedTheme {
  theme: string
  sentiment: Sentiment
}

export interface TagResult {
  /** 'en', 'ru', 'uk', another language code, or 'und' when the text has no letters. */
  language: string
  themes: TaggedTheme[]
}

export const MAX_THEMES = 3
/** The weight of a product mention ('~~' in the lexicons). */
const MENTION = 0.25

/**
 * Weak keywords yield to another theme's strong ones: in their clause ("the fruit
 * selection is good" is about assortment, not the fruit's quality) unless two of them name
 * their theme there ("it took ages to arrive and the size chart was wrong"), and in their
 * sentence when they are alone there ("return was easy, left it at the post office"). A
 * yielding one ('fast^') joined by "and" to a one-word judgement of quality or price is a
 * judgement of its own ("быстро и вкусно": delivery and quality).
 */
const AND = new Set(['and', 'и', 'і', 'й', 'та'])
/** Themes whose one-word keywords are judgements in themselves ('tasty', 'вкусно', 'дешево'). */
const JUDGED = new Set(['quality', 'price'])

function dropOutweighed(tokens: Tokens, hits: Hit[], lang?: LanguageText): Hit[] {
  const isAnd = (w: string) => AND.has(w) || !!lang?.and?.has(w)
  const strong = new Map<string, Set<string>>() // 'c3' / 's1' → themes with strong hits
  const weak = new Map<string, number>() // 's1 theme' → weak weight
  for (const h of hits) {
    const c = 'c' + tokens.clause[h.start]
    const s = 's' + tokens.sentence[h.start]
    if (h.context) continue
    if (h.weight >= 1) for (const k of [c, s]) strong.set(k, (strong.get(k) ?? new Set()).add(h.tag))
    else for (const k of [c, s]) weak.set(k + ' ' + h.tag, (weak.get(k + ' ' + h.tag) ?? 0) + h.weight)
  }
  const outweighed = (key: string, tag: string) => {
    const s = strong.get(key)
    return !!s && !s.has(tag)
  }
  const coordinated = (h: Hit) => {
    // joined by "and" to a one-word judgement of another theme
    const other = (i: number) =>
      hits.some((o) => o.start === i && o.end === i + 1 && !o.context && o.tag !== h.tag && JUDGED.has(o.tag))
    return (isAnd(tokens.words[h.start - 1]) && other(h.start - 2)) || (isAnd(tokens.words[h.end]) && other(h.end + 1))
  }
  return hits.filter((h) => {
    if (h.weight >= 1 && !h.context) return true
    if (h.context && coordinated(h)) return true
    const s = 's' + tokens.sentence[h.start]
    const c = 'c' + tokens.clause[h.start]
    if (outweighed(c, h.tag) && (h.context || (weak.get(c + ' ' + h.tag) ?? 0) < 1)) return false
    if (h.context && aboutApp(strong.get(s), h.tag)) return false
    if (h.context) return true
    return !(outweighed(s, h.tag) && (weak.get(s + ' ' + h.tag) ?? 0) < 1)
  })
}

/**
 * A yielding keyword ('fast^') in a sentence that names the app, and not its own theme, is
 * about the app: "the best shopping app, everything is logical and fast".
 */
function aboutApp(sentence: Set<string> | undefined, tag: string): boolean {
  return !!sentence && !sentence.has(tag) && sentence.has('app_ux')
}

/**
 * Damage ('cracked', 'розбите') is about delivery when its sentence names delivery and
 * not a return ('the box arrived crushed'), about the app when its sentence names the app
 * and not the product ('the update broke everything'), else about the product's quality
 * ('a refund for a broken blender'). '_' hits are dropped.
 */
function resolveDamage(tokens: Tokens, hits: Hit[], disabled?: BuiltinTheme[]): Hit[] {
  const sentencesOf = (tag: string) => new Set(hits.filter((h) => h.tag === tag).map((h) => tokens.sentence[h.start]))
  const returns = sentencesOf('returns')
  const delivery = new Set([...sentencesOf('delivery')].filter((s) => !returns.has(s)))
  const quality = sentencesOf('quality')
  const app = new Set([...sentencesOf('app_ux')].filter((s) => !quality.has(s)))
  const out: Hit[] = []
  for (const h of hits) {
    if (h.tag === '_' || disabled?.includes(h.tag as BuiltinTheme)) continue
    if (h.tag === 'damage') {
      const s = tokens.sentence[h.start]
      out.push({ ...h, tag: delivery.has(s) ? 'delivery' : app.has(s) ? 'app_ux' : 'quality' })
    } else out.push(h)
  }
  return out
}

/**
 * A product named and judged in a clause that names no other theme is about its quality:
 * "the cream is lovely" and "pizza was great" count, "cream" alone does not. A food or
 * garment word (weak, not a mere mention) is not upgraded in a sentence about the range
 * ("nice fruit selection, but few vegetables").
 */
function upgradeJudged(tokens: Tokens, hits: Hit[], cueHits: Hit[]): Hit[] {
  const judged = new Set<number>()
  for (const h of cueHits) if (h.tag === '+' || h.tag === '-') judged.add(tokens.clause[h.start])
  const named = new Map<number, Set<string>>()
  const range = new Set<number>()
  for (const h of hits) {
    named.set(tokens.clause[h.start], (named.get(tokens.clause[h.start]) ?? new Set()).add(h.tag))
    if (h.tag === 'assortment') range.add(tokens.sentence[h.start])
  }
  return hits.map((h) => {
    const c = tokens.clause[h.start]
    if (h.weight >= 1 || h.tag !== 'quality' || !judged.has(c)) return h
    if (h.weight > MENTION && range.has(tokens.sentence[h.start])) return h
    const others = named.get(c)
    return others && [...others].some((t) => t !== h.tag) ? h : { ...h, weight: 1 }
  })
}

/** The clauses a theme is named in: by its strong keywords if it has any, else by its weak ones. */
function themeClauses(tokens: Tokens, hits: Hit[]): Map<string, Set<number>> {
  const strong = new Map<string, Set<number>>()
  const weak = new Map<string, Set<number>>()
  for (const h of hits) {
    const map = h.weight >= 1 ? strong : weak
    const set = map.get(h.tag) ?? new Set<number>()
    for (let i = h.start; i < h.end; i++) set.add(tokens.clause[i])
    map.set(h.tag, set)
  }
  for (const [tag, set] of weak) if (!strong.has(tag)) strong.set(tag, set)
  return strong
}

/**
 * A clause that names two chosen themes with words of their own ("еда вкусная доставка
 * долгая", "great food and awful delivery") is cut between them: each word goes to the
 * nearest theme keyword (on a tie, to the one before it when the clause opens with a keyword,
 * "food tasty delivery slow", else to the one after, "tasty food slow delivery"). A part
 * with no cue of its own stays with the part before it ("good range and prices").
 */
function splitShared(tokens: Tokens, hits: Hit[], cueHits: Hit[], chosen: string[]): Tokens {
  if (chosen.length < 2) return tokens
  const byClause = new Map<number, Hit[]>()
  for (const h of hits) {
    if (!chosen.includes(h.tag)) continue
    const c = tokens.clause[h.start]
    const list = byClause.get(c)
    if (list) list.push(h)
    else byClause.set(c, [h])
  }
  const shared = [...byClause].filter(([, list]) => new Set(list.map((h) => h.tag)).size > 1)
  if (shared.length === 0) return tokens
  const cueAt = new Set<number>()
  for (const h of cueHits) if (h.tag === '+' || h.tag === '-' || h.tag === '0' || h.tag.length > 1) cueAt.add(h.start)
  const owner = new Map<number, string>() // token → theme, in the shared clauses
  for (const [c, list] of shared) {
    list.sort((a, b) => a.start - b.start)
    const first = tokens.clause.indexOf(c)
    const opensWithHit = list[0].start === first
    for (let i = first; i < tokens.words.length && tokens.clause[i] === c; i++) {
      let before: Hit | undefined
      let after: Hit | undefined
      for (const h of list) {
        if (h.start <= i && i < h.end) before = after = h
        else if (h.end <= i) before = h
        else if (!after) after = h
      }
      const db = before ? i - before.end + 1 : Infinity
      const da = after ? after.start - i : Infinity
      owner.set(i, (db < da || (db === da && opensWithHit) ? before : after)!.tag)
    }
  }
  // Parts (runs of one owner) with no cue merge into the part before them.
  const clause: number[] = []
  let id = -1
  let partTheme: string | undefined
  for (let i = 0; i < tokens.words.length; i++) {
    const o = owner.get(i)
    const newClause = i === 0 || tokens.clause[i] !== tokens.clause[i - 1]
    if (newClause) {
      id++
      partTheme = o
    } else if (o !== undefined && o !== partTheme) {
      let cue = false
      for (let k = i; k < tokens.words.length && owner.get(k) === o && tokens.clause[k] === tokens.clause[i]; k++)
        if (cueAt.has(k)) cue = true
      let prevCue = false
      for (let k = i - 1; k >= 0 && clause[k] === id; k--) if (cueAt.has(k)) prevCue = true
      if (cue && prevCue) id++
      partTheme = o
    }
    clause.push(id)
  }
  return { ...tokens, clause }
}

/**
 * @example tagComment('great, as always — a week late', 2, { locale: 'en' })
 * // { language: 'en', themes: [{ theme: 'delivery', sentiment: 'negative' }] }
 * @example tagComment('трохи дорого, але якість супер', 9, { locale: 'uk' })
 * // themes: price negative, quality positive
 */
export function tagComment(text: string, score: number, opts: TagOptions = {}): TagResult {
  const language = resolveLanguage(text, opts.locale)
  const lang = languageText(language)
  const tokens = tokenize(text, lang)
  if (tokens.words.length === 0) return { language, themes: [] }
  const slavic = language === 'ru' || language === 'uk'
  const latin = tokens.script.filter((s) => s === 'latin').length
  // Romanised Russian/Ukrainian is not looked for in a language with a lexicon of its own
  // (Polish 'wygodne' is not 'выгодно').
  const translit = latin && !lang
    ? {
        forms: skeletonsOf(tokens),
        // Romanised Russian/Ukrainian is looked up in its own lexicon first ('no' is 'но').
        mode: (!slavic ? 'strict' : latin * 2 > tokens.words.length ? 'first' : 'after') as TranslitMode,
      }
    : undefined

  const found = findHits(tokens, themeIndexes(opts.custom, opts.overrides, language), translit, lang?.clitics)
  const cueHits = findHits(tokens, cueIndexes(language), translit, lang?.clitics)
  const resolved = resolveDamage(tokens, found, opts.overrides?.disable)
  const hits = dropOutweighed(tokens, upgradeJudged(tokens, resolved, cueHits), lang)

  // A theme needs one strong keyword or two weak ones; the three heaviest are kept.
  const weight = new Map<string, number>()
  const first = new Map<string, number>()
  for (const h of hits) {
    weight.set(h.tag, (weight.get(h.tag) ?? 0) + h.weight)
    if (!first.has(h.tag)) first.set(h.tag, h.start)
  }
  const chosen = [...weight]
    .filter(([, w]) => w >= 1)
    .sort((a, b) => b[1] - a[1] || first.get(a[0])! - first.get(b[0])!)
    .slice(0, MAX_THEMES)
    .map(([t]) => t)
    .sort((a, b) => first.get(a)! - first.get(b)!)
  if (chosen.length === 0) return { language, themes: [] }

  const parts = splitShared(tokens, hits, cueHits, chosen)
  const clauses = themeClauses(parts, hits)
  const cues = readCues(parts, cueHits)
  const themed = new Set<number>()
  for (const t of chosen) for (const c of clauses.get(t)!) themed.add(c)
  const rename = opts.overrides?.rename as Record<string, string> | undefined
  return {
    language,
    themes: chosen.map((t) => ({
      theme: rename?.[t] ?? t,
      sentiment: themeSentiment(t, parts, cues, clauses.get(t)!, themed, score, lang?.contrast),
    })),
  }
}
