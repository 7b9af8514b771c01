/**
 * Sentiment per theme: the cues in the theme's own clauses (negation applied), else the
 * cues of clauses that name no theme, else the score as a prior. The score also reads
 * sarcasm: praise from a detractor ("great, as always — a week late" from a 2) is not
 * praise unless it is conceded ("but at least it was on time").
 * @module
 */
import type { Hit } from './matcher'
import type { Sentiment } from './taxonomy'
import type { Tokens } from './tokenize'

interface Tally {
  pos: number
  neg: number
  neu: number
  concede: boolean
  /** Cues that hold for one theme only ('high' is bad for price, not for quality): '+price' → count. */
  only?: Map<string, number>
}

const CONTRAST: ReadonlySet<string> = new Set(['but', 'however', 'except', 'но', 'однако', 'але', 'проте', 'однак'])
const ALSO = new Set(['also', 'и', 'і', 'й', 'также', 'також'])

/** How far a negation reaches: 'not' three words on, 'without' only the next word. */
const REACH = { not: 3, without: 1 }

export interface CueSummary {
  byClause: Map<number, Tally>
  sarcasm: boolean
}

/** Tallies cues per clause, applying negation. */
export function readCues(tokens: Tokens, cues: Hit[]): CueSummary {
  const byClause = new Map<number, Tally>()
  let sarcasm = false
  let negateUntil = -1
  let negClause = -1
  let fixUntil = -1
  for (const h of cues) {
    const clause = tokens.clause[h.start]
    let t = byClause.get(clause)
    if (!t) byClause.set(clause, (t = { pos: 0, neg: 0, neu: 0, concede: false }))
    if (h.tag === '_') continue
    if (h.tag === 'not' || h.tag === 'without') {
      negateUntil = h.end - 1 + REACH[h.tag]
      negClause = clause
      continue
    }
    const negated = h.start <= negateUntil && clause === negClause
    negateUntil = -1
    if (h.tag === 'fix') {
      // "fixed my problem", "решила проблему": praise, and the problem is gone.
      if (negated) t.neg++
      else {
        t.pos++
        fixUntil = h.end - 1 + REACH.not
      }
      continue
    }
    if (h.tag === '-' && h.start <= fixUntil && clause === tokens.clause[fixUntil]) {
      fixUntil = -1
      continue
    }
    if (h.tag.length > 1 && (h.tag[0] === '+' || h.tag[0] === '-')) {
      const key = ((h.tag[0] === '+') !== negated ? '+' : '-') + h.tag.slice(1)
      t.only ??= new Map()
      t.only.set(key, (t.only.get(key) ?? 0) + 1)
    } else if (h.tag === 'sarcasm') sarcasm = true
    else if (h.tag === 'concede') t.concede = true
    else if (h.tag === '0' || h.tag === 'request') t.neu++
    else if ((h.tag === '+') !== negated) t.pos++
    else t.neg++
  }
  return { byClause, sarcasm }
}

/** Score alone: detractors negative, passives neutral, promoters positive. */
export function prior(score: number): Sentiment {
  if (!(score >= 0 && score <= 10)) return 'neutral'
  return score <= 6 ? 'negative' : score <= 8 ? 'neutral' : 'positive'
}

/** Praise against complaints; a tie ("decent, but always sold out") goes the score's way. */
function verdict(t: Tally, score: number): Sentiment | undefined {
  if (t.pos > t.neg) return 'positive'
  if (t.neg > t.pos) return 'negative'
  if (t.pos > 0) return prior(score)
  if (t.neu > 0) return 'neutral'
  return undefined
}

function sum(tallies: Iterable<Tally>, theme?: string): Tally {
  const s: Tally = { pos: 0, neg: 0, neu: 0, concede: false }
  for (const t of tallies) {
    s.pos += t.pos
    s.neg += t.neg
    if (theme && t.only)
      for (const [key, n] of t.only) {
        // '+price' holds for price only; '+!price' for every theme but price ("worth it").
        const name = key.slice(1)
        if (name === theme || (name[0] === '!' && name.slice(1) !== theme)) {
          if (key[0] === '+') s.pos += n
          else s.neg += n
        }
      }
    s.neu += t.neu
    s.concede ||= t.concede
  }
  return s
}

