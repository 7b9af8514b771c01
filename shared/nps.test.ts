import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bucket,
  compare,
  isScore,
  npsFromCounts,
  responseRate,
  summarize,
  type Counts,
  type NpsResult,
  type ScoredResponse,
  type SurveyKind,
} from './nps'

// ---------------------------------------------------------------------------------------
// Helpers and arbitraries. Expected values are computed here, independently of nps.ts.
// ---------------------------------------------------------------------------------------

/** Bucket by lookup table (index = score), not by the comparisons bucket() uses. */
const TABLE = ['d', 'd', 'd', 'd', 'd', 'd', 'd', 'pa', 'pa', 'p', 'p'] as const

/** Build concrete responses with varied scores from counts (promoters 9/10, passives 7/8, detractors 0..6). */
function responsesFrom(c: Counts, kind: SurveyKind = 'transactional'): ScoredResponse[] {
  const out: ScoredResponse[] = []
  for (let i = 0; i < c.promoters; i++) out.push({ score: 9 + (i % 2), kind })
  for (let i = 0; i < c.passives; i++) out.push({ score: 7 + (i % 2), kind })
  for (let i = 0; i < c.detractors; i++) out.push({ score: i % 7, kind })
  return out
}

/** Negate without producing −0 (toEqual tells 0 and −0 apart). */
const neg = (x: number) => (x === 0 ? 0 : -x)

/** No NaN or ±Infinity anywhere in a result. */
function allFinite(r: object): boolean {
  return Object.values(r).every((v) =>
    v === null || typeof v === 'boolean' ? true : Array.isArray(v) ? v.every(Number.isFinite) : typeof v === 'number' ? Number.isFinite(v) : allFinite(v),
  )
}

const count = fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: 1_000_000_000 }))
const counts: fc.Arbitrary<Counts> = fc.record({ promoters: count, passives: count, detractors: count })
const nonEmptyCounts = counts.filter((c) => c.promoters + c.passives + c.detractors > 0)
const smallCount = fc.nat({ max: 300 })
const smallCounts = fc
  .record({ promoters: smallCount, passives: smallCount, detractors: smallCount })
  .filter((c) => c.promoters + c.passives + c.detractors > 0)

const response = (kind: fc.Arbitrary<SurveyKind>) =>
  fc.record(
    { score: fc.integer({ min: 0, max: 10 }), kind, flagged: fc.boolean(), incentivized: fc.boolean() },
    { requiredKeys: ['score', 'kind'] },
  )
const transactional = response(fc.constant('transactional' as const))
const oneKindResponses = fc.oneof(fc.array(transactional), fc.array(response(fc.constant('relational' as const))))
const options = fc.record({ includeFlagged: fc.boolean(), includeIncentivized: fc.boolean() }, { requiredKeys: [] })

function ok(rs: ScoredResponse[], opts?: Parameters<typeof summarize>[1]) {
  const s = summarize(rs, opts)
  if (!s.ok) throw new Error(`expected ok, got ${s.error}`)
  return s.result
}

// ---------------------------------------------------------------------------------------
// Scores and buckets
// ---------------------------------------------------------------------------------------

describe('isScore', () => {
  it('accepts exactly the whole numbers 0..10', () => {
    for (let s = 0; s <= 10; s++) expect(isScore(s), String(s)).toBe(true)
  })

  it.each([10.5, '7', -1, 11, NaN, Infinity, -Infinity, 0.5, 9.999999, 1e-300, null, undefined, true, 7n, [7], {}, new Number(7)])(
    'rejects %o',
    (x) => expect(isScore(x)).toBe(false),
  )

  it('never throws, and agrees with membership in {0..10} for any value', () => {
    const valid: unknown[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.integer({ min: -20, max: 20 })), (x) => {
        expect(isScore(x)).toBe(valid.includes(x))
      }),
    )
  })
})

describe('bucket', () => {
  it('puts 0–6 in detractor, 7–8 in passive, 9–10 in promoter (boundaries included)', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => bucket(s as 0))).toEqual([
      ...Array(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ])
  })
})

// ---------------------------------------------------------------------------------------
// Golden cases
// ---------------------------------------------------------------------------------------

