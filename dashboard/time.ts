/**
 * Durations and deadlines in words, through Intl in the chosen language: "42 min",
 * "in 45 minutes", "2 hours ago". They format the API's times; they compute no figure.
 * @module
 */
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/** The unit a span reads best in: minutes under an hour, hours under two days, then days. */
function unitOf(ms: number): [Intl.RelativeTimeFormatUnit & ('minute' | 'hour' | 'day'), number] {
  const a = Math.abs(ms)
  return a < HOUR ? ['minute', MIN] : a < 2 * DAY ? ['hour', HOUR] : ['day', DAY]
}

/** A length of time: "42 min", "3.5 hr", "2 days". */
export function duration(locale: string, ms: number): string {
  const [unit, size] = unitOf(ms)
  const value = ms / size
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short', maximumFractionDigits: unit === 'minute' || value >= 10 ? 0 : 1 }).format(value)
}

/** A moment against now: "in 45 minutes", "2 hours ago". */
export function relative(locale: string, at: number, now: number): string {
  const [unit, size] = unitOf(at - now)
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round((at - now) / size), unit)
}

/** A share (0…1) as a percentage in the chosen language. */
export const percent = (locale: string, share: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share)
