import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { npsFromCounts } from '../../shared/nps'
import { insertAnswers, scoresFor, secretGet, type SeedAnswer } from '../../test/support/answers'
import { world, type TestWorld } from '../../test/support/app'

let w: TestWorld
afterEach(() => w.close())

const get = (path: string) => secretGet(w.app, w.project.secretKey, path)
const DAY = 86_400_000
const JAN = Date.UTC(2026, 0, 10, 12)

async function seed(survey: string, p: number, pa: number, d: number, at = JAN, extra: Partial<SeedAnswer> = {}) {
  return insertAnswers(w.client, w.project.id, scoresFor(p, pa, d).map((score, i) => ({ survey, score, at: at + i * 1000, ...extra })))
}

describe('GET /v1/stats: the golden cases of DESIGN.md through the API', () => {
  beforeEach(async () => void (w = await world()))

  it.each([
    [85, 40, 25, 40, 40, false],
    [70, 20, 10, 60, 60, false],
    [56, 51, 30, 19, 19, false],
    [2, 2, 1, 20, 20, true],
    [65, 15, 20, 45, 45, false],
  ])('%i/%i/%i → NPS %d', async (p, pa, d, nps, rounded, low) => {
    const s = await w.survey({ kind: 'relational', name: 'golden' })
    await seed(s, p, pa, d)
    const r = await get(`/v1/stats?survey=${s}&from=2026-01-01&to=2026-01-31`)
    expect(r.status).toBe(200)
    const exact = npsFromCounts({ promoters: p, passives: pa, detractors: d })
    expect(r.body).toMatchObject({
      surveys: [s],
      kind: 'relational',
      time_zone: 'UTC',
      n: p + pa + d,
      promoters: p,
      passives: pa,
      detractors: d,
      nps: exact.nps,
      nps_rounded: rounded,
      margin_of_error: exact.marginOfError,
      interval: exact.interval,
      low_confidence: low,
      excluded: { total: 0, by_reason: {} },
      answers: p + pa + d,
      funnel: null,
    })
    expect(Math.round(r.body.nps)).toBe(nps)
    expect(r.body.promoter_share).toBeCloseTo(p / (p + pa + d), 12)
  })

  it('137: 56/51/30 is 18.98 → 19.0 to one decimal', async () => {
    const s = await w.survey({ kind: 'relational', name: 'golden' })
    await seed(s, 56, 51, 30)
    const r = await get(`/v1/stats?survey=${s}&from=2026-01-10&to=2026-01-10`)
    expect(r.body.nps).toBe(19)
    expect(r.body.interval).toEqual([6.1, 31.9])
  })
})