describe('golden cases', () => {
  const golden = [
    { responses: 150, promoters: 85, passives: 40, detractors: 25, nps: 40, npsRounded: 40, lowConfidence: false },
    { responses: 100, promoters: 70, passives: 20, detractors: 10, nps: 60, npsRounded: 60, lowConfidence: false },
    // 26 / 137 = 18.978… → 19.0 to one decimal, 19 whole.
    { responses: 137, promoters: 56, passives: 51, detractors: 30, nps: 19.0, npsRounded: 19, lowConfidence: false },
    { responses: 5, promoters: 2, passives: 2, detractors: 1, nps: 20, npsRounded: 20, lowConfidence: true },
    { responses: 100, promoters: 65, passives: 15, detractors: 20, nps: 45, npsRounded: 45, lowConfidence: false },
  ]

  it.each(golden)('$responses responses, $promoters/$passives/$detractors → NPS $nps', (g) => {
    expect(g.promoters + g.passives + g.detractors).toBe(g.responses) // the table itself adds up
    const fromCounts = npsFromCounts(g)
    expect(fromCounts).toMatchObject({
      n: g.responses,
      promoters: g.promoters,
      passives: g.passives,
      detractors: g.detractors,
      nps: g.nps,
      npsRounded: g.npsRounded,
      lowConfidence: g.lowConfidence,
    })
    expect(fromCounts.promoterShare).toBeCloseTo(g.promoters / g.responses, 12)
    expect(fromCounts.detractorShare).toBeCloseTo(g.detractors / g.responses, 12)
    // The same figure from individual responses.
    expect(ok(responsesFrom(g))).toEqual({ ...fromCounts, excluded: { flagged: 0, incentivized: 0 } })
  })

  it('reports 26/137 as 19 and not as the unrounded 18.978…', () => {
    const r = npsFromCounts({ promoters: 56, passives: 51, detractors: 30 })
    expect(r.nps).toBe(19)
    expect(r.nps).not.toBeCloseTo((26 / 137) * 100, 2)
  })

  it('margin of error, 150 responses (85/40/25), computed by hand', () => {
    const n = 150
    const p = 85 / n // 0.5667
    const d = 25 / n // 0.1667
    const variance = (p + d - (p - d) ** 2) / n // (0.7333 − 0.16) / 150 = 0.003822
    const moe = 1.96 * Math.sqrt(variance) * 100 // 1.96 · 0.06182 · 100 = 12.12
    expect(moe).toBeCloseTo(12.12, 2)
    const r = npsFromCounts({ promoters: 85, passives: 40, detractors: 25 })
    expect(r.marginOfError).toBeCloseTo(moe, 1)
    expect(r.marginOfError).toBe(12.1)
    expect(r.interval).toEqual([27.9, 52.1]) // 40 ∓ 12.12
  })

  it('margin of error, 137 responses (56/51/30), computed by hand', () => {
    const n = 137
    const p = 56 / n // 0.4088
    const d = 30 / n // 0.2190
    const variance = (p + d - (p - d) ** 2) / n // (0.6277 − 0.0360) / 137 = 0.004319
    const moe = 1.96 * Math.sqrt(variance) * 100 // 1.96 · 0.06572 · 100 = 12.88
    expect(moe).toBeCloseTo(12.88, 2)
    const r = npsFromCounts({ promoters: 56, passives: 51, detractors: 30 })
    expect(r.marginOfError).toBeCloseTo(moe, 1)
    expect(r.interval).toEqual([6.1, 31.9]) // 18.978 ∓ 12.88, from the exact NPS, not from 19
  })

  it('margin of error, 5 responses (2/2/1), computed by hand; low confidence', () => {
    const n = 5
    const p = 2 / n
    const d = 1 / n
    const moe = 1.96 * Math.sqrt((p + d - (p - d) ** 2) / n) * 100 // 1.96 · √(0.56/5) · 100 = 65.59
    expect(moe).toBeCloseTo(65.59, 2)
    const r = npsFromCounts({ promoters: 2, passives: 2, detractors: 1 })
    expect(r.marginOfError).toBeCloseTo(moe, 1)
    expect(r.interval).toEqual([-45.6, 85.6])
    expect(r.lowConfidence).toBe(true)
  })

  it('centres the interval on the exact NPS, not on the one-decimal figure', () => {
    // 25 promoters, 5 passives: NPS 83.333… (reported 83.3), margin 1.96 · √((0.8333 − 0.6944)/30) · 100 = 13.336.
    const exact = (25 / 30) * 100
    const moe = 1.96 * Math.sqrt((25 / 30 - (25 / 30) ** 2) / 30) * 100
    expect(moe).toBeCloseTo(13.336, 3)
    const r = npsFromCounts({ promoters: 25, passives: 5, detractors: 0 })
    expect(r.nps).toBe(83.3)
    expect(r.interval).toEqual([70, 96.7]) // 83.333 + 13.336 = 96.669; 83.3 + 13.336 would give 96.6
    expect(r.interval![1]).toBeCloseTo(exact + moe, 1)
  })

  it('clamps the interval to −100..100 but not the margin', () => {
    // 4 promoters, 1 detractor: NPS 60, margin 1.96 · √((1 − 0.36)/5) · 100 = 70.12.
    const r = npsFromCounts({ promoters: 4, passives: 0, detractors: 1 })
    expect(r.nps).toBe(60)
    expect(r.marginOfError).toBe(70.1)
    expect(r.interval).toEqual([-10.1, 100])
    expect(npsFromCounts({ promoters: 1, passives: 0, detractors: 4 }).interval).toEqual([-100, 10.1])
  })
})

