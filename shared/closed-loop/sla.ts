/**
 * SLA deadlines: a duration counted either on the wall clock or only within a project's
 * business hours (days of the week and opening times in its time zone, daylight saving
 * included). Pure: time zones come from the platform's Intl data.
 * @module
 */

export interface BusinessHours {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: number[]
  /** Opening and closing local times, "HH:MM" (24 h); close after open. */
  start: string
  end: string
}

const MIN = 60_000

const formatters = new Map<string, Intl.DateTimeFormat>()
function parts(t: number, timeZone: string) {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' })
    formatters.set(timeZone, f)
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]))
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday) + 1
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute), s: Number(p.second), weekday }
}

/** The zone's offset from UTC at instant t, in ms. */
function offset(t: number, timeZone: string): number {
  const p = parts(t, timeZone)
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(t / 1000) * 1000
}

/** The instant of a local wall time in the zone (the earlier one when ambiguous). */
export function zonedTime(y: number, m: number, d: number, h: number, min: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, h, min)
  let t = guess - offset(guess, timeZone)
  t = guess - offset(t, timeZone)
  return t
}

const hm = (s: string) => {
  const [h, m] = s.split(':').map(Number)
  return { h, m }
}

/**
 * The moment `durationMs` of working time after `start`.
 * @example addWorkingTime(fridayAt17, 2 * HOUR, { days: [1,2,3,4,5], start: '09:00', end: '18:00' }, 'Europe/Kyiv') // Monday 10:00 Kyiv
 */
export function addWorkingTime(start: number, durationMs: number, hours: BusinessHours | null, timeZone: string): number {
  if (!hours || hours.days.length === 0) return start + durationMs
  const open = hm(hours.start)
  const close = hm(hours.end)
  let cursor = start
  let remaining = durationMs
  for (let i = 0; i < 3700; i++) {
    const p = parts(cursor, timeZone)
    const dayOpen = zonedTime(p.y, p.m, p.d, open.h, open.m, timeZone)
    const dayClose = zonedTime(p.y, p.m, p.d, close.h, close.m, timeZone)
    if (hours.days.includes(p.weekday) && cursor < dayClose) {
      const from = Math.max(cursor, dayOpen)
      if (from + remaining <= dayClose) return from + remaining
      remaining -= dayClose - from
    }
    // The next local day (noon avoids DST edges when stepping).
    const next = zonedTime(p.y, p.m, p.d, 12, 0, timeZone) + 24 * 60 * MIN
    const q = parts(next, timeZone)
    cursor = zonedTime(q.y, q.m, q.d, 0, 0, timeZone)
  }
  return start + durationMs
}
