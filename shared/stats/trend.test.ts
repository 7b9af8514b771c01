import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { timeBuckets } from './buckets'
import { countsByBucket, trend, type TimedCounts } from './trend'

const KYIV = 'Europe/Kyiv'
const march = timeBuckets(Date.UTC(2026, 2, 22, 22), Date.UTC(2026, 3, 5, 21), 'week', KYIV)!

describe('trend', () => {
  it('one point per bucket with n, NPS and interval; empty buckets show n = 0', () => {
    const points = trend(march, [{ promoters: 70, passives: 20, detractors: 10 }])
    expect(points.map((p) => [p.label, p.n, p.nps])).toEqual([['2026-W13', 100, 60], ['2026-W14', 0, null]])
    expect(points[0]).toMatchObject({ interval: [47, 73], lowConfidence: false, partial: false })
    expect(points[1]).toMatchObject({ interval: null, lowConfidence: true })
  })
})

describe('countsByBucket', () => {
  it('places answers by their local week (Sunday 23:30 Kyiv is still that week)', () => {
    const rows: TimedCounts[] = [
      { at: Date.UTC(2026, 2, 29, 20, 30), promoters: 1, passives: 0, detractors: 0 }, // Sun 29 Mar 23:30 +03
      { at: Date.UTC(2026, 2, 29, 21, 0), promoters: 0, passives: 0, detractors: 1 }, // Mon 30 Mar 00:00 +03
      { at: Date.UTC(2026, 3, 5, 21, 0), promoters: 5, passives: 0, detractors: 0 }, // past the range
    ]
    expect(countsByBucket(march, rows)).toEqual([
      { promoters: 1, passives: 0, detractors: 0 },
      { promoters: 0, passives: 0, detractors: 1 },
    ])
  })
  it('every row in range lands in exactly one bucket: totals are kept', () => {
    const start = march[0].start
    const end = march[march.length - 1].end
    const row = fc.record({ at: fc.integer({ min: start, max: end - 1 }), promoters: fc.nat(50), passives: fc.nat(50), detractors: fc.nat(50) })
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const c = countsByBucket(march, rows)
        for (const k of ['promoters', 'passives', 'detractors'] as const) expect(c.reduce((s, x) => s + x[k], 0)).toBe(rows.reduce((s, x) => s + x[k], 0))
      }),
    )
  })
  it('15-minute slots in a +05:45 zone never straddle a day edge', () => {
    const tz = 'Asia/Kathmandu'
    const days = timeBuckets(Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1), 'day', tz)!
    for (const d of days) if (!d.partial) expect(d.start % 900_000).toBe(0)
  })
})
