import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakdown, breakdownByPeriod, type BucketGroupCounts, type GroupCounts } from './breakdown'

const g = (key: string | null, promoters: number, passives: number, detractors: number): GroupCounts => ({ key, promoters, passives, detractors })

describe('breakdown', () => {
  it('each group with n, NPS, interval and low-confidence flag, largest first', () => {
    const b = breakdown([g('ios', 2, 2, 1), g('web', 56, 51, 30), g(null, 0, 0, 3)])
    expect(b.groups.map((x) => [x.key, x.n, x.nps, x.lowConfidence, x.other])).toEqual([
      ['web', 137, 19, false, false],
      ['ios', 5, 20, true, false],
      [null, 3, -100, true, false],
    ])
    expect(b.groups[0].interval).toEqual([6.1, 31.9])
    expect(b.total).toMatchObject({ n: 145, promoters: 58, passives: 53, detractors: 34 })
    expect(b.groups[0].share).toBeCloseTo(137 / 145, 12)
  })
  it('merges rows with the same key; ties sort by key, null last', () => {
    const b = breakdown([g('b', 1, 0, 0), g('a', 0, 1, 0), g(null, 1, 0, 0), g('b', 0, 0, 1)])
    expect(b.groups.map((x) => [x.key, x.n])).toEqual([['b', 2], ['a', 1], [null, 1]])
  })
  it('gathers values past the limit into one "other" group', () => {
    const b = breakdown([g('5.1', 10, 0, 0), g('5.0', 8, 0, 0), g('4.9', 1, 0, 1), g('4.8', 0, 0, 1)], { limit: 2 })
    expect(b.groups.map((x) => [x.key, x.other, x.n, x.nps])).toEqual([['5.1', false, 10, 100], ['5.0', false, 8, 100], [null, true, 3, -33.3]])
  })
  it('nothing to break down', () => {
    expect(breakdown([])).toMatchObject({ total: { n: 0, nps: null }, groups: [] })
    expect(breakdown([g('web', 0, 0, 0)]).groups[0]).toMatchObject({ key: 'web', n: 0, nps: null, share: null, lowConfidence: true })
  })
})

const row = fc.record({ key: fc.option(fc.constantFrom('web', 'ios', 'android', 'b2b', 'vip', '__proto__')), promoters: fc.nat(500), passives: fc.nat(500), detractors: fc.nat(500) })

describe('breakdown properties', () => {
  it('group counts sum to the total, with or without a limit, and keys are unique', () => {
    fc.assert(
      fc.property(fc.array(row), fc.option(fc.nat(7), { nil: undefined }), (rows, limit) => {
        const b = breakdown(rows, { limit })
        for (const k of ['n', 'promoters', 'passives', 'detractors'] as const) expect(b.groups.reduce((s, x) => s + x[k], 0)).toBe(b.total[k])
        expect(b.total.n).toBe(rows.reduce((s, r) => s + r.promoters + r.passives + r.detractors, 0))
        const named = b.groups.filter((x) => !x.other).map((x) => x.key)
        expect(new Set(named).size).toBe(named.length)
        if (limit !== undefined) expect(named.length).toBeLessThanOrEqual(limit)
        for (const x of b.groups) if (x.n > 0) expect(x.interval![0] <= x.nps! && x.nps! <= x.interval![1]).toBe(true)
      }),
    )
  })
})

describe('breakdownByPeriod', () => {
  const c = (i: number, key: string | null, promoters: number, passives: number, detractors: number): BucketGroupCounts => ({ i, key, promoters, passives, detractors })

  it('cells per group and bucket; rows and columns add up to the totals', () => {
    const h = breakdownByPeriod(3, [c(0, 'VIP', 3, 0, 1), c(2, 'VIP', 1, 1, 0), c(0, 'B2C', 0, 1, 1), c(2, 'B2C', 2, 0, 3), c(2, 'B2C', 0, 0, 0)])
    expect(h.groups.map((g) => [g.key, g.n, g.cells.map((x) => [x.n, x.nps])])).toEqual([
      ['B2C', 7, [[2, -50], [0, null], [5, -20]]],
      ['VIP', 6, [[4, 50], [0, null], [2, 50]]],
    ])
    expect(h.periods.map((x) => [x.n, x.nps])).toEqual([[6, 16.7], [0, null], [7, 0]])
    expect(h.total).toMatchObject({ n: 13, nps: 7.7 })
  })

  it('the `other` row sums the cells of the values past the limit', () => {
    const h = breakdownByPeriod(2, [c(0, 'a', 5, 0, 0), c(1, 'b', 0, 0, 2), c(0, 'c', 1, 0, 0), c(1, null, 1, 0, 0)], { limit: 1 })
    expect(h.groups.map((g) => [g.key, g.other, g.cells.map((x) => x.n)])).toEqual([
      ['a', false, [5, 0]],
      [null, true, [1, 3]],
    ])
    expect(() => breakdownByPeriod(2, [c(2, 'a', 1, 0, 0)])).toThrow(RangeError)
  })

  it('property: every row sums to its group, every column to its period, all to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ i: fc.integer({ min: 0, max: 3 }), key: fc.constantFrom('a', 'b', 'c', null), promoters: fc.nat(20), passives: fc.nat(20), detractors: fc.nat(20) })),
        fc.integer({ min: 1, max: 4 }),
        (rows, limit) => {
          const h = breakdownByPeriod(4, rows, { limit })
          const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0)
          for (const g of h.groups) expect(sum(g.cells)).toBe(g.n)
          h.periods.forEach((p, i) => expect(sum(h.groups.map((g) => g.cells[i]))).toBe(p.n))
          expect(sum(h.periods)).toBe(h.total.n)
          expect(h.groups.map((g) => [g.key, g.n])).toEqual(breakdown(rows, { limit }).groups.map((g) => [g.key, g.n]))
        },
      ),
    )
  })
})
