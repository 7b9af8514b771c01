/**
 * Net Promoter Score arithmetic as pure functions, shared by the worker, the widget and
 * the dashboard. No runtime imports, no I/O, no clock.
 *
 * Units and rounding, once for the whole module:
 * - Shares (`promoterShare`, …) are fractions 0..1, unrounded.
 * - NPS, margins, intervals, differences and response rates are in points (percent) and
 *   rounded to one decimal, half away from zero, so mirrored data gives mirrored figures
 *   (−12.25 → −12.3, never −12.2). `npsRounded` is the whole number, rounded from the
 *   exact value (not from the one-decimal figure).
 * - Nothing is computed without data: with no valid responses a figure is `null`, never
 *   0 and never NaN.
 * @module
 */

/** A valid answer to "How likely are you to recommend …?": a whole number 0..10. */
export type Score = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
/** The three NPS buckets, the one definition every part uses (maths, texts, storage). */
export const BUCKETS = ['detractor', 'passive', 'promoter'] as const
export type Bucket = (typeof BUCKETS)[number]
/** Transactional (after an order or ticket) and relational (periodic) NPS are never mixed. */
export const SURVEY_KINDS = ['transactional', 'relational'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]

/** Below this many valid responses a figure is labelled low confidence. */
export const LOW_CONFIDENCE_BELOW = 30
/** z for a two-sided 95 % interval. */
const Z95 = 1.96

/**
 * Whether `x` is a valid score. Never throws.
 * @example isScore(7) // true
 * @example [10.5, '7', -1, 11, NaN].some(isScore) // false
 */
export function isScore(x: unknown): x is Score {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10
}

/**
 * 0–6 detractor, 7–8 passive, 9–10 promoter. Validate untrusted input with {@link isScore} first.
 * @example bucket(8) // 'passive'
 */
export function bucket(score: number): Bucket {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor'
}

export interface Counts {
  promoters: number
  passives: number
  detractors: number
}

export interface NpsResult extends Counts {
  /** Valid responses counted: promoters + passives + detractors. */
  n: number
  /** Fractions 0..1 of `n`, unrounded; null when n = 0. */
  promoterShare: number | null
  passiveShare: number | null
  detractorShare: number | null
  /** %promoters − %detractors, −100..100, one decimal; null when n = 0. */
  nps: number | null
  /** The NPS as a whole number (rounded from the exact value); null when n = 0. */
  npsRounded: number | null
  /**
   * Half-width of the 95 % interval in points, one decimal, before clamping:
   * 1.96 · √((p + d − (p − d)²) / n) · 100. Null when n = 0.
   */
  marginOfError: number | null
  /** 95 % interval in points, clamped to −100..100, one decimal; always contains `nps`. Null when n = 0. */
  interval: [number, number] | null
  /** True when n < 30 (including n = 0): show the figure, but say it is shaky. */
  lowConfidence: boolean
}

/**
 * NPS and its 95 % interval from bucket counts (e.g. straight from SQL `COUNT`s).
 * @throws RangeError when a count is not a non-negative safe integer — a programming
 *   error, unlike bad scores, which {@link summarize} reports as a value.
 * @example
 * npsFromCounts({ promoters: 56, passives: 51, detractors: 30 })
 * // { n: 137, nps: 19, npsRounded: 19, marginOfError: 12.9, interval: [6.1, 31.9], lowConfidence: false, … }
 */
