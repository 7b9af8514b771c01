/**
 * Periods as the API takes them: local dates (YYYY-MM-DD) in the project's time zone,
 * both ends included, and the previous period of the same length for comparisons.
 * @module
 */

export type PeriodDays = 7 | 30 | 90 | 365

const DAY = 86_400_000

/** Today in the zone, as YYYY-MM-DD. */
export function today(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** The last `days` days up to today, and the `days` before them. */
export function period(days: PeriodDays, timeZone: string, now = Date.now()) {
  const to = today(timeZone, now)
  const from = shift(to, 1 - days)
  return { from, to, base_from: shift(from, -days), base_to: shift(from, -1) }
}
