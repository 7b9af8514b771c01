import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDay, isTimeZone, localDay, localDayRange, offsetAt, parseDay, startOfDay } from './zone'

const H = 3_600_000
const day = (s: string) => {
  const d = parseDay(s)
  if (d === null) throw new Error(`bad date ${s}`)
  return d
}
const hoursIn = (s: string, tz: string) => (startOfDay(day(s) + 1, tz) - startOfDay(day(s), tz)) / H

describe('isTimeZone', () => {
  it.each(['UTC', 'Europe/Kyiv', 'Europe/Kiev', 'America/New_York', 'Asia/Kathmandu'])('knows %s', (tz) => expect(isTimeZone(tz)).toBe(true))
  it.each(['', 'Mars/Olympus', 'Europe/Kyiv ', 42, null, undefined])('rejects %o', (tz) => expect(isTimeZone(tz)).toBe(false))
})

describe('parseDay / formatDay', () => {
  it('reads strict real dates and writes them back', () => {
    expect(day('1970-01-01')).toBe(0)
    expect(formatDay(day('2026-03-29'))).toBe('2026-03-29')
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29')
  })
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-29', '26-03-29', '2026-03-29T00:00', ' 2026-03-29', '0999-01-01'])(
    'refuses %s',
    (s) => expect(parseDay(s)).toBeNull(),
  )
})

describe('startOfDay across DST', () => {
  it('Kyiv spring-forward (29 March 2026, 03:00 → 04:00): a 23-hour day starting at +02', () => {
    expect(startOfDay(day('2026-03-29'), 'Europe/Kyiv')).toBe(Date.UTC(2026, 2, 28, 22))
    expect(startOfDay(day('2026-03-30'), 'Europe/Kyiv')).toBe(Date.UTC(2026, 2, 29, 21))
    expect(hoursIn('2026-03-29', 'Europe/Kyiv')).toBe(23)
  })
  it('Kyiv fall-back (25 October 2026, 04:00 → 03:00): a 25-hour day', () => {
    expect(startOfDay(day('2026-10-25'), 'Europe/Kyiv')).toBe(Date.UTC(2026, 9, 24, 21))
    expect(hoursIn('2026-10-25', 'Europe/Kyiv')).toBe(25)
    expect(hoursIn('2026-10-26', 'Europe/Kyiv')).toBe(24)
  })
  it('New York spring-forward (8 March 2026) and fall-back (1 November 2026)', () => {
    expect(startOfDay(day('2026-03-08'), 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5))
    expect(hoursIn('2026-03-08', 'America/New_York')).toBe(23)
    expect(startOfDay(day('2026-11-01'), 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 4))
    expect(hoursIn('2026-11-01', 'America/New_York')).toBe(25)
  })
  it('a midnight that does not exist (Havana jumps 00:00 → 01:00): the day starts at the jump', () => {
    const s = startOfDay(day('2026-03-08'), 'America/Havana')
    expect(s).toBe(Date.UTC(2026, 2, 8, 5))
    expect(formatDay(localDay(s, 'America/Havana'))).toBe('2026-03-08')
    expect(formatDay(localDay(s - 1, 'America/Havana'))).toBe('2026-03-07')
  })
  it('a day the zone skipped (Samoa, 30 December 2011) is empty', () => {
    expect(hoursIn('2011-12-30', 'Pacific/Apia')).toBe(0)
    expect(hoursIn('2011-12-29', 'Pacific/Apia')).toBe(24)
  })
  it('half-hour and 45-minute zones', () => {
    expect(startOfDay(day('2026-03-29'), 'Asia/Kolkata')).toBe(Date.UTC(2026, 2, 28, 18, 30))
    expect(startOfDay(day('2026-03-29'), 'Asia/Kathmandu')).toBe(Date.UTC(2026, 2, 28, 18, 15))
    expect(offsetAt(Date.UTC(2026, 6, 1), 'Europe/Kyiv')).toBe(3 * H)
  })
})

const zones = fc.constantFrom('UTC', 'Europe/Kyiv', 'America/New_York', 'America/Havana', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'America/Sao_Paulo')
const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })

describe('startOfDay / localDay properties', () => {
  it('every instant lies in its own local day: start <= t < start of the next day', () => {
    fc.assert(
      fc.property(instants, zones, (t, tz) => {
        const d = localDay(t, tz)
        expect(startOfDay(d, tz)).toBeLessThanOrEqual(t)
        expect(startOfDay(d + 1, tz)).toBeGreaterThan(t)
      }),
    )
  })
  it('a day starts on that day (unless skipped) and the instant before is an earlier day', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2040-01-01') }), zones, (d, tz) => {
        const s = startOfDay(d, tz)
        expect(localDay(s, tz)).toBeGreaterThanOrEqual(d)
        expect(localDay(s - 1, tz)).toBeLessThan(d)
      }),
    )
  })
})

describe('localDayRange', () => {
  it('turns inclusive local dates into a half-open instant range', () => {
    expect(localDayRange('2026-01-01', '2026-03-31', 'Europe/Kyiv')).toEqual({
      ok: true,
      value: { start: Date.UTC(2025, 11, 31, 22), end: Date.UTC(2026, 2, 31, 21) },
    })
    expect(localDayRange('2026-03-29', '2026-03-29', 'UTC')).toEqual({ ok: true, value: { start: Date.UTC(2026, 2, 29), end: Date.UTC(2026, 2, 30) } })
  })
  it('says what is wrong instead of throwing', () => {
    expect(localDayRange('2026-02-30', '2026-03-01', 'UTC')).toEqual({ ok: false, error: 'invalid_date' })
    expect(localDayRange('2026-01-01', '2026-03-01', 'Nowhere/Land')).toEqual({ ok: false, error: 'invalid_time_zone' })
    expect(localDayRange('2026-03-02', '2026-03-01', 'UTC')).toEqual({ ok: false, error: 'reversed_range' })
  })
})
