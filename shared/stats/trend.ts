/**
 * A trend: one NPS point per time bucket, empty buckets included (n = 0, NPS null), from
 * counts SQL grouped either by bucket or by finer slots the worker folds into buckets.
 * @module
 */
import { npsFromCounts, type Counts, type NpsResult } from '../nps'
import { bucketEdges, bucketIndex, type TimeBucket } from './buckets'

export type TrendPoint = TimeBucket & NpsResult

/** Counts stamped with an instant: an answer, or an aggregate of a slot that lies inside one bucket. */
export interface TimedCounts extends Counts {
  at: number
}

/**
 * Points for `buckets` from counts indexed like them (SQL grouped by bucket index, e.g.
 * `CASE WHEN created_at < :e1 THEN 0 WHEN created_at < :e2 THEN 1 … END`). A missing
 * index is an empty bucket.
 * @example trend(timeBuckets(start, end, 'week', tz)!, countsByWeek)
 */
export function trend(buckets: readonly TimeBucket[], countsByIndex: ReadonlyArray<Counts | undefined>): TrendPoint[] {
  return buckets.map((b, i) => ({ ...b, ...npsFromCounts(countsByIndex[i] ?? { promoters: 0, passives: 0, detractors: 0 }) }))
}

/**
 * Sum timed counts into the buckets by binary search over the edges; rows outside the
 * range are ignored. Rows may be single answers or SQL aggregates over slots that never
 * straddle an edge — 15-minute slots (`created_at / 900000`) qualify in every zone in use
 * today, since all UTC offsets are whole quarter-hours.
 * @example trend(buckets, countsByBucket(buckets, rowsGroupedBy15Minutes))
 */
export function countsByBucket(buckets: readonly TimeBucket[], rows: Iterable<TimedCounts>): Counts[] {
  const edges = bucketEdges(buckets)
  const out = buckets.map(() => ({ promoters: 0, passives: 0, detractors: 0 }))
  for (const r of rows) {
    const i = bucketIndex(edges, r.at)
    if (i === -1) continue
    out[i].promoters += r.promoters
    out[i].passives += r.passives
    out[i].detractors += r.detractors
  }
  return out
}
