import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bucketEdges, bucketIndex, bucketLabel, bucketStart, localDates, timeBuckets, type TimeUnit } from './buckets'
import { localDayRange } from './zone'

const H = 3_600_000
const KYIV = 'Europe/Kyiv'
const NY = 'America/New_York'

describe('bucketStart and bucketLabel', () => {
  it('day, week (Monday) and month in Kyiv around the spring-forward', () => {
    const t = Date.UTC(2026, 2, 29, 12) // Sunday 29 March, 15:00 +03
    expect(bucketStart(t, 'day', KYIV)).toBe(Date.UTC(2026, 2, 28, 22))
    expect(bucketLabel(t, 'day', KYIV)).toBe('2026-03-29')
    expect(bucketStart(t, 'week', KYIV)).toBe(Date.UTC(2026, 2, 22, 22))
    expect(bucketLabel(t, 'week', KYIV)).toBe('2026-W13')
    expect(bucketStart(t, 'month', KYIV)).toBe(Date.UTC(2026, 1, 28, 22))
    expect(bucketLabel(t, 'month', KYIV)).toBe('2026-03')
  })
  it('an instant that is the next day locally but not in UTC', () => {
    const t = Date.UTC(2026, 2, 31, 21, 30) // 1 April 00:30 in Kyiv
    expect(bucketLabel(t, 'day', KYIV)).toBe('2026-04-01')
    expect(bucketLabel(t, 'month', KYIV)).toBe('2026-04')
    expect(bucketLabel(t, 'month', 'UTC')).toBe('2026-03')
  })
  it('ISO weeks at year ends', () => {
    expect(bucketLabel(Date.UTC(2025, 11, 29, 12), 'week', 'UTC')).toBe('2026-W01') // Monday of the week holding 1 Jan 2026
    expect(bucketLabel(Date.UTC(2027, 0, 1, 12), 'week', 'UTC')).toBe('2026-W53')
    expect(bucketLabel(Date.UTC(2021, 0, 3, 12), 'week', 'UTC')).toBe('2020-W53')
    expect(bucketLabel(Date.UTC(2024, 11, 30, 12), 'week', 'UTC')).toBe('2025-W01')
  })
})