export function npsFromCounts(c: Counts): NpsResult {
  const { promoters, passives, detractors } = c
  for (const [name, v] of [['promoters', promoters], ['passives', passives], ['detractors', detractors]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer, got ${v}`)
  }
  const n = promoters + passives + detractors
  const base = { n, promoters, passives, detractors }
  if (n === 0) {
    return {
      ...base,
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      nps: null,
      npsRounded: null,
      marginOfError: null,
      interval: null,
      lowConfidence: true,
    }
  }
  const exact = ((promoters - detractors) * 100) / n
  const nps = roundRatio((promoters - detractors) * 1000, n) / 10
  const moe = Z95 * Math.sqrt(variance(promoters, detractors, n)) * 100
  return {
    ...base,
    promoterShare: promoters / n,
    passiveShare: passives / n,
    detractorShare: detractors / n,
    nps,
    npsRounded: roundRatio((promoters - detractors) * 100, n),
    marginOfError: round1(moe),
    interval: intervalAround(exact, nps, moe, 100),
    lowConfidence: n < LOW_CONFIDENCE_BELOW,
  }
}

/** One stored answer, as far as NPS cares. `score` is unchecked: it comes from storage. */
export interface ScoredResponse {
  score: number
  kind: SurveyKind
  /** Suspected fraud or duplicate (any fraud flag). */
  flagged?: boolean
  /** Answered for a reward. */
  incentivized?: boolean
}

export interface SummarizeOptions {
  /** Count flagged responses too (default false). */
  includeFlagged?: boolean
  /** Count incentivized responses too (default false). */
  includeIncentivized?: boolean
}

/**
 * How many responses were left out of a figure. A response that is both flagged and
 * incentivized is counted once, as flagged (or as incentivized when flagged ones are
 * included), so `n + flagged + incentivized` is always the number of responses given.
 */
export interface Excluded {
  flagged: number
  incentivized: number
}

export type Summary = NpsResult & { excluded: Excluded }

export type SummarizeResult =
  | { ok: true; result: Summary }
  /** `mixed_kinds`: transactional and relational responses together; `invalid_score`: a score outside 0..10 or not a whole number. */
  | { ok: false; error: 'mixed_kinds' | 'invalid_score' }

/**
 * NPS over individual responses of one survey kind, leaving out flagged and incentivized
 * ones unless asked. Never throws: mixing kinds or a corrupt score is an error value,
 * and no response is silently dropped (an invalid score refuses the whole figure).
 * The result does not depend on the order of `rs`.
 * @example
 * summarize([{ score: 10, kind: 'transactional' }, { score: 3, kind: 'transactional', flagged: true }])
 * // { ok: true, result: { n: 1, nps: 100, …, excluded: { flagged: 1, incentivized: 0 } } }
 * summarize([{ score: 10, kind: 'transactional' }, { score: 9, kind: 'relational' }])
 * // { ok: false, error: 'mixed_kinds' }
 */
export function summarize(rs: readonly ScoredResponse[], opts: SummarizeOptions = {}): SummarizeResult {
  if (rs.some((r) => r.kind !== rs[0].kind)) return { ok: false, error: 'mixed_kinds' }
  if (!rs.every((r) => isScore(r.score))) return { ok: false, error: 'invalid_score' }
  const counts: Counts = { promoters: 0, passives: 0, detractors: 0 }
  const excluded: Excluded = { flagged: 0, incentivized: 0 }
  for (const r of rs) {
    if (r.flagged && !opts.includeFlagged) excluded.flagged++
    else if (r.incentivized && !opts.includeIncentivized) excluded.incentivized++
    else {
      const b = bucket(r.score as Score)
      if (b === 'promoter') counts.promoters++
      else if (b === 'passive') counts.passives++
      else counts.detractors++
    }
  }
  return { ok: true, result: { ...npsFromCounts(counts), excluded } }
}

/**
 * Responses per display, in percent to one decimal. Null when there were no displays or
 * when either count is not a non-negative whole number. Not capped at 100: answers that
 * arrive without a recorded display (e.g. e-mail invitations) can push it over.
 * @example responseRate(37, 250) // 14.8
 * @example responseRate(3, 0) // null
 */
export function responseRate(responses: number, displays: number): number | null {
  if (!Number.isSafeInteger(responses) || responses < 0) return null
  if (!Number.isSafeInteger(displays) || displays <= 0) return null
  return roundRatio(responses * 1000, displays) / 10
}

export interface NpsChange {
  /** after − before, in points, one decimal (from exact values, so it can differ by 0.1 from subtracting the rounded figures). */
  difference: number
  /** Half-width of the 95 % interval of the difference, one decimal: 1.96 · √(var₁ + var₂) · 100. */
  marginOfError: number
  /** 95 % interval of the difference, clamped to −200..200, one decimal; contains `difference`. */
  interval: [number, number]
  /** The reported interval excludes 0: the change is unlikely to be noise. */
  significant: boolean
  /** Either period has fewer than 30 responses. */
  lowConfidence: boolean
}

/**
 * Is the change between two periods real? Takes two {@link NpsResult}s (or bare counts);
 * the variance of the difference is the sum of the two variances. Null when either
 * period has no responses.
 * @example
 * compare(npsFromCounts({ promoters: 70, passives: 20, detractors: 10 }), npsFromCounts({ promoters: 85, passives: 40, detractors: 25 }))
 * // { difference: -20, marginOfError: 17.8, interval: [-37.8, -2.2], significant: true, lowConfidence: false }
 */
export function compare(before: Counts, after: Counts): NpsChange | null {
  const a = npsFromCounts(before)
  const b = npsFromCounts(after)
  if (a.n === 0 || b.n === 0) return null
  const exact = ((b.promoters - b.detractors) * 100) / b.n - ((a.promoters - a.detractors) * 100) / a.n
  const difference = round1(exact)
  const moe = Z95 * Math.sqrt(variance(a.promoters, a.detractors, a.n) + variance(b.promoters, b.detractors, b.n)) * 100
  const interval = intervalAround(exact, difference, moe, 200)
  return {
    difference,
    marginOfError: round1(moe),
    interval,
    significant: interval[0] > 0 || interval[1] < 0,
    lowConfidence: a.lowConfidence || b.lowConfidence,
  }
}

/** Variance of NPS as a fraction: (p + d − (p − d)²) / n; n > 0. */
function variance(promoters: number, detractors: number, n: number): number {
  const p = promoters / n
  const d = detractors / n
  return Math.max(0, (p + d - (p - d) ** 2) / n)
}

/** exact ± moe, clamped to ±limit, rounded; widened if need be so rounding never leaves `shown` outside. */
function intervalAround(exact: number, shown: number, moe: number, limit: number): [number, number] {
  const lo = round1(Math.max(-limit, exact - moe))
  const hi = round1(Math.min(limit, exact + moe))
  return [Math.min(lo, shown), Math.max(hi, shown)]
}

/** num / den rounded to a whole number, half away from zero; exact for safe integers, den > 0. */
function roundRatio(num: number, den: number): number {
  const a = Math.abs(num)
  const r = a % den
  const q = (a - r) / den + (2 * r >= den ? 1 : 0)
  return num < 0 && q !== 0 ? -q : q
}

/** One decimal, half away from zero, never −0. */
function round1(x: number): number {
  const r = Math.round(Math.abs(x) * 10) / 10
  return x < 0 && r !== 0 ? -r : r
}