/**
 * The sentiment of one theme, given the clauses it is named in and the clauses that
 * name any theme.
 */
export function themeSentiment(
  theme: string,
  tokens: Tokens,
  cues: CueSummary,
  clauses: Set<number>,
  themed: Set<number>,
  score: number,
  /** The comment's own "but" words, besides the built-in ones (lexicons.ts `languageText`). */
  but?: ReadonlySet<string>,
): Sentiment {
  const isContrast = (w: string) => CONTRAST.has(w) || !!but?.has(w)
  const sentenceOf = (c: number) => tokens.sentence[tokens.clause.indexOf(c)]
  const last = tokens.clause[tokens.clause.length - 1]
  // A clause that concedes ("but at least it was on time") speaks for its theme alone.
  const conceded = [...clauses].filter((c) => cues.byClause.get(c)?.concede)
  const base = conceded.length ? new Set(conceded) : clauses
  // The clauses after the theme's own, up to the next theme in the same sentence, speak
  // for it too ("Selection is okay, could use more options").
  const next = new Set<number>()
  for (const c of base)
    for (let k = c + 1; k <= last && !themed.has(k) && sentenceOf(k) === sentenceOf(c); k++) next.add(k)
  const tallies = (set: Set<number>) => [...set].map((c) => cues.byClause.get(c)).filter((t) => t !== undefined)
  // A complaint opened by "but" ("но", "але"; not "but also") after the theme's clauses
  // weighs as much as the praise in them: "the range is good, but what I need is never
  // there" is a tie, which goes the score's way. (Praise after "but" is mostly about
  // something else: "not the cheapest, but never had a problem".)
  const contrasts = (c: number) => {
    const at = tokens.clause.indexOf(c)
    return isContrast(tokens.words[at]) && !ALSO.has(tokens.words[at + 1])
  }
  const complaints = tallies(new Set([...next].filter(contrasts))).map((t) => ({
    ...t,
    pos: 0,
    neu: 0,
    only: undefined,
  }))
  // The theme's own clauses count double against the ones that merely follow them.
  const own = sum([...tallies(base), ...tallies(base), ...tallies(next), ...complaints], theme)
  let found = verdict(own, score)
  if (!found) {
    // Orphan clauses ("…, зручно", "Love it!"): first those in the same sentence(s).
    const sentences = new Set([...clauses].map(sentenceOf))
    const near: Tally[] = []
    const far: Tally[] = []
    for (const [c, t] of cues.byClause) {
      if (themed.has(c)) continue
      ;(sentences.has(sentenceOf(c)) ? near : far).push(t)
    }
    // An "ok" elsewhere says nothing about this theme; only praise or complaint carries over.
    const carried = (t: Tally) => (t.pos + t.neg > 0 ? verdict(t, score) : undefined)
    found = carried(sum(near)) ?? carried(sum(far))
    // "Good overall, but the app forgets my address": a theme named after "but" with
    // nothing said about it is what the customer holds against the rest.
    const contrasted = [...base].some((c) => isContrast(tokens.words[tokens.clause.indexOf(c)]))
    if (contrasted && score <= 8 && found !== 'negative') found = 'negative'
  }
  const s = found ?? prior(score)
  if (s !== 'positive') return s
  // Praise from a detractor is sarcasm, and so is praise with a sarcasm marker from a 5–6,
  // unless conceded or set against another theme by a contrast ("the support guy was nice,
  // but the product is junk"; "great products as always, but the last deliveries were late").
  const setAgainst = [...base].some((c) => {
    for (let k = c + 1; k <= last && sentenceOf(k) === sentenceOf(c); k++)
      if (themed.has(k) && !clauses.has(k) && isContrast(tokens.words[tokens.clause.indexOf(k)])) return true
    return false
  })
  if (score <= 4 && !own.concede && !setAgainst) return 'negative'
  if (score <= 6 && cues.sarcasm && !own.concede && !setAgainst) return 'negative'
  return s
}
