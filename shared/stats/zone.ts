/**
 * Calendar arithmetic in an IANA time zone with nothing but `Intl`: the local date an
 * instant falls on, and the instant a local date begins — right across DST changes,
 * midnights that do not exist and days a zone skipped. No tz library, no clock.
 *
 * Instants are epoch milliseconds. A local date is a {@link DayNumber}. Supported years:
 * 1000..9999 (the Gregorian calendar; `Date.UTC` misreads years below 100).
 * @module
 */

const DAY_MS = 86_400_000

/**
 * A calendar date free of any zone: days since 1970-01-01 (day 0). Arithmetic on it is
 * plain integer arithmetic, so "the next Monday" never meets a DST change.
 */
export type DayNumber = number

export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E }

// One formatter per zone: building one costs ~100x a format call.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/**
 * Whether `Intl` knows the zone (IANA names and their aliases, e.g. 'Europe/Kiev'). Never
 * throws; validate untrusted zones with it — the other functions throw RangeError on an
 * unknown zone, as `Intl` does.
 * @example isTimeZone('Europe/Kyiv') // true
 * @example isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The wall-clock reading at `ms` in the zone, as if that reading were UTC (ms kept). */
function wallTime(ms: number, timeZone: string): number {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type === 'year') y = Number(p.value)
    else if (p.type === 'month') mo = Number(p.value)
    else if (p.type === 'day') d = Number(p.value)
    else if (p.type === 'hour') h = Number(p.value) % 24 // some engines print midnight as 24
    else if (p.type === 'minute') mi = Number(p.value)
    else if (p.type === 'second') s = Number(p.value)
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) + (((ms % 1000) + 1000) % 1000)
}

/** The zone's offset from UTC at `ms`, in ms (Kyiv in summer: +3 h = 10_800_000). */
export function offsetAt(ms: number, timeZone: string): number {
  return wallTime(ms, timeZone) - ms
}

/**
 * The local date `ms` falls on in the zone.
 * @example formatDay(localDay(Date.UTC(2026, 2, 28, 22, 30), 'Europe/Kyiv')) // '2026-03-29'
 */
export function localDay(ms: number, timeZone: string): DayNumber {
  return Math.floor(wallTime(ms, timeZone) / DAY_MS)
}

/**
 * The first instant of local date `day` in the zone: local midnight, or — where midnight
 * does not exist (a DST jump at 00:00, as in Havana or Santiago) — the jump itself; of two
 * midnights (a fall-back at 01:00 → 00:00) the earlier. A day the zone skipped (Samoa,
 * 2011-12-30) starts where the next one does, so it is empty.
 * @example startOfDay(parseDay('2026-03-29')!, 'Europe/Kyiv') // Date.UTC(2026, 2, 28, 22) — still +2 at midnight
 */
export function startOfDay(day: DayNumber, timeZone: string): number {
  const wall = day * DAY_MS
  // Midnight has one of the offsets in force around it; the earliest that checks out wins.
  let best = Infinity
  for (const probe of [wall - DAY_MS, wall, wall + DAY_MS]) {
    const t = wall - offsetAt(probe, timeZone)
    if (t < best && offsetAt(t, timeZone) === wall - t) best = t
  }
  if (best !== Infinity) return best
  // No instant reads 00:00: search for the first one on this date or later. Offsets lie
  // within ±14 h, so the day starts between these bounds.
  let lo = wall - 2 * DAY_MS
  let hi = wall + DAY_MS
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2)
    if (localDay(mid, timeZone) >= day) hi = mid
    else lo = mid
  }
  return hi
}

/**
 * A strict 'YYYY-MM-DD' (a real Gregorian date, years 1000..9999) to its day number; null otherwise.
 * @example parseDay('2026-02-29') // null
 */
export function parseDay(s: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1000) return null
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return ms / DAY_MS
}

/** Day number to 'YYYY-MM-DD'. */
export function formatDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * A period given as local dates, both included ('2026-01-01'..'2026-03-31' in the
 * project's zone), as the half-open instant range [start, end) that SQL filters on:
 * `created_at >= start AND created_at < end`.
 * @example
 * localDayRange('2026-01-01', '2026-03-31', 'Europe/Kyiv')
 * // { ok: true, value: { start: Date.UTC(2025, 11, 31, 22), end: Date.UTC(2026, 2, 31, 21) } }
 */
export function localDayRange(
  from: string,
  to: string,
  timeZone: string,
): Result<{ start: number; end: number }, 'invalid_date' | 'invalid_time_zone' | 'reversed_range'> {
  const a = parseDay(from)
  const b = parseDay(to)
  if (a === null || b === null) return { ok: false, error: 'invalid_date' }
  if (!isTimeZone(timeZone)) return { ok: false, error: 'invalid_time_zone' }
  if (a > b) return { ok: false, error: 'reversed_range' }
  return { ok: true, value: { start: startOfDay(a, timeZone), end: startOfDay(b + 1, timeZone) } }
}