// ---------------------------------------------------------------------------------------
// Edges
// ---------------------------------------------------------------------------------------

describe('edges', () => {
  it('with no responses NPS is null, not 0 and not NaN', () => {
    const r = npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })
    expect(r).toMatchObject({ n: 0, nps: null, npsRounded: null, marginOfError: null, interval: null, promoterShare: null, lowConfidence: true })
    expect(allFinite(r)).toBe(true)
    expect(ok([])).toMatchObject({ n: 0, nps: null, excluded: { flagged: 0, incentivized: 0 } })
    // Everything excluded is also "no responses".
    expect(ok([{ score: 10, kind: 'relational', flagged: true }])).toMatchObject({ n: 0, nps: null, excluded: { flagged: 1, incentivized: 0 } })
  })

  it('all passives is 0, not null', () => {
    expect(npsFromCounts({ promoters: 0, passives: 3, detractors: 0 })).toMatchObject({ nps: 0, npsRounded: 0, interval: [0, 0] })
  })

  it('labels fewer than 30 responses low confidence, 30 and more not', () => {
    expect(npsFromCounts({ promoters: 29, passives: 0, detractors: 0 }).lowConfidence).toBe(true)
    expect(npsFromCounts({ promoters: 10, passives: 10, detractors: 10 }).lowConfidence).toBe(false)
  })

  it('rounds to one decimal and to a whole number half away from zero, from the exact value', () => {
    expect(npsFromCounts({ promoters: 2, passives: 1, detractors: 0 })).toMatchObject({ nps: 66.7, npsRounded: 67 })
    // 1/8 = 12.5 % exactly: whole-number rounding goes away from zero on both sides.
    expect(npsFromCounts({ promoters: 1, passives: 7, detractors: 0 })).toMatchObject({ nps: 12.5, npsRounded: 13 })
    expect(npsFromCounts({ promoters: 0, passives: 7, detractors: 1 })).toMatchObject({ nps: -12.5, npsRounded: -13 })
    // 49/400 = 12.25 % exactly → 12.3 (and −12.3), not 12.2.
    expect(npsFromCounts({ promoters: 49, passives: 351, detractors: 0 }).nps).toBe(12.3)
    expect(npsFromCounts({ promoters: 0, passives: 351, detractors: 49 }).nps).toBe(-12.3)
    // 1 / 2001 = 0.04998 % → 0, never −0.
    expect(Object.is(npsFromCounts({ promoters: 0, passives: 2000, detractors: 1 }).nps, 0)).toBe(true)
  })

  it('refuses impossible counts loudly', () => {
    expect(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(RangeError)
    expect(() => npsFromCounts({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError)
    expect(() => npsFromCounts({ promoters: NaN, passives: 0, detractors: 0 })).toThrow(RangeError)
  })
})

// ---------------------------------------------------------------------------------------
// summarize: exclusions and kinds
// ---------------------------------------------------------------------------------------

describe('summarize', () => {
  const t = (score: number, extra: Partial<ScoredResponse> = {}): ScoredResponse => ({ score, kind: 'transactional', ...extra })

  it('leaves flagged and incentivized responses out by default and says how many', () => {
    const rs = [t(10), t(9), t(3), t(0, { flagged: true }), t(1, { flagged: true }), t(10, { incentivized: true })]
    const r = ok(rs)
    expect(r).toMatchObject({ n: 3, promoters: 2, detractors: 1, nps: 33.3, excluded: { flagged: 2, incentivized: 1 } })
    expect(ok(rs, { includeFlagged: true })).toMatchObject({ n: 5, nps: -20, excluded: { flagged: 0, incentivized: 1 } })
    expect(ok(rs, { includeIncentivized: true })).toMatchObject({ n: 4, nps: 50, excluded: { flagged: 2, incentivized: 0 } })
    expect(ok(rs, { includeFlagged: true, includeIncentivized: true })).toMatchObject({ n: 6, excluded: { flagged: 0, incentivized: 0 } })
  })

  it('counts a flagged and incentivized response once', () => {
    const rs = [t(10), t(10, { flagged: true, incentivized: true })]
    expect(ok(rs).excluded).toEqual({ flagged: 1, incentivized: 0 })
    expect(ok(rs, { includeFlagged: true }).excluded).toEqual({ flagged: 0, incentivized: 1 })
    expect(ok(rs, { includeIncentivized: true }).excluded).toEqual({ flagged: 1, incentivized: 0 })
  })

  it('refuses to mix transactional and relational responses, even excluded ones', () => {
    expect(summarize([t(10), { score: 9, kind: 'relational' }])).toEqual({ ok: false, error: 'mixed_kinds' })
    expect(summarize([t(10), { score: 9, kind: 'relational', flagged: true }])).toEqual({ ok: false, error: 'mixed_kinds' })
    expect(summarize([{ score: 9, kind: 'relational' }, { score: 2, kind: 'relational' }]).ok).toBe(true)
  })

  it.each([10.5, -1, 11, NaN, '7' as unknown as number])('refuses a stored score of %o instead of dropping it', (score) => {
    expect(summarize([t(10), t(score)])).toEqual({ ok: false, error: 'invalid_score' })
    expect(summarize([t(10), t(score, { flagged: true })])).toEqual({ ok: false, error: 'invalid_score' })
  })

  it('property: any mix of both kinds is an error value, never a figure', () => {
    fc.assert(
      fc.property(
        fc.array(transactional, { minLength: 1 }),
        fc.array(response(fc.constant('relational' as const)), { minLength: 1 }),
        fc.nat(),
        options,
        (a, b, at, opts) => {
          const rs = [...a]
          rs.splice(at % (rs.length + 1), 0, ...b)
          expect(summarize(rs, opts)).toEqual({ ok: false, error: 'mixed_kinds' })
        },
      ),
    )
  })

  it('property: excluded counts + n = number of responses given', () => {
    fc.assert(
      fc.property(oneKindResponses, options, (rs, opts) => {
        const r = ok(rs, opts)
        expect(r.n + r.excluded.flagged + r.excluded.incentivized).toBe(rs.length)
        if (opts.includeFlagged) expect(r.excluded.flagged).toBe(0)
        if (opts.includeIncentivized) expect(r.excluded.incentivized).toBe(0)
        if (!opts.includeFlagged) expect(r.excluded.flagged).toBe(rs.filter((x) => x.flagged).length)
      }),
    )
  })

  it('property: agrees with bucket counts done by lookup table', () => {
    fc.assert(
      fc.property(oneKindResponses, options, (rs, opts) => {
        const kept = rs.filter((x) => (opts.includeFlagged || !x.flagged) && (opts.includeIncentivized || !x.incentivized))
        const c = { promoters: 0, passives: 0, detractors: 0 }
        for (const x of kept) {
          const b = TABLE[x.score]
          if (b === 'p') c.promoters++
          else if (b === 'pa') c.passives++
          else c.detractors++
        }
        const r = ok(rs, opts)
        expect(r).toMatchObject(c)
        if (kept.length === 0) expect(r.nps).toBeNull()
        else expect(Math.abs(r.nps! - ((c.promoters - c.detractors) / kept.length) * 100)).toBeLessThanOrEqual(0.05 + 1e-9)
        expect(r).toEqual({ ...npsFromCounts(c), excluded: r.excluded })
      }),
    )
  })

  it('property: permuting the responses does not change the result', () => {
    fc.assert(
      fc.property(
        oneKindResponses.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        options,
        ([rs, shuffled], opts) => {
          expect(shuffled).toHaveLength(rs.length)
          expect(summarize(shuffled, opts)).toEqual(summarize(rs, opts))
        },
      ),
    )
  })
})

// ---------------------------------------------------------------------------------------
// Properties of the figure itself
// ---------------------------------------------------------------------------------------

describe('npsFromCounts properties', () => {
  it('NPS stays within −100..100, with no NaN anywhere', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const r = npsFromCounts(c)
        expect(allFinite(r)).toBe(true)
        if (r.n === 0) return expect(r.nps).toBeNull()
        expect(r.nps).toBeGreaterThanOrEqual(-100)
        expect(r.nps).toBeLessThanOrEqual(100)
        expect(Math.abs(r.npsRounded! - r.nps!)).toBeLessThanOrEqual(0.5 + 1e-9)
        expect(r.promoterShare! + r.passiveShare! + r.detractorShare!).toBeCloseTo(1, 9)
      }),
    )
  })

  it('the interval contains the NPS and stays within −100..100', () => {
    fc.assert(
      fc.property(nonEmptyCounts, (c) => {
        const r = npsFromCounts(c)
        const [lo, hi] = r.interval!
        expect(lo).toBeGreaterThanOrEqual(-100)
        expect(hi).toBeLessThanOrEqual(100)
        expect(lo).toBeLessThanOrEqual(r.nps!)
        expect(hi).toBeGreaterThanOrEqual(r.nps!)
        expect(r.marginOfError).toBeGreaterThanOrEqual(0)
        // Unclamped, the interval is NPS ± margin (up to rounding of each of the three figures).
        if (lo > -100) expect(Math.abs(r.nps! - r.marginOfError! - lo)).toBeLessThanOrEqual(0.15 + 1e-9)
        if (hi < 100) expect(Math.abs(r.nps! + r.marginOfError! - hi)).toBeLessThanOrEqual(0.15 + 1e-9)
      }),
    )
  })

  it('the margin is zero only when every response is in the same bucket', () => {
    fc.assert(
      fc.property(nonEmptyCounts, (c) => {
        const buckets = [c.promoters, c.passives, c.detractors].filter((x) => x > 0).length
        const exactMoe = 1.96 * Math.sqrt((c.promoters + c.detractors) / (c.promoters + c.passives + c.detractors) - ((c.promoters - c.detractors) / (c.promoters + c.passives + c.detractors)) ** 2) / Math.sqrt(c.promoters + c.passives + c.detractors) * 100
        const r = npsFromCounts(c)
        if (buckets === 1) expect(r.marginOfError).toBe(0)
        else expect(r.marginOfError).toBeCloseTo(exactMoe, 1)
      }),
    )
  })

  it('adding a passive never flips the sign of NPS and never moves it away from 0', () => {
    fc.assert(
      fc.property(nonEmptyCounts, (c) => {
        const before = npsFromCounts(c).nps!
        const after = npsFromCounts({ ...c, passives: c.passives + 1 }).nps!
        expect(before * after).toBeGreaterThanOrEqual(0)
        expect(Math.abs(after)).toBeLessThanOrEqual(Math.abs(before))
      }),
    )
  })

  it('adding a promoter never lowers NPS; adding a detractor never raises it', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const base = npsFromCounts(c).nps ?? 0
        expect(npsFromCounts({ ...c, promoters: c.promoters + 1 }).nps!).toBeGreaterThanOrEqual(c.promoters + c.passives + c.detractors === 0 ? 100 : base)
        expect(npsFromCounts({ ...c, detractors: c.detractors + 1 }).nps!).toBeLessThanOrEqual(c.promoters + c.passives + c.detractors === 0 ? -100 : base)
      }),
    )
  })

  it('swapping promoters and detractors mirrors the figure exactly', () => {
    fc.assert(
      fc.property(nonEmptyCounts, (c) => {
        const r = npsFromCounts(c)
        const m = npsFromCounts({ promoters: c.detractors, passives: c.passives, detractors: c.promoters })
        expect(m.nps).toBe(neg(r.nps!))
        expect(m.npsRounded).toBe(neg(r.npsRounded!))
        expect(m.marginOfError).toBe(r.marginOfError)
        expect(m.interval).toEqual([neg(r.interval![1]), neg(r.interval![0])])
      }),
    )
  })

  it('scaling every count by k keeps the NPS and never widens the margin', () => {
    fc.assert(
      fc.property(
        fc.record({ promoters: fc.nat({ max: 5000 }), passives: fc.nat({ max: 5000 }), detractors: fc.nat({ max: 5000 }) }),
        fc.integer({ min: 2, max: 1000 }),
        (c, k) => {
          fc.pre(c.promoters + c.passives + c.detractors > 0)
          const r = npsFromCounts(c)
          const s = npsFromCounts({ promoters: c.promoters * k, passives: c.passives * k, detractors: c.detractors * k })
          expect(s.nps).toBe(r.nps)
          expect(s.npsRounded).toBe(r.npsRounded)
          expect(s.marginOfError!).toBeLessThanOrEqual(r.marginOfError!)
        },
      ),
    )
  })
})

