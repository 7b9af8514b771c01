/**
 * A breakdown: NPS per value of one dimension — channel, locale, platform, segment, new vs
 * returning, app version, or any trait or attribute key — from counts SQL grouped by it.
 * @module
 */
import { npsFromCounts, type Counts, type NpsResult } from '../nps'

/** One SQL group: the dimension's value (null: not set on those answers) and its counts. */
export interface GroupCounts extends Counts {
  key: string | null
}

export interface BreakdownGroup extends NpsResult {
  /** The value; null for answers without one, and for the `other` group. */
  key: string | null
  /** True for the one group that gathers the values past `limit`. */
  other: boolean
  /** This group's share of the total n, 0..1; null when the total is 0. */
  share: number | null
}

export interface Breakdown {
  /** All groups together; its counts are the sums of the groups'. */
  total: NpsResult
  /** Largest n first, then by key (null last); the `other` group, if any, at the end. */
  groups: BreakdownGroup[]
}

const ZERO: Counts = { promoters: 0, passives: 0, detractors: 0 }

function add(a: Counts, b: Counts): Counts {
  return { promoters: a.promoters + b.promoters, passives: a.passives + b.passives, detractors: a.detractors + b.detractors }
}

/**
 * NPS, interval and low-confidence flag per group. Rows with the same key are merged (SQL
 * may return a key per day or per shard). With `limit`, the groups past the largest `limit`
 * become one `other` group (app versions and free-form traits run into the hundreds), so
 * the counts always sum to the total.
 * @throws RangeError on counts that are not non-negative safe integers, as {@link npsFromCounts}.
 * @example
 * breakdown([{ key: 'web', promoters: 56, passives: 51, detractors: 30 }, { key: 'ios', promoters: 2, passives: 2, detractors: 1 }])
 * // { total: { n: 142, … }, groups: [{ key: 'web', n: 137, nps: 19, … }, { key: 'ios', n: 5, nps: 20, lowConfidence: true, … }] }
 */
export function breakdown(rows: Iterable<GroupCounts>, opts: { limit?: number } = {}): Breakdown {
  const merged = new Map<string | null, Counts>()
  for (const r of rows) merged.set(r.key, add(merged.get(r.key) ?? ZERO, r))
  const sorted = [...merged].map(([key, c]) => ({ key, c, n: c.promoters + c.passives + c.detractors }))
  sorted.sort((x, y) => y.n - x.n || (x.key === null ? 1 : y.key === null ? -1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
  const limit = opts.limit ?? Infinity
  const kept = sorted.slice(0, Math.max(0, limit))
  const rest = sorted.slice(kept.length)
  const total = npsFromCounts(sorted.reduce((s, g) => add(s, g.c), ZERO))
  const present = (key: string | null, c: Counts, other: boolean): BreakdownGroup => {
    const r = npsFromCounts(c)
    return { key, other, share: total.n === 0 ? null : r.n / total.n, ...r }
  }
  const groups = kept.map((g) => present(g.key, g.c, false))
  if (rest.length > 0) groups.push(present(null, rest.reduce((s, g) => add(s, g.c), ZERO), true))
  return { total, groups }
}
