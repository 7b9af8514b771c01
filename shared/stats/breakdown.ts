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

/** One SQL group of one time bucket: the bucket's index, the dimension's value and its counts. */
export interface BucketGroupCounts extends GroupCounts {
  i: number
}

export interface PeriodGroup extends BreakdownGroup {
  /** The group's NPS in each time bucket, in the buckets' order (n = 0, NPS null where it had none). */
  cells: NpsResult[]
}

export interface PeriodBreakdown {
  /** All groups over the whole range, as {@link breakdown} gives it. */
  total: NpsResult
  /** All groups together per time bucket: the trend of the same answers. */
  periods: NpsResult[]
  /** As {@link breakdown}'s groups (same order, same `other` group), each with its cells. */
  groups: PeriodGroup[]
}

/**
 * A breakdown by a dimension and by time at once (a heatmap): rows are the groups of
 * {@link breakdown} over the whole range (ordered, and cut at `limit` into an `other`
 * group, exactly as it does), columns are `buckets` time buckets. Every figure is
 * {@link npsFromCounts} of summed counts, so a row's cells add up to its total, a column's
 * cells to that bucket's total, and the buckets' totals to the overall total.
 * Rows with an index outside 0..buckets − 1 are a programming error.
 * @throws RangeError on a bucket index out of range, or counts as {@link npsFromCounts}.
 * @example
 * breakdownByPeriod(2, [{ i: 0, key: 'VIP', promoters: 3, passives: 0, detractors: 1 }, { i: 1, key: 'B2C', promoters: 0, passives: 0, detractors: 2 }])
 * // { total: { n: 6, … }, periods: [{ n: 4, nps: 50, … }, { n: 2, nps: -100, … }],
 * //   groups: [{ key: 'VIP', n: 4, cells: [{ n: 4, nps: 50, … }, { n: 0, nps: null, … }] }, { key: 'B2C', … }] }
 */
export function breakdownByPeriod(buckets: number, rows: Iterable<BucketGroupCounts>, opts: { limit?: number } = {}): PeriodBreakdown {
  const byKey = new Map<string | null, Counts[]>()
  const columns: Counts[] = Array.from({ length: buckets }, () => ZERO)
  for (const r of rows) {
    if (!Number.isInteger(r.i) || r.i < 0 || r.i >= buckets) throw new RangeError(`bucket index ${r.i} is outside 0..${buckets - 1}`)
    let cells = byKey.get(r.key)
    if (!cells) byKey.set(r.key, (cells = Array.from({ length: buckets }, () => ZERO)))
    cells[r.i] = add(cells[r.i], r)
    columns[r.i] = add(columns[r.i], r)
  }
  const b = breakdown(
    [...byKey].map(([key, cells]) => ({ key, ...cells.reduce(add, ZERO) })),
    opts,
  )
  const kept = new Set(b.groups.filter((g) => !g.other).map((g) => g.key))
  const rest = [...byKey].filter(([key]) => !kept.has(key)).map(([, cells]) => cells)
  const cellsOf = (g: BreakdownGroup) =>
    g.other ? columns.map((_, i) => npsFromCounts(rest.reduce((s, cells) => add(s, cells[i]), ZERO))) : byKey.get(g.key)!.map(npsFromCounts)
  return { total: b.total, periods: columns.map(npsFromCounts), groups: b.groups.map((g) => ({ ...g, cells: cellsOf(g) })) }
}