// ---------------------------------------------------------------------------------------
// Response rate
// ---------------------------------------------------------------------------------------

describe('responseRate', () => {
  it('is responses / displays × 100, one decimal', () => {
    expect(responseRate(37, 250)).toBe(14.8)
    expect(responseRate(1, 3)).toBe(33.3)
    expect(responseRate(2, 3)).toBe(66.7)
    expect(responseRate(0, 10)).toBe(0)
    expect(responseRate(10, 10)).toBe(100)
  })

  it('is null without displays or with impossible counts', () => {
    expect(responseRate(0, 0)).toBeNull()
    expect(responseRate(5, 0)).toBeNull()
    expect(responseRate(-1, 10)).toBeNull()
    expect(responseRate(NaN, 10)).toBeNull()
    expect(responseRate(1.5, 10)).toBeNull()
  })

  it('property: within 0..100 whenever responses ≤ displays, and close to the ratio', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (displays, f) => {
        const responses = Math.floor(displays * f)
        const rate = responseRate(responses, displays)!
        expect(rate).toBeGreaterThanOrEqual(0)
        expect(rate).toBeLessThanOrEqual(100)
        expect(Math.abs(rate - (responses / displays) * 100)).toBeLessThanOrEqual(0.05 + 1e-9)
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------
// Comparing periods
// ---------------------------------------------------------------------------------------

describe('compare', () => {
  const A = npsFromCounts({ promoters: 70, passives: 20, detractors: 10 }) // +60, n 100
  const B = npsFromCounts({ promoters: 85, passives: 40, detractors: 25 }) // +40, n 150

  it('+60 (n 100) → +40 (n 150) is a real drop, computed by hand', () => {
    const varA = (0.7 + 0.1 - (0.7 - 0.1) ** 2) / 100 // 0.0044
    const pB = 85 / 150
    const dB = 25 / 150
    const varB = (pB + dB - (pB - dB) ** 2) / 150 // 0.003822
    const moe = 1.96 * Math.sqrt(varA + varB) * 100 // 1.96 · 0.09068 · 100 = 17.77
    expect(moe).toBeCloseTo(17.77, 2)
    const c = compare(A, B)!
    expect(c.difference).toBe(-20)
    expect(c.marginOfError).toBeCloseTo(moe, 1)
    expect(c.interval).toEqual([-37.8, -2.2]) // −20 ∓ 17.77
    expect(c.significant).toBe(true)
    expect(c.lowConfidence).toBe(false)
  })

  it('+20 (n 5) → +45 (n 100) is not distinguishable from noise', () => {
    const c = compare(npsFromCounts({ promoters: 2, passives: 2, detractors: 1 }), npsFromCounts({ promoters: 65, passives: 15, detractors: 20 }))!
    const moe = 1.96 * Math.sqrt((0.4 + 0.2 - 0.2 ** 2) / 5 + (0.65 + 0.2 - 0.45 ** 2) / 100) * 100 // 67.46
    expect(c.difference).toBe(25)
    expect(c.marginOfError).toBeCloseTo(moe, 1)
    expect(c.interval[0]).toBeLessThan(0)
    expect(c.significant).toBe(false)
    expect(c.lowConfidence).toBe(true)
  })

  it('clamps the interval of a difference to −200..200, not to −100..100', () => {
    // −100 (5 detractors, variance 0) → +60 (4 promoters, 1 detractor, margin 70.12): 160 ∓ 70.12.
    const c = compare({ promoters: 0, passives: 0, detractors: 5 }, { promoters: 4, passives: 0, detractors: 1 })!
    expect(c.difference).toBe(160)
    expect(c.marginOfError).toBe(70.1)
    expect(c.interval).toEqual([89.9, 200])
    expect(c.significant).toBe(true)
  })

  it('is null when either period has no responses', () => {
    const empty = npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })
    expect(compare(empty, A)).toBeNull()
    expect(compare(A, empty)).toBeNull()
  })

  it('accepts bare counts as well as results', () => {
    expect(compare({ promoters: 70, passives: 20, detractors: 10 }, { promoters: 85, passives: 40, detractors: 25 })).toEqual(compare(A, B))
  })

  it('property: the interval contains the difference, stays within −200..200, and significant ⇔ it excludes 0', () => {
    fc.assert(
      fc.property(nonEmptyCounts, nonEmptyCounts, (a, b) => {
        const c = compare(a, b)!
        const [lo, hi] = c.interval
        expect(lo).toBeGreaterThanOrEqual(-200)
        expect(hi).toBeLessThanOrEqual(200)
        expect(lo).toBeLessThanOrEqual(c.difference)
        expect(hi).toBeGreaterThanOrEqual(c.difference)
        expect(c.significant).toBe(lo > 0 || hi < 0)
        const ra = npsFromCounts(a)
        const rb = npsFromCounts(b)
        expect(Math.abs(c.difference - (rb.nps! - ra.nps!))).toBeLessThanOrEqual(0.1 + 1e-9)
        // The difference is less certain than either period alone.
        expect(c.marginOfError).toBeGreaterThanOrEqual(Math.max(ra.marginOfError!, rb.marginOfError!) - 0.05)
      }),
    )
  })

  it('property: swapping the periods mirrors the change; a period against itself is never significant', () => {
    fc.assert(
      fc.property(nonEmptyCounts, nonEmptyCounts, (a, b) => {
        const ab = compare(a, b)!
        const ba = compare(b, a)!
        expect(ba.difference).toBe(neg(ab.difference))
        expect(ba.interval).toEqual([neg(ab.interval[1]), neg(ab.interval[0])])
        expect(ba.significant).toBe(ab.significant)
        expect(compare(a, a)).toMatchObject({ difference: 0, significant: false })
      }),
    )
  })

  it('property: a large enough sample makes any fixed nonzero change significant', () => {
    fc.assert(
      fc.property(smallCounts, smallCounts, (a, b) => {
        const na = npsFromCounts(a)
        const nb = npsFromCounts(b)
        fc.pre(Math.abs(nb.nps! - na.nps!) >= 1)
        const k = 1_000_000 // keeps the shares, shrinks each variance a millionfold
        const scale = (c: Counts) => ({ promoters: c.promoters * k, passives: c.passives * k, detractors: c.detractors * k })
        expect(compare(scale(a), scale(b))!.significant).toBe(true)
      }),
    )
  })
})

// Type-level: isScore narrows unknown input to something bucket() accepts.
function _typeCheck(x: unknown): NpsResult | null {
  if (isScore(x)) bucket(x)
  return null
}
void _typeCheck
