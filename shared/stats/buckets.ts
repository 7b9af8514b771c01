/**
 * Time buckets for a trend — local days, ISO weeks (Monday first) and months in the
 * project's zone — and the edges SQL groups `created_at` by.
 *
 * Edges are computed once per query (a few `Intl` calls per bucket) and rows are placed
 * with a binary search, so 52 weekly buckets over a million answers cost 52 edge
 * computations and ~6 comparisons per row (or per SQL row-aggregate).
 * @module
 */
import { formatDay, localDay, startOfDay, type DayNumber } from './zone'

export type TimeUnit = 'day' | 'week' | 'month'

export interface TimeBucket {
  /** '2026-03-29', '2026-W13' (ISO week-numbering year and week) or '2026-03'. */
  label: string
  /** Half-open [start, end) in epoch ms, clipped to the requested range. */
  start: number
  end: number
  /** Clipped: the range cuts this day, week or month short (e.g. a week that began before it). */
  partial: boolean
}

/** Buckets a range may hold by default: ten years of days. More is a mistake or an attack. */
export const MAX_BUCKETS = 3660

const DAY_MS = 86_400_000

/** The first local date of the day/week/month that contains `day`. */
function unitStart(day: DayNumber, unit: TimeUnit): DayNumber {
  if (unit === 'day') return day
  // 1970-01-01 was a Thursday, so (day + 3) mod 7 counts the days since Monday.
  if (unit === 'week') return day - (((day + 3) % 7) + 7) % 7
  const d = new Date(day * DAY_MS)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS
}

/** The first local date of the next unit; `day` is a unit start. */
function unitNext(day: DayNumber, unit: TimeUnit): DayNumber {
  if (unit === 'day') return day + 1
  if (unit === 'week') return day + 7
  const d = new Date(day * DAY_MS)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS
}

function labelOf(first: DayNumber, unit: TimeUnit): string {
  if (unit === 'day') return formatDay(first)
  if (unit === 'month') return formatDay(first).slice(0, 7)
  // An ISO week belongs to the year its Thursday falls in.
  const thursday = first + 3
  const year = new Date(thursday * DAY_MS).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * Epoch ms at which the local day / ISO week / month containing `ms` begins in the zone.
 * Idempotent: `bucketStart(bucketStart(x)) === bucketStart(x)`.
 * @example bucketStart(Date.UTC(2026, 2, 29, 12), 'week', 'Europe/Kyiv') // Date.UTC(2026, 2, 22, 22): Monday 23 March, 00:00 +02
 */
export function bucketStart(ms: number, unit: TimeUnit, timeZone: string): number {
  return startOfDay(unitStart(localDay(ms, timeZone), unit), timeZone)
}

/**
 * The label of the bucket containing `ms`.
 * @example bucketLabel(Date.UTC(2026, 2, 29, 12), 'week', 'Europe/Kyiv') // '2026-W13'
 */
export function bucketLabel(ms: number, unit: TimeUnit, timeZone: string): string {
  return labelOf(unitStart(localDay(ms, timeZone), unit), unit)
}

/**
 * Every bucket of [start, end), empty ones included, clipped to the range so they
 * partition it exactly. [] when start >= end; null when there would be more than `limit`.
 * Days a zone skipped (zero length) are left out.
 * @example
 * timeBuckets(Date.UTC(2026, 2, 1, 5), Date.UTC(2026, 3, 1, 4), 'month', 'America/New_York')
 * // [{ label: '2026-03', start: Date.UTC(2026, 2, 1, 5), end: Date.UTC(2026, 3, 1, 4), partial: false }]
 */
export function timeBuckets(start: number, end: number, unit: TimeUnit, timeZone: string, limit = MAX_BUCKETS): TimeBucket[] | null {
  const out: TimeBucket[] = []
  if (!(start < end)) return out
  let first = unitStart(localDay(start, timeZone), unit)
  let from = startOfDay(first, timeZone)
  while (from < end) {
    const next = unitNext(first, unit)
    const to = startOfDay(next, timeZone)
    if (to > start && to > from) {
      if (out.length === limit) return null
      out.push({ label: labelOf(first, unit), start: Math.max(from, start), end: Math.min(to, end), partial: from < start || to > end })
    }
    first = next
    from = to
  }
  return out
}

/**
 * The sorted edges of {@link timeBuckets}: bucket i is [edges[i], edges[i + 1]). Hand
 * them to SQL (a CASE, or a join on `json_each(edges)`), or place rows with {@link bucketIndex}.
 */
export function bucketEdges(buckets: readonly TimeBucket[]): number[] {
  return buckets.length === 0 ? [] : [...buckets.map((b) => b.start), buckets[buckets.length - 1].end]
}

/**
 * Which bucket `ms` falls in — i with edges[i] <= ms < edges[i + 1] — by binary search;
 * -1 outside the range.
 * @example bucketIndex([0, 10, 20], 10) // 1
 */
export function bucketIndex(edges: readonly number[], ms: number): number {
  if (edges.length < 2 || !(ms >= edges[0] && ms < edges[edges.length - 1])) return -1
  let lo = 0
  let hi = edges.length - 1 // invariant: edges[lo] <= ms < edges[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (edges[mid] <= ms) lo = mid
    else hi = mid
  }
  return lo
}

/**
 * The local dates a bucket covers, both included, as the results API takes a period
 * (`from`, `to`): its first instant's date and its last instant's date in the zone.
 * @example localDates({ label: '2026-W13', start: Date.UTC(2026, 2, 22, 22), end: Date.UTC(2026, 2, 29, 21), partial: false }, 'Europe/Kyiv')
 * // { from: '2026-03-23', to: '2026-03-29' }
 */
export function localDates(b: Pick<TimeBucket, 'start' | 'end'>, timeZone: string): { from: string; to: string } {
  return { from: formatDay(localDay(b.start, timeZone)), to: formatDay(localDay(b.end - 1, timeZone)) }
}
