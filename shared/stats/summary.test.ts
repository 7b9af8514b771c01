import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addTallies, emptyTally, summarizePeriod, type PeriodTally } from './summary'

describe('summarizePeriod', () => {
  it('a golden case with exclusions, displays and dismissals', () => {
    const s = summarizePeriod({ promoters: 56, passives: 51, detractors: 30, excluded: { too_fast: 3, preview: 2, duplicate: 0 }, displays: 1000, dismissals: 120 })
    expect(s).toMatchObject({
      n: 137,
      promoters: 56,
      passives: 51,
      detractors: 30,
      nps: 19,
      npsRounded: 19,
      interval: [6.1, 31.9],
      lowConfidence: false,
      excluded: { total: 5, byReason: { preview: 2, too_fast: 3 } },
      displays: 1000,
      answers: 142,
      dismissals: 120,
      // The 2 previews had no display: 140 responses to 1,000 displays.
      responseRate: 14,
      dismissRate: 12,
    })
    expect(Object.keys(s.excluded.byReason)).toEqual(['preview', 'too_fast'])
    expect(s.promoterShare! + s.passiveShare! + s.detractorShare!).toBeCloseTo(1, 12)
  })
  it('low confidence below 30; nulls, not zeros, without data', () => {
    expect(summarizePeriod({ ...emptyTally(), promoters: 2, passives: 2, detractors: 1, displays: 9 })).toMatchObject({ n: 5, nps: 20, lowConfidence: true })
    const empty = summarizePeriod(emptyTally())
    expect(empty).toMatchObject({ n: 0, nps: null, interval: null, lowConfidence: true, answers: 0, responseRate: null, dismissRate: null })
    expect(empty.excluded).toEqual({ total: 0, byReason: {} })
  })
  it('keeps a reason named __proto__ as a plain key', () => {
    const t = addTallies({ ...emptyTally(), excluded: JSON.parse('{"__proto__": 2}') }, { ...emptyTally(), excluded: JSON.parse('{"__proto__": 3}') })
    expect(Object.getPrototypeOf(t.excluded)).toBe(Object.prototype)
    expect(summarizePeriod(t).excluded).toEqual({ total: 5, byReason: JSON.parse('{"__proto__": 5}') })
  })
  it('rejects corrupt counts as a programming error', () => {
    expect(() => summarizePeriod({ ...emptyTally(), displays: -1 })).toThrow(RangeError)
    expect(() => summarizePeriod({ ...emptyTally(), excluded: { too_fast: 1.5 } })).toThrow(RangeError)
    expect(() => summarizePeriod({ ...emptyTally(), promoters: NaN })).toThrow(RangeError)
  })
})

const k = fc.nat({ max: 5000 })
const tally: fc.Arbitrary<PeriodTally> = fc.record({
  promoters: k,
  passives: k,
  detractors: k,
  excluded: fc.dictionary(fc.constantFrom('preview', 'duplicate', 'too_fast', 'bot_user_agent', 'other'), k),
  displays: k,
  dismissals: k,
})

describe('tallies of disjoint periods add up', () => {
  it('merging gives counts, exclusions, answers and displays that are the sums', () => {
    fc.assert(
      fc.property(tally, tally, (a, b) => {
        const [sa, sb, sm] = [summarizePeriod(a), summarizePeriod(b), summarizePeriod(addTallies(a, b))]
        for (const key of ['n', 'promoters', 'passives', 'detractors', 'answers', 'displays', 'dismissals'] as const) expect(sm[key]).toBe(sa[key] + sb[key])
        expect(sm.excluded.total).toBe(sa.excluded.total + sb.excluded.total)
        for (const r of new Set([...Object.keys(sa.excluded.byReason), ...Object.keys(sb.excluded.byReason)]))
          expect(sm.excluded.byReason[r]).toBe((sa.excluded.byReason[r] ?? 0) + (sb.excluded.byReason[r] ?? 0))
        expect(addTallies(a, b)).toEqual(addTallies(b, a))
        expect(addTallies(a, emptyTally())).toEqual({ ...a, excluded: { ...a.excluded } })
      }),
    )
  })
  it('the merged NPS lies between the two (it is a weighted mean)', () => {
    fc.assert(
      fc.property(tally, tally, (a, b) => {
        const [sa, sb, sm] = [summarizePeriod(a), summarizePeriod(b), summarizePeriod(addTallies(a, b))]
        fc.pre(sa.n > 0 && sb.n > 0)
        expect(sm.nps!).toBeGreaterThanOrEqual(Math.min(sa.nps!, sb.nps!) - 0.1)
        expect(sm.nps!).toBeLessThanOrEqual(Math.max(sa.nps!, sb.nps!) + 0.1)
      }),
    )
  })
  it('the interval contains the NPS and answers = n + excluded', () => {
    fc.assert(
      fc.property(tally, (t) => {
        const s = summarizePeriod(t)
        expect(s.answers).toBe(s.n + s.excluded.total)
        if (s.n > 0) {
          expect(s.interval![0]).toBeLessThanOrEqual(s.nps!)
          expect(s.interval![1]).toBeGreaterThanOrEqual(s.nps!)
        }
      }),
    )
  })
})
