import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Counts } from '../nps'
import { comparePeriods } from './compare'

const c = (promoters: number, passives: number, detractors: number): Counts => ({ promoters, passives, detractors })

describe('comparePeriods', () => {
  it('a significant drop (golden cases +60 → +40)', () => {
    expect(comparePeriods(c(70, 20, 10), c(85, 40, 25))).toMatchObject({ difference: -20, marginOfError: 17.8, interval: [-37.8, -2.2], significant: true, lowConfidence: false })
  })
  it('a change within the noise: +40 → +45 on 150 and 100 answers', () => {
    const r = comparePeriods(c(85, 40, 25), c(65, 15, 20))
    expect(r.difference).toBe(5)
    expect(r.interval![0]).toBeLessThan(0)
    expect(r.significant).toBe(false)
  })
  it('the interval matches the method by hand: diff ± 1.96·√(var_a + var_b)·100', () => {
    const v = (p: number, d: number, n: number) => (p / n + d / n - (p / n - d / n) ** 2) / n
    const moe = 1.96 * Math.sqrt(v(56, 30, 137) + v(70, 10, 100)) * 100
    const r = comparePeriods(c(56, 51, 30), c(70, 20, 10))
    expect(r.marginOfError).toBeCloseTo(moe, 1)
    expect(r.difference).toBeCloseTo(60 - (26 * 100) / 137, 1)
  })
  it('a side without answers: both figures shown, no difference, not significant', () => {
    for (const r of [comparePeriods(c(0, 0, 0), c(10, 0, 0)), comparePeriods(c(10, 0, 0), c(0, 0, 0)), comparePeriods(c(0, 0, 0), c(0, 0, 0))]) {
      expect(r).toMatchObject({ difference: null, marginOfError: null, interval: null, significant: false, lowConfidence: true })
    }
    expect(comparePeriods(c(0, 0, 0), c(10, 0, 0)).b.nps).toBe(100)
  })
  it('low confidence when either side is under 30', () => {
    expect(comparePeriods(c(20, 5, 4), c(300, 100, 100)).lowConfidence).toBe(true)
    expect(comparePeriods(c(20, 5, 5), c(300, 100, 100)).lowConfidence).toBe(false)
  })
})

const counts = fc.record({ promoters: fc.nat(2000), passives: fc.nat(2000), detractors: fc.nat(2000) })

describe('comparePeriods properties', () => {
  it('the interval contains the difference; significant exactly when it excludes 0', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const r = comparePeriods(a, b)
        if (r.interval === null) {
          expect(r.significant).toBe(false)
          return
        }
        expect(r.interval[0]).toBeLessThanOrEqual(r.difference!)
        expect(r.interval[1]).toBeGreaterThanOrEqual(r.difference!)
        expect(r.significant).toBe(r.interval[0] > 0 || r.interval[1] < 0)
      }),
    )
  })
  it('swapping the sides mirrors the result', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const [ab, ba] = [comparePeriods(a, b), comparePeriods(b, a)]
        expect(ba.significant).toBe(ab.significant)
        if (ab.difference === null) {
          expect(ba.difference).toBeNull()
          return
        }
        expect(ba.difference).toBe(ab.difference === 0 ? 0 : -ab.difference)
        expect(ba.interval).toEqual([ab.interval![1] === 0 ? 0 : -ab.interval![1], ab.interval![0] === 0 ? 0 : -ab.interval![0]])
      }),
    )
  })
  it('a side compared with itself is never significant', () => {
    fc.assert(
      fc.property(counts, (a) => {
        expect(comparePeriods(a, a).significant).toBe(false)
      }),
    )
  })
})