describe('GET /v1/stats: scope', () => {
  beforeEach(async () => void (w = await world()))

  it('several surveys of one kind add up; transactional and relational together are a 422', async () => {
    const a = await w.survey({ kind: 'relational', name: 'a' })
    const b = await w.survey({ kind: 'relational', name: 'b' })
    const t = await w.survey({ kind: 'transactional', name: 't' })
    await seed(a, 10, 0, 0)
    await seed(b, 0, 0, 10)
    const both = await get(`/v1/stats?survey=${a},${b}&from=2026-01-01&to=2026-01-31`)
    expect(both.body).toMatchObject({ n: 20, nps: 0, surveys: [a, b] })
    const mixed = await get(`/v1/stats?survey=${a},${t}&from=2026-01-01&to=2026-01-31`)
    expect(mixed.status).toBe(422)
    expect(mixed.headers.get('content-type')).toContain('application/problem+json')
    expect(mixed.body.type).toBe('urn:tenpoint:problem:mixed_kinds')
    expect(mixed.body.errors[0].field).toBe('survey')
    const trend = await get(`/v1/stats/trend?survey=${a},${t}&from=2026-01-01&to=2026-01-31`)
    expect(trend.status).toBe(422)
  })

  it('bad queries are 422 problems with field errors; a public key reads nothing', async () => {
    const a = await w.survey({ kind: 'relational', name: 'a' })
    for (const [q, field] of [
      [`survey=${a}&from=2026-02-30&to=2026-03-01`, 'from'],
      [`survey=${a}&from=2026-03-02&to=2026-03-01`, 'from'],
      [`survey=${a}&from=2026-03-01`, 'to'],
      [`survey=nope&from=2026-03-01&to=2026-03-02`, 'survey'],
      [`survey=${a}&from=2026-03-01&to=2026-03-02&color=red`, 'color'],
      [`survey=${a}&survey=${a}&from=2026-03-01&to=2026-03-02`, 'survey'],
    ]) {
      const r = await get(`/v1/stats?${q}`)
      expect(r.status, q).toBe(422)
      expect(r.body.errors.map((e: { field: string }) => e.field), q).toContain(field)
    }
    for (const [path, field] of [
      [`/v1/stats/trend?survey=${a}&from=2000-01-01&to=2026-01-01&unit=day`, 'unit'],
      [`/v1/stats/trend?survey=${a}&from=2026-01-01&to=2026-01-02&unit=year`, 'unit'],
      [`/v1/stats/breakdown?survey=${a}&from=2026-01-01&to=2026-01-02&by=score`, 'by'],
      [`/v1/stats/compare?survey=${a}&from=2026-01-01&to=2026-01-02&base_from=2025-01-01`, 'base_to'],
      [`/v1/stats/compare?survey=${a}&from=2026-01-01&to=2026-01-02&by=segment&base=VIP`, 'value'],
      [`/v1/stats/compare?survey=${a}&from=2026-01-01&to=2026-01-02`, 'base_from'],
    ]) {
      const r = await get(path)
      expect(r.status, path).toBe(422)
      expect(r.body.errors.map((e: { field: string }) => e.field), path).toContain(field)
    }
    const pub = await w.app.request(`/v1/stats?survey=${a}&from=2026-03-01&to=2026-03-02`, { headers: { authorization: `Bearer ${w.project.publicKey}` } })
    expect(pub.status).toBe(401)
  })

  it('displays, dismissals, response and dismiss rates; the transactional funnel', async () => {
    const t = await w.survey({ kind: 'transactional', name: 't' })
    const at = Date.UTC(2026, 0, 10)
    for (let i = 0; i < 10; i++) {
      await w.client.execute({
        sql: 'INSERT INTO invitations (id, project_id, survey_id, respondent_key, event, trigger_key, created_at, expires_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [`inv${i}`, w.project.id, t, `u${i}`, 'Order_Delivered', `o${i}`, at, at + DAY, i < 3 ? at + 5 : null],
      })
      if (i < 8) {
        await w.client.execute({
          sql: 'INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          args: [`d${i}`, w.project.id, t, `u${i}`, `o${i}`, at + 1, i >= 3 && i < 5 ? at + 2 : null],
        })
      }
    }
    await insertAnswers(w.client, w.project.id, [9, 10, 3].map((score, i) => ({ survey: t, kind: 'transactional', score, at: at + 5, respondent: `u${i}`, trigger: `o${i}` })))
    const r = await get(`/v1/stats?survey=${t}&from=2026-01-10&to=2026-01-10`)
    expect(r.body).toMatchObject({
      kind: 'transactional',
      n: 3,
      displays: 8,
      answers: 3,
      dismissals: 2,
      response_rate: 37.5,
      dismiss_rate: 25,
      funnel: { invitations: 10, displayed: 8, answered: 3 },
    })
  })
})

describe('excluded answers never change a figure and are always counted in excluded', () => {
  beforeEach(async () => void (w = await world()))

  it('flagged, analyst-excluded and preview answers', async () => {
    const s = await w.survey({ kind: 'relational', name: 's' })
    await seed(s, 30, 10, 20, JAN, { segment: 'B2C', channel: 'web' })
    await seed(s, 5, 5, 5, JAN + DAY * 8, { segment: 'VIP', channel: 'ios' })
    const paths = [
      `/v1/stats?survey=${s}&from=2026-01-01&to=2026-01-31`,
      `/v1/stats/trend?survey=${s}&from=2026-01-01&to=2026-01-31&unit=week`,
      `/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=segment`,
      `/v1/stats/compare?survey=${s}&from=2026-01-01&to=2026-01-31&by=segment&base=B2C&value=VIP`,
      `/v1/stats/compare?survey=${s}&from=2026-01-16&to=2026-01-31&base_from=2026-01-01&base_to=2026-01-15`,
    ]
    const before = await Promise.all(paths.map(get))
    const bad: [string, number][] = [['bot_user_agent', 0], ['honeypot', 10], ['too_fast', 0], ['duplicate', 10], ['fingerprint_cap', 3], ['no_display_token', 0],
      ['unverified_identity', 1], ['preview', 10], ['excluded', 0], ['excluded', 10]]
    await insertAnswers(w.client, w.project.id, bad.map(([flag, score], i) => ({ survey: s, score, flags: flag === 'excluded' ? ['too_fast', 'excluded'] : [flag], at: JAN + i * DAY, segment: i % 2 ? 'VIP' : 'B2C' })))
    const after = await Promise.all(paths.map(get))
    const strip = (b: Record<string, unknown>) => JSON.stringify(b, (k, v) => (k === 'excluded' || k === 'answers' ? undefined : v))
    for (let i = 0; i < paths.length; i++) expect(strip(after[i].body), paths[i]).toBe(strip(before[i].body))
    expect(after[0].body.excluded).toEqual({
      total: 10,
      by_reason: { preview: 1, duplicate: 1, honeypot: 1, bot_user_agent: 1, fingerprint_cap: 1, too_fast: 1, no_display_token: 1, unverified_identity: 1, excluded: 2 },
    })
    expect(after[0].body.answers).toBe(after[0].body.n + 10)
    expect(after[1].body.points.reduce((s: number, p: { excluded: number }) => s + p.excluded, 0)).toBe(10)
  })
})

