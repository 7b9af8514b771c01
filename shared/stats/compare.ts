/**
 * Whether two NPS figures really differ — two periods, or two disjoint groups — with
 * both sides shown, including a side without answers.
 * @module
 */
import { compare, npsFromCounts, type Counts, type NpsResult } from '../nps'

export interface Comparison {
  /** The first figure (the earlier period, or the reference group). */
  a: NpsResult
  /** The second figure. */
  b: NpsResult
  /** NPS of b − NPS of a, in points, one decimal; null when either side has no answers. */
  difference: number | null
  /** Half-width of the 95 % interval of the difference, one decimal; null as above. */
  marginOfError: number | null
  /** 95 % interval of the difference, −200..200, one decimal; null as above. */
  interval: [number, number] | null
  /** The interval excludes 0. Never true without an interval. */
  significant: boolean
  /** Either side has fewer than 30 answers (an empty side included). */
  lowConfidence: boolean
}

/**
 * Compare two NPS figures.
 *
 * Method. Each side is an independent sample of valid answers. Scoring an answer +1
 * (promoter), 0 (passive) or −1 (detractor), NPS is the mean score, p − d, where p and d
 * are the promoter and detractor shares of the side's n answers; its variance is
 * (p + d − (p − d)²) / n. The difference NPS_b − NPS_a has, for independent samples, the
 * variance var_a + var_b, so its standard error is SE = √(var_a + var_b) and its 95 %
 * interval is difference ± 1.96 · SE · 100 points (the normal approximation). The
 * difference and interval are computed from exact shares, clamped to −200..200 and rounded
 * to one decimal, half away from zero — so the difference can be 0.1 away from the two
 * rounded NPS figures subtracted. The change is significant at 95 % when the reported
 * interval excludes 0. When either side has no valid answers there is no difference and
 * no interval, and it is not significant. Below 30 answers on either side the comparison
 * is marked low confidence: the normal approximation is rough there (with every answer in
 * one bucket the interval even has zero width). Overlapping groups (all customers vs VIP)
 * are not independent samples; compare VIP with non-VIP instead.
 * @throws RangeError on counts that are not non-negative safe integers, as {@link npsFromCounts}.
 * @example
 * comparePeriods({ promoters: 70, passives: 20, detractors: 10 }, { promoters: 85, passives: 40, detractors: 25 })
 * // { difference: -20, marginOfError: 17.8, interval: [-37.8, -2.2], significant: true, lowConfidence: false, a: {…}, b: {…} }
 */
export function comparePeriods(a: Counts, b: Counts): Comparison {
  const ra = npsFromCounts(a)
  const rb = npsFromCounts(b)
  const change = compare(a, b)
  return {
    a: ra,
    b: rb,
    difference: change?.difference ?? null,
    marginOfError: change?.marginOfError ?? null,
    interval: change?.interval ?? null,
    significant: change?.significant ?? false,
    lowConfidence: ra.lowConfidence || rb.lowConfidence,
  }
}