describe('timeBuckets', () => {
  it('New York days around the fall-back: 24, 25, 24 hours, each labelled', () => {
    const b = timeBuckets(Date.UTC(2026, 9, 31, 4), Date.UTC(2026, 10, 3, 5), 'day', NY)!
    expect(b.map((x) => x.label)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02'])
    expect(b.map((x) => (x.end - x.start) / H)).toEqual([24, 25, 24])
    expect(b.every((x) => !x.partial)).toBe(true)
  })
  it('Kyiv days around the spring-forward: a 23-hour day', () => {
    const b = timeBuckets(Date.UTC(2026, 2, 27, 22), Date.UTC(2026, 2, 30, 21), 'day', KYIV)!
    expect(b.map((x) => [x.label, (x.end - x.start) / H])).toEqual([['2026-03-28', 24], ['2026-03-29', 23], ['2026-03-30', 24]])
  })
  it('Kyiv fall-back (25 hours) and New York spring-forward (23 hours)', () => {
    const kyiv = timeBuckets(Date.UTC(2026, 9, 24, 21), Date.UTC(2026, 9, 25, 22), 'day', KYIV)!
    expect(kyiv.map((x) => [x.label, (x.end - x.start) / H, x.partial])).toEqual([['2026-10-25', 25, false]])
    const ny = timeBuckets(Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9, 4), 'day', NY)!
    expect(ny.map((x) => [x.label, (x.end - x.start) / H, x.partial])).toEqual([['2026-03-08', 23, false]])
  })
  it('a quarter given as local dates: three whole months, partial weeks at both ends', () => {
    const q = localDayRange('2026-01-01', '2026-03-31', KYIV)
    if (!q.ok) throw new Error(q.error)
    const { start, end } = q.value
    expect(timeBuckets(start, end, 'month', KYIV)!.map((x) => [x.label, x.partial])).toEqual([['2026-01', false], ['2026-02', false], ['2026-03', false]])
    const weeks = timeBuckets(start, end, 'week', KYIV)!
    expect(weeks.map((x) => x.label)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`))
    expect([weeks[0].partial, weeks[13].partial]).toEqual([true, true])
    expect(timeBuckets(start, end, 'day', KYIV)).toHaveLength(90)
  })
  it('lists empty periods too and clips the ends (partial)', () => {
    const b = timeBuckets(Date.UTC(2026, 0, 15), Date.UTC(2026, 3, 10), 'month', 'UTC')!
    expect(b.map((x) => [x.label, x.partial])).toEqual([['2026-01', true], ['2026-02', false], ['2026-03', false], ['2026-04', true]])
    expect(b[0].start).toBe(Date.UTC(2026, 0, 15))
    expect(b[3].end).toBe(Date.UTC(2026, 3, 10))
  })
  it('52 weeks of 2026 in Kyiv (DST twice inside)', () => {
    const b = timeBuckets(Date.UTC(2025, 11, 28, 22), Date.UTC(2026, 11, 27, 22), 'week', KYIV)!
    expect(b).toHaveLength(52)
    expect(b[0].label).toBe('2026-W01')
    expect(b[51].label).toBe('2026-W52')
    expect(b.filter((x) => x.end - x.start !== 168 * H).map((x) => [x.label, (x.end - x.start) / H])).toEqual([['2026-W13', 167], ['2026-W43', 169]])
  })
  it('empty for an empty or reversed range; null past the limit', () => {
    expect(timeBuckets(5, 5, 'day', 'UTC')).toEqual([])
    expect(timeBuckets(6, 5, 'day', 'UTC')).toEqual([])
    expect(timeBuckets(0, 10 * 86_400_000, 'day', 'UTC', 9)).toBeNull()
    expect(timeBuckets(0, 10 * 86_400_000, 'day', 'UTC', 10)).toHaveLength(10)
  })
  it('leaves out a day the zone skipped', () => {
    const b = timeBuckets(Date.UTC(2011, 11, 28, 10), Date.UTC(2011, 11, 31, 10), 'day', 'Pacific/Apia')!
    expect(b.map((x) => x.label)).toEqual(['2011-12-28', '2011-12-29', '2011-12-31'])
  })
})

describe('bucketIndex', () => {
  it('finds the half-open bucket by binary search', () => {
    const e = [0, 10, 20, 30]
    expect([-1, 0, 9, 10, 29, 30].map((t) => bucketIndex(e, t))).toEqual([-1, 0, 0, 1, 2, -1])
    expect(bucketIndex([], 0)).toBe(-1)
    expect(bucketIndex([5], 5)).toBe(-1)
    expect(bucketIndex(e, NaN)).toBe(-1)
  })
  it('places a million instants in 52 weekly buckets, each in one', () => {
    const edges = bucketEdges(timeBuckets(Date.UTC(2025, 11, 28, 22), Date.UTC(2026, 11, 27, 22), 'week', KYIV)!)
    const span = edges[52] - edges[0]
    const counts = new Array(52).fill(0)
    for (let i = 0; i < 1_000_000; i++) counts[bucketIndex(edges, edges[0] + ((i * 7919) % span))]++
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000_000)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000_000)
  })
})

const zones = fc.constantFrom('UTC', KYIV, NY, 'America/Havana', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia')
const units = fc.constantFrom<TimeUnit>('day', 'week', 'month')
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) })

describe('bucketing properties', () => {
  it('bucketStart is idempotent, at or before the instant, and keeps the label', () => {
    fc.assert(
      fc.property(instant, units, zones, (t, u, tz) => {
        const s = bucketStart(t, u, tz)
        expect(s).toBeLessThanOrEqual(t)
        expect(bucketStart(s, u, tz)).toBe(s)
        expect(bucketLabel(s, u, tz)).toBe(bucketLabel(t, u, tz))
      }),
    )
  })
  it('buckets partition the range: every instant falls in exactly one, the one bucketStart/bucketLabel name', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 120 * 86_400_000 }), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 20 }), units, zones, (start, len, fs, u, tz) => {
        const b = timeBuckets(start, start + len, u, tz)!
        const edges = bucketEdges(b)
        expect(edges[0]).toBe(start)
        expect(edges[edges.length - 1]).toBe(start + len)
        for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1])
        for (const f of fs) {
          const t = start + Math.floor(f * len)
          const i = bucketIndex(edges, t)
          expect(b.filter((x) => x.start <= t && t < x.end)).toHaveLength(1)
          expect(b[i].label).toBe(bucketLabel(t, u, tz))
          expect(b[i].start).toBe(Math.max(bucketStart(t, u, tz), start))
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('localDates', () => {
  it('the local dates a bucket covers, both included, across a DST change', () => {
    const weeks = timeBuckets(Date.UTC(2026, 2, 22, 22), Date.UTC(2026, 3, 5, 21), 'week', 'Europe/Kyiv')!
    expect(weeks.map((b) => [b.label, localDates(b, 'Europe/Kyiv')])).toEqual([
      ['2026-W13', { from: '2026-03-23', to: '2026-03-29' }],
      ['2026-W14', { from: '2026-03-30', to: '2026-04-05' }],
    ])
    const [month] = timeBuckets(Date.UTC(2026, 1, 10, 5), Date.UTC(2026, 1, 20, 5), 'month', 'America/New_York')!
    expect(localDates(month, 'America/New_York')).toEqual({ from: '2026-02-10', to: '2026-02-19' })
  })
})
