/**
 * The figures for one period (or one trend point, or one group): NPS from nps.ts plus
 * what surrounds it — answers left out and why, displays, dismissals and the two rates.
 * Built from counts SQL already summed ({@link PeriodTally}); tallies add, so a period
 * can be assembled from days or shards.
 * @module
 */
import { npsFromCounts, responseRate, type Counts, type NpsResult } from '../nps'
import { compareReasons } from './exclusion'

/** What SQL counts for a period. Every number is a non-negative whole number. */
export interface PeriodTally extends Counts {
  /** Answers left out of NPS, by reason ({@link exclusionReason}); each answer under one reason. */
  excluded: Readonly<Record<string, number>>
  /** Surveys shown (rows in `displays`). */
  displays: number
  /** Displays closed with "not now". They are not answers and never enter NPS. */
  dismissals: number
}

export interface PeriodSummary extends NpsResult {
  excluded: {
    /** Sum of `byReason`. */
    total: number
    /** Reasons with a count above 0, most decisive first ({@link EXCLUSION_ORDER}). */
    byReason: Record<string, number>
  }
  displays: number
  /** Every answer stored in the period: counted ones (`n`) plus excluded ones. */
  answers: number
  dismissals: number
  /** answers (but previews) / displays in percent, one decimal; null without displays. Can pass 100 (answers without a display, e.g. imported). */
  responseRate: number | null
  /** dismissals / displays in percent, one decimal; null without displays. */
  dismissRate: number | null
}

export function emptyTally(): PeriodTally {
  return { promoters: 0, passives: 0, detractors: 0, excluded: {}, displays: 0, dismissals: 0 }
}

/**
 * Two tallies of disjoint periods (or groups) as one: every count adds.
 * @example addTallies(a, b).promoters === a.promoters + b.promoters
 */
export function addTallies(a: PeriodTally, b: PeriodTally): PeriodTally {
  // A Map, not assignment into an object: a reason named '__proto__' stays a plain key.
  const excluded = new Map(Object.entries(a.excluded))
  for (const [reason, k] of Object.entries(b.excluded)) excluded.set(reason, (excluded.get(reason) ?? 0) + k)
  return {
    promoters: a.promoters + b.promoters,
    passives: a.passives + b.passives,
    detractors: a.detractors + b.detractors,
    excluded: Object.fromEntries(excluded),
    displays: a.displays + b.displays,
    dismissals: a.dismissals + b.dismissals,
  }
}

/**
 * The presented figures for a period.
 * @throws RangeError when a count is not a non-negative safe integer (a programming
 *   error, as in {@link npsFromCounts}).
 * @example
 * summarizePeriod({ promoters: 56, passives: 51, detractors: 30, excluded: { too_fast: 3 }, displays: 1000, dismissals: 120 })
 * // { n: 137, nps: 19, npsRounded: 19, interval: [6.1, 31.9], lowConfidence: false,
 * //   excluded: { total: 3, byReason: { too_fast: 3 } }, answers: 140, responseRate: 14, dismissRate: 12, … }
 */
export function summarizePeriod(t: PeriodTally): PeriodSummary {
  const nps = npsFromCounts(t)
  for (const [name, v] of [['displays', t.displays], ['dismissals', t.dismissals], ...Object.entries(t.excluded)] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer, got ${v}`)
  }
  const reasons = Object.entries(t.excluded).sort(([a], [b]) => compareReasons(a, b))
  const total = reasons.reduce((sum, [, k]) => sum + k, 0)
  const byReason = Object.fromEntries(reasons.filter(([, k]) => k > 0))
  const answers = nps.n + total
  return {
    ...nps,
    excluded: { total, byReason },
    displays: t.displays,
    answers,
    dismissals: t.dismissals,
    // A preview answer never had a display (it was shown whatever the caps, by the team itself): not a response to one.
    responseRate: responseRate(answers - (byReason.preview ?? 0), t.displays),
    // The same ratio in percent; responseRate is nps.ts's one rounding rule for it.
    dismissRate: responseRate(t.dismissals, t.displays),
  }
}