describe('GET /v1/stats/trend', () => {
  it('a month-by-month data set with known shares comes back exactly, month edges in New York time', async () => {
    w = await world({ settings: { timeZone: 'America/New_York' } })
    const s = await w.survey({ kind: 'relational', name: 's' })
    const built: [number, number, number][] = []
    const list: SeedAnswer[] = []
    for (let m = 0; m < 12; m++) {
      const split: [number, number, number] = [20 + m * 3, 10 + (m % 4), 30 - m * 2]
      built.push(split)
      // Local midnight on the 1st (UTC−5 or −4) and the last millisecond before the next 1st.
      // New York is on daylight time (UTC−4) on the 1st of April through November, else UTC−5.
      const offset = (k: number) => (k >= 3 && k <= 10 ? 4 : 5) * 3_600_000
      const first = Date.UTC(2025, m, 1) + offset(m)
      const next = Date.UTC(2025, m + 1, 1) + offset(m + 1)
      scoresFor(...split).forEach((score, i) => list.push({ survey: s, score, at: i === 0 ? first : i === 1 ? next - 1 : first + i * 60_000 }))
    }
    // 1 January 2026 04:30 UTC is still 31 December 2025 in New York.
    list.push({ survey: s, score: 0, at: Date.UTC(2026, 0, 1, 4, 30) })
    built[11][2] += 1
    await insertAnswers(w.client, w.project.id, list)
    const r = await get(`/v1/stats/trend?survey=${s}&from=2025-01-01&to=2025-12-31&unit=month`)
    expect(r.status).toBe(200)
    expect(r.body.points.map((p: { label: string }) => p.label)).toEqual(Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`))
    r.body.points.forEach((p: Record<string, unknown>, m: number) => {
      const want = npsFromCounts({ promoters: built[m][0], passives: built[m][1], detractors: built[m][2] })
      expect(p, `month ${m + 1}`).toMatchObject({ n: want.n, nps: want.nps, nps_rounded: want.npsRounded, interval: want.interval, partial: false })
    })
    // The answer at 23:30 local on 31 December is in December, not January.
    const dec = await get(`/v1/stats?survey=${s}&from=2025-12-31&to=2025-12-31`)
    expect(dec.body.n).toBe(2)
  })

  it('local days across the Kyiv DST changes: a 23-hour day and a 25-hour day', async () => {
    w = await world({ settings: { timeZone: 'Europe/Kyiv' } })
    const s = await w.survey({ kind: 'relational', name: 's' })
    const at = [
      Date.UTC(2026, 2, 28, 21, 59, 59, 999), // 28 Mar 23:59:59.999 +02
      Date.UTC(2026, 2, 28, 22, 0), // 29 Mar 00:00 +02 (clocks go to +03 at 03:00)
      Date.UTC(2026, 2, 29, 20, 59, 59, 999), // 29 Mar 23:59:59.999 +03
      Date.UTC(2026, 2, 29, 21, 0), // 30 Mar 00:00 +03
      Date.UTC(2026, 9, 24, 21, 0), // 25 Oct 00:00 +03 (clocks go back to +02 at 04:00)
      Date.UTC(2026, 9, 25, 21, 59, 59, 999), // 25 Oct 23:59:59.999 +02
      Date.UTC(2026, 9, 25, 22, 0), // 26 Oct 00:00 +02
    ]
    await insertAnswers(w.client, w.project.id, at.map((t) => ({ survey: s, score: 10, at: t })))
    const march = await get(`/v1/stats/trend?survey=${s}&from=2026-03-28&to=2026-03-30&unit=day`)
    expect(march.body.points.map((p: { label: string; n: number; start: number; end: number }) => [p.label, p.n, (p.end - p.start) / 3_600_000])).toEqual([
      ['2026-03-28', 1, 24],
      ['2026-03-29', 2, 23],
      ['2026-03-30', 1, 24],
    ])
    const day = await get(`/v1/stats?survey=${s}&from=2026-10-25&to=2026-10-25`)
    expect(day.body).toMatchObject({ n: 2, end: Date.UTC(2026, 9, 25, 22), start: Date.UTC(2026, 9, 24, 21) })
    const weeks = await get(`/v1/stats/trend?survey=${s}&from=2026-03-23&to=2026-04-05&unit=week`)
    expect(weeks.body.points.map((p: { label: string; n: number }) => [p.label, p.n])).toEqual([['2026-W13', 3], ['2026-W14', 1]])
  })
})

describe('GET /v1/stats/breakdown and /compare', () => {
  beforeEach(async () => void (w = await world()))

  it('by segment, new vs returning, a trait and an attribute', async () => {
    const s = await w.survey({ kind: 'relational', name: 's' })
    await seed(s, 8, 2, 0, JAN, { segment: 'VIP', returning: true, traits: { plan: 'pro', vip: true }, attributes: { store: 'Kyiv-1' } })
    await seed(s, 2, 3, 5, JAN, { segment: 'B2C', returning: false, traits: { plan: 'free', seats: 3 } })
    await seed(s, 1, 0, 0, JAN)
    const seg = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=segment`)
    expect(seg.body.total.n).toBe(21)
    expect(seg.body.groups.map((g: { key: string | null; n: number; nps: number; low_confidence: boolean }) => [g.key, g.n, g.nps, g.low_confidence])).toEqual([
      ['B2C', 10, -30, true],
      ['VIP', 10, 80, true],
      [null, 1, 100, true],
    ])
    const ret = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=returning`)
    expect(ret.body.groups.map((g: { key: string }) => g.key)).toEqual(['new', 'returning', null])
    const plan = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=trait.plan&limit=1`)
    expect(plan.body.groups.map((g: { key: string; n: number; other: boolean }) => [g.key, g.n, g.other])).toEqual([['free', 10, false], [null, 11, true]])
    const vip = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=trait.vip`)
    expect(vip.body.groups[0]).toMatchObject({ key: null, n: 11 })
    expect(vip.body.groups[1]).toMatchObject({ key: 'true', n: 10 })
    const store = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-01-31&by=attribute.store`)
    expect(store.body.groups.find((g: { key: string }) => g.key === 'Kyiv-1').n).toBe(10)
    const cmp = await get(`/v1/stats/compare?survey=${s}&from=2026-01-01&to=2026-01-31&by=segment&base=B2C&value=VIP`)
    expect(cmp.body).toMatchObject({ by: 'segment', base: { label: 'B2C', n: 10, nps: -30 }, value: { label: 'VIP', n: 10, nps: 80 }, difference: 110, significant: true, low_confidence: true })
    const none = await get(`/v1/stats/compare?survey=${s}&from=2026-01-01&to=2026-01-31&by=segment&base=(none)&value=VIP`)
    expect(none.body.base.n).toBe(1)
  })

  it('two periods: the difference, its interval from the two variances, significance', async () => {
    const s = await w.survey({ kind: 'relational', name: 's' })
    await seed(s, 70, 20, 10, Date.UTC(2026, 0, 5))
    await seed(s, 85, 40, 25, Date.UTC(2026, 1, 5))
    const r = await get(`/v1/stats/compare?survey=${s}&from=2026-02-01&to=2026-02-28&base_from=2026-01-01&base_to=2026-01-31`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      base: { label: '2026-01-01..2026-01-31', n: 100, nps: 60 },
      value: { label: '2026-02-01..2026-02-28', n: 150, nps: 40 },
      difference: -20,
      margin_of_error: 17.8,
      interval: [-37.8, -2.2],
      significant: true,
    })
    const both = await get(`/v1/stats/compare?survey=${s}&from=2026-02-01&to=2026-02-28&base_from=2026-01-01&base_to=2026-01-31&by=segment`)
    expect(both.status).toBe(422)
  })

  it("property: a breakdown's groups add up to the total and to the period's n", async () => {
    const channels = ['web', 'ios', 'android', null] as const
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 10 }), channel: fc.constantFrom(...channels), flagged: fc.boolean(), day: fc.integer({ min: 0, max: 40 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        async (answers, limit) => {
          const s = await w.survey({ kind: 'relational', name: `p${run++}` })
          await insertAnswers(w.client, w.project.id, answers.map((a) => ({ survey: s, score: a.score, channel: a.channel, flags: a.flagged ? ['too_fast'] : [], at: Date.UTC(2026, 0, 1) + a.day * DAY })))
          const q = `survey=${s}&from=2026-01-01&to=2026-01-31`
          const [b, t] = await Promise.all([get(`/v1/stats/breakdown?${q}&by=channel&limit=${limit}`), get(`/v1/stats?${q}`)])
          const sum = (k: string) => b.body.groups.reduce((x: number, g: Record<string, number>) => x + g[k], 0)
          expect(sum('n')).toBe(b.body.total.n)
          expect(sum('promoters')).toBe(t.body.promoters)
          expect(sum('detractors')).toBe(t.body.detractors)
          expect(b.body.total.n).toBe(t.body.n)
          expect(t.body.n).toBe(answers.filter((a) => !a.flagged && a.day < 31).length)
        },
      ),
      { numRuns: 25 },
    )
  })
})
