import { describe, expect, it } from 'vitest'
import { addWorkingTime, zonedTime } from './sla'

const H = 3_600_000
const week = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }

describe('SLA deadlines', () => {
  it('counts wall-clock time without business hours', () => {
    expect(addWorkingTime(1000, H, null, 'UTC')).toBe(1000 + H)
  })

  it('counts only business hours, across nights and weekends', () => {
    // Friday 2026-01-16 17:00 UTC + 2 h of work → Monday 10:00.
    expect(addWorkingTime(Date.UTC(2026, 0, 16, 17), 2 * H, week, 'UTC')).toBe(Date.UTC(2026, 0, 19, 10))
    // Saturday → Monday 09:00 + 1 h.
    expect(addWorkingTime(Date.UTC(2026, 0, 17, 12), H, week, 'UTC')).toBe(Date.UTC(2026, 0, 19, 10))
    // Before opening: starts at 09:00.
    expect(addWorkingTime(Date.UTC(2026, 0, 15, 6), 30 * 60_000, week, 'UTC')).toBe(Date.UTC(2026, 0, 15, 9, 30))
    // 24 h of working time is 2 days and 6 h of 9-hour days.
    expect(addWorkingTime(Date.UTC(2026, 0, 12, 9), 24 * H, week, 'UTC')).toBe(Date.UTC(2026, 0, 14, 15))
  })

  it('follows the project time zone, daylight saving included', () => {
    // Kyiv is UTC+2 in January: 09:00 local is 07:00 UTC.
    expect(addWorkingTime(Date.UTC(2026, 0, 15, 5), H, week, 'Europe/Kyiv')).toBe(Date.UTC(2026, 0, 15, 8))
    // New York switches to summer time on Sunday 2026-03-08: Friday 17:30 EST + 1 h → Monday 09:30 EDT (13:30 UTC).
    expect(addWorkingTime(Date.UTC(2026, 2, 6, 22, 30), H, week, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 13, 30))
    expect(zonedTime(2026, 7, 1, 9, 0, 'Europe/Kyiv')).toBe(Date.UTC(2026, 6, 1, 6))
  })
})
