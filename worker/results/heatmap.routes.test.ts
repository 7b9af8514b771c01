/**
 * The heatmap (GET /v1/stats/breakdown with `unit`) and the figures as CSV
 * (/v1/stats/breakdown.csv, /v1/stats/trend.csv), through HTTP on the real engine: golden
 * numbers worked out by hand on a small data set, the same figures from the rollups and
 * from the answers, validation errors with their field, and the CSV equal to the JSON.
 */
import { createClient, type Client, type InStatement } from '@libsql/client'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bucketEdges, timeBuckets } from '../../shared/stats/buckets'
import { csvRecords } from '../../test/support/csv'
import { insertAnswers, secretGet, type SeedAnswer } from '../../test/support/answers'
import { world, type TestWorld } from '../../test/support/app'
import { FOLD } from '../db/fold'
import { applyMigrations } from '../runtime/node/migrate'
import { breakdownTrendRollupStatement, DAY_MS, heatmapReads } from './rollups'
import { breakdownTrendStatement } from './stats.queries'

const DAY = 86_400_000
const at = (d: number, h = 12) => Date.UTC(2026, 0, d, h)

describe('GET /v1/stats/breakdown?unit=: segment × period', () => {
  let w: TestWorld
  let s: string
  const get = (path: string) => secretGet(w.app, w.project.secretKey, path)
  beforeEach(async () => {
    w = await world()
    s = await w.survey({ kind: 'relational', name: 'Quarterly' })
    const a = (segment: string | null, day: number, scores: number[], extra: Partial<SeedAnswer> = {}): SeedAnswer[] => scores.map((score) => ({ survey: s, score, segment, at: at(day), ...extra }))
    await insertAnswers(w.client, w.project.id, [
      // Week 2026-W02 (Mon 5 – Sun 11 January).
      ...a('VIP', 5, [10, 10]),
      ...a('VIP', 11, [9, 3]),
      ...a('B2C', 7, [2, 8]),
      // Week 2026-W03 (12 – 18 January).
      ...a('VIP', 12, [10, 7]),
      ...a('B2C', 18, [10, 10, 0, 1, 5]),
      ...a(null, 14, [9]),
      // Never counted, and outside the period.
      ...a('VIP', 6, [0], { flags: ['too_fast'] }),
      ...a('VIP', 4, [0, 0, 0]),
      ...a('B2C', 19, [10]),
    ])
  })
  afterEach(() => w.close())

  const Q = () => `survey=${s}&from=2026-01-05&to=2026-01-18`

  it('golden numbers: each cell, each row total, each column total, the overall total', async () => {
    const r = await get(`/v1/stats/breakdown?${Q()}&by=segment&unit=week`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ by: 'segment', unit: 'week', from: '2026-01-05', to: '2026-01-18', time_zone: 'UTC' })
    // Columns: W02 = VIP 3 promoters 1 detractor + B2C 1 passive 1 detractor → (3 − 2) / 6 = 16.7; W03 = 4/1/3 → 12.5.
    expect(r.body.periods.map((p: Record<string, unknown>) => [p.label, p.from, p.to, p.partial, p.n, p.promoters, p.passives, p.detractors, p.nps, p.nps_rounded])).toEqual([
      ['2026-W02', '2026-01-05', '2026-01-11', false, 6, 3, 1, 2, 16.7, 17],
      ['2026-W03', '2026-01-12', '2026-01-18', false, 8, 4, 1, 3, 12.5, 13],
    ])
    expect(r.body.periods[0].start).toBe(at(5, 0))
    expect(r.body.periods[1].end).toBe(at(19, 0))
    // Rows: B2C (n 7) before VIP (n 6) before answers without a segment (n 1).
    const rows = r.body.groups.map((g: { key: string | null; n: number; nps: number; nps_rounded: number; cells: { n: number; nps: number | null }[] }) => [
      g.key, g.n, g.nps, g.nps_rounded, g.cells.map((c) => [c.n, c.nps]),
    ])
    expect(rows).toEqual([
      ['B2C', 7, -28.6, -29, [[2, -50], [5, -20]]],
      ['VIP', 6, 50, 50, [[4, 50], [2, 50]]],
      [null, 1, 100, 100, [[0, null], [1, 100]]],
    ])
    // VIP in W02: p = 3/4, d = 1/4 → variance (1 − 0.25) / 4, margin 1.96 · √0.1875 · 100 = 84.9; the interval clamped at 100.
    const vip = r.body.groups[1].cells[0]
    expect(vip).toMatchObject({ margin_of_error: 84.9, interval: [-34.9, 100], low_confidence: true, promoter_share: 0.75 })
    expect(r.body.groups[2].cells[0]).toMatchObject({ n: 0, nps: null, interval: null, low_confidence: true })
    // 7 promoters, 2 passives, 5 detractors: (7 − 5) / 14 = 14.3.
    expect(r.body.total).toMatchObject({ n: 14, promoters: 7, passives: 2, detractors: 5, nps: 14.3, nps_rounded: 14 })
  })

  it('the same answers as the breakdown without a unit and as the trend', async () => {
    const [heat, flat, trend] = await Promise.all([
      get(`/v1/stats/breakdown?${Q()}&by=segment&unit=week`),
      get(`/v1/stats/breakdown?${Q()}&by=segment`),
      get(`/v1/stats/trend?${Q()}&unit=week`),
    ])
    const strip = ({ cells: _, ...g }: Record<string, unknown>) => g
    expect(heat.body.groups.map(strip)).toEqual(flat.body.groups)
    expect(heat.body.total).toEqual(flat.body.total)
    expect(flat.body).not.toHaveProperty('periods')
    expect(flat.body.groups[0]).not.toHaveProperty('cells')
    expect(heat.body.periods).toEqual(trend.body.points.map(({ excluded: _, ...p }: Record<string, unknown>) => p))
  })

  it('past the limit one `other` row gathers the rest, cell by cell', async () => {
    const r = await get(`/v1/stats/breakdown?${Q()}&by=segment&unit=week&limit=1`)
    expect(r.body.groups.map((g: { key: string | null; other: boolean; n: number; cells: { n: number; nps: number | null }[] }) => [g.key, g.other, g.n, g.cells.map((c) => [c.n, c.nps])])).toEqual([
      ['B2C', false, 7, [[2, -50], [5, -20]]],
      // VIP and the answer without a segment: W02 3/0/1 → 50; W03 2/1/0 → 66.7.
      [null, true, 7, [[4, 50], [3, 66.7]]],
    ])
  })

  it('by day, by month, by a trait and an attribute, by survey', async () => {
    const days = await get(`/v1/stats/breakdown?${Q()}&by=segment&unit=day`)
    expect(days.body.periods).toHaveLength(14)
    expect(days.body.groups[1].cells.map((c: { n: number }) => c.n)).toEqual([2, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0])
    const month = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-05&to=2026-02-10&by=segment&unit=month`)
    expect(month.body.periods.map((p: Record<string, unknown>) => [p.label, p.from, p.to, p.partial, p.n])).toEqual([
      ['2026-01', '2026-01-05', '2026-01-31', true, 15],
      ['2026-02', '2026-02-01', '2026-02-10', true, 0],
    ])
    await insertAnswers(w.client, w.project.id, [
      { survey: s, score: 10, at: at(6), traits: { plan: 'pro' }, attributes: { store: 'Kyiv-1' } },
      { survey: s, score: 0, at: at(13), traits: { plan: 'pro' } },
      { survey: s, score: 9, at: at(13), traits: { plan: 'free' }, attributes: { store: 'Kyiv-1' } },
    ])
    const plan = await get(`/v1/stats/breakdown?${Q()}&by=trait.plan&unit=week`)
    expect(plan.body.groups.map((g: { key: string | null; cells: { n: number; nps: number | null }[] }) => [g.key, g.cells.map((c) => [c.n, c.nps])])).toEqual([
      [null, [[6, 16.7], [8, 12.5]]],
      ['pro', [[1, 100], [1, -100]]],
      ['free', [[0, null], [1, 100]]],
    ])
    const store = await get(`/v1/stats/breakdown?${Q()}&by=attribute.store&unit=week`)
    expect(store.body.groups.find((g: { key: string }) => g.key === 'Kyiv-1').cells.map((c: { n: number }) => c.n)).toEqual([1, 1])
    const bySurvey = await get(`/v1/stats/breakdown?${Q()}&by=survey&unit=week`)
    expect(bySurvey.body.groups.map((g: { key: string; cells: { n: number }[] }) => [g.key, g.cells.map((c) => c.n)])).toEqual([[s, [7, 10]]])
  })

  it('validation: each bad parameter is a 422 naming it; another project sees nothing', async () => {
    for (const [q, field] of [
      [`${Q()}&by=segment&unit=year`, 'unit'],
      [`${Q()}&by=segment&unit=week&limit=0`, 'limit'],
      [`${Q()}&by=colour&unit=week`, 'by'],
      [`${Q()}&by=trait.pl%20an&unit=week`, 'by'],
      [`survey=${s}&from=2000-01-01&to=2026-01-01&by=segment&unit=day`, 'unit'],
      [`survey=${s}&from=2026-01-01&to=2026-12-31&by=segment&unit=day&limit=60`, 'unit'],
      [`survey=${s}&from=2026-01-18&to=2026-01-05&by=segment&unit=week`, 'from'],
      [`survey=nope&from=2026-01-05&to=2026-01-18&by=segment&unit=week`, 'survey'],
    ]) {
      for (const path of ['/v1/stats/breakdown', '/v1/stats/breakdown.csv']) {
        const r = await get(`${path}?${q}`)
        expect(r.status, `${path}?${q}`).toBe(422)
        expect(r.headers.get('content-type')).toContain('application/problem+json')
        expect(JSON.parse(typeof r.body === 'string' ? r.body : JSON.stringify(r.body)).errors.map((e: { field: string }) => e.field), q).toContain(field)
      }
    }
    const ok = await get(`/v1/stats/breakdown?survey=${s}&from=2026-01-01&to=2026-12-31&by=segment&unit=day&limit=50`)
    expect(ok.status).toBe(200)
    const other = await world()
    try {
      const r = await secretGet(other.app, other.project.secretKey, `/v1/stats/breakdown?${Q()}&by=segment&unit=week`)
      expect(r.status).toBe(422)
      expect(r.body.errors[0].field).toBe('survey')
      const pub = await w.app.request(`/v1/stats/breakdown.csv?${Q()}&by=segment`, { headers: { authorization: `Bearer ${w.project.publicKey}` } })
      expect(pub.status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('breakdown.csv: the JSON\'s numbers, one figure per row, the value as neutralised text', async () => {
    await insertAnswers(w.client, w.project.id, [{ survey: s, score: 2, at: at(8), segment: '=HYPERLINK("http://x","y")' }])
    const json = (await get(`/v1/stats/breakdown?${Q()}&by=segment&unit=week`)).body
    const r = await w.app.request(`/v1/stats/breakdown.csv?${Q()}&by=segment&unit=week`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="nps-by-segment_${s}_2026-01-05_2026-01-18.csv"`)
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    const recs = csvRecords(text)
    expect(Object.keys(recs[0])).toEqual(['dimension', 'group', 'value', 'period', 'from', 'to', 'partial', 'n', 'promoters', 'passives', 'detractors', 'nps', 'nps_rounded', 'margin_of_error', 'interval_low', 'interval_high', 'low_confidence', 'share'])
    // (groups + all) × (whole period + 2 weeks)
    expect(recs).toHaveLength((json.groups.length + 1) * 3)
    const num = (x: number | null) => (x === null ? '' : String(x))
    const expectRow = (rec: Record<string, string>, group: string, value: string, period: string, n: Record<string, unknown>) => {
      expect(rec).toMatchObject({ dimension: 'segment', group, value, period, n: String(n.n), promoters: String(n.promoters), nps: num(n.nps as number | null), nps_rounded: num(n.nps_rounded as number | null), margin_of_error: num(n.margin_of_error as number | null), low_confidence: String(n.low_confidence) })
      expect([rec.interval_low, rec.interval_high]).toEqual(n.interval ? (n.interval as number[]).map(String) : ['', ''])
    }
    let k = 0
    for (const g of json.groups) {
      const group = g.other ? 'other' : g.key === null ? 'none' : 'value'
      const value = g.key === null ? '' : g.key.startsWith('=') ? `'${g.key}` : g.key
      expectRow(recs[k], group, value, 'all', g)
      expect(recs[k]).toMatchObject({ from: '2026-01-05', to: '2026-01-18', partial: 'false', share: String(g.share) })
      k++
      for (const [i, p] of json.periods.entries()) {
        expectRow(recs[k], group, value, p.label, g.cells[i])
        expect(recs[k]).toMatchObject({ from: p.from, to: p.to, share: '' })
        k++
      }
    }
    expectRow(recs[k++], 'all', '', 'all', json.total)
    for (const p of json.periods) expectRow(recs[k++], 'all', '', p.label, p)
    // Hand-checked: B2C in W03 is 2/0/3 → −20.
    expect(recs.find((x) => x.value === 'B2C' && x.period === '2026-W03')).toMatchObject({ n: '5', nps: '-20', nps_rounded: '-20' })
    // Without a unit: one row per group and the total.
    const flat = csvRecords(await (await w.app.request(`/v1/stats/breakdown.csv?${Q()}&by=segment`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })).text())
    expect(flat.map((x) => [x.group, x.value, x.period, x.n])).toEqual([['value', 'B2C', 'all', '7'], ['value', 'VIP', 'all', '6'], ['value', `'=HYPERLINK("http://x","y")`, 'all', '1'], ['none', '', 'all', '1'], ['all', '', 'all', '15']])
  })

  it('trend.csv: the whole period, then the trend\'s points with their excluded answers', async () => {
    const json = (await get(`/v1/stats/trend?${Q()}&unit=week`)).body
    const stats = (await get(`/v1/stats?${Q()}`)).body
    const r = await w.app.request(`/v1/stats/trend.csv?${Q()}&unit=week`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="nps-trend_${s}_2026-01-05_2026-01-18.csv"`)
    const recs = csvRecords(await r.text())
    expect(recs.map((x) => [x.period, x.from, x.to, x.partial, x.n, x.promoters, x.passives, x.detractors, x.nps, x.nps_rounded, x.margin_of_error, x.interval_low, x.interval_high, x.low_confidence, x.excluded])).toEqual([
      ['all', '2026-01-05', '2026-01-18', 'false', '14', '7', '2', '5', '14.3', '14', String(stats.margin_of_error), String(stats.interval[0]), String(stats.interval[1]), 'true', '1'],
      ...json.points.map((p: Record<string, number & number[]>) => [p.label, p.from, p.to, String(p.partial), String(p.n), String(p.promoters), String(p.passives), String(p.detractors), String(p.nps), String(p.nps_rounded), String(p.margin_of_error), String(p.interval[0]), String(p.interval[1]), String(p.low_confidence), String(p.excluded)]),
    ])
    expect(recs[1]).toMatchObject({ period: '2026-W02', n: '6', nps: '16.7', excluded: '1' })
    expect(stats).toMatchObject({ n: 14, nps: 14.3 })
  })
})

// ---- the rollups' heatmap equals the answers' one, in any zone and unit ----

describe('the heatmap from the rollups', () => {
  let db: Client
  beforeAll(async () => {
    db = createClient({ url: ':memory:' })
    await applyMigrations(db)
  })
  afterAll(() => db.close())
  const run = async (st: InStatement) => (await db.execute(st)).rows as unknown as Record<string, unknown>[]
  const T = Date.UTC(2026, 2, 20) // DST in Europe (29 March) and in the US (8 March is before: New York is on −4)

  it('reads: whole UTC days from the day rows; a day cut by a local midnight by its smaller side from the answers', () => {
    const H = 3_600_000
    const d = (day: number, h = 0) => Date.UTC(2026, 0, day, h)
    // One Kyiv week (local midnights at 22:00 UTC).
    expect(heatmapReads([d(4, 22), d(11, 22)])).toEqual({ days: [[d(5), d(12), 0]], answers: [[d(4, 22), d(5), 0, -1], [d(11, 22), d(12), -1, 0]] })
    // Kyiv days: each UTC day's row goes to the day it mostly belongs to; its last 2 hours are moved to the next.
    expect(heatmapReads([d(4, 22), d(5, 22), d(6, 22)])).toEqual({
      days: [[d(5), d(6), 0], [d(6), d(7), 1]],
      answers: [[d(4, 22), d(5), 0, -1], [d(5, 22), d(6), 1, 0], [d(6, 22), d(7), -1, 1]],
    })
    // UTC: day rows only. Kolkata (+5:30): the 5.5 hours from local midnight (18:30 UTC) to UTC midnight are the smaller side.
    expect(heatmapReads([d(5), d(12)])).toEqual({ days: [[d(5), d(12), 0]], answers: [] })
    expect(heatmapReads([d(4, 18.5), d(5, 18.5), d(6, 18.5)]).answers).toEqual([
      [d(4, 18.5), d(5), 0, -1],
      [d(5, 18.5), d(6), 1, 0],
      [d(6, 18.5), d(7), -1, 1],
    ])
    // Every instant of the period is counted once: day rows, plus pieces to their bucket, minus pieces moved off.
    for (const [edges, unit] of [[[d(1, 22), d(8, 21), d(15, 22)], 'mixed'], [[d(3, 5), d(3, 20)], 'inside one day']] as const) {
      const r = heatmapReads(edges)
      const cover = (t: number) => {
        const w = new Map<number, number>()
        const add = (i: number, x: number) => i >= 0 && w.set(i, (w.get(i) ?? 0) + x)
        for (const [a, b, i] of r.days) if (a <= t && t < b) add(i, 1)
        for (const [a, b, i, j] of r.answers) if (a <= t && t < b) add(i, 1), add(j, -1)
        return [...w].filter(([, x]) => x !== 0)
      }
      for (let t = edges[0] - DAY_MS; t < edges[edges.length - 1] + DAY_MS; t += H / 4) {
        const k = edges.findIndex((e, i) => i + 1 < edges.length && e <= t && t < edges[i + 1])
        expect(cover(t), `${unit} ${new Date(t).toISOString()}`).toEqual(k === -1 ? [] : [[k, 1]])
      }
    }
  })

  it('property: the same cells as the raw query, for every rolled-up dimension, zone and unit', async () => {
    const answer = fc.record({
      score: fc.integer({ min: 0, max: 10 }),
      counted: fc.boolean(),
      segment: fc.constantFrom('B2C', 'VIP', '', null),
      channel: fc.constantFrom('web', 'ios', null),
      returning: fc.constantFrom(0, 1, null),
      at: fc.integer({ min: 0, max: 40 * DAY_MS }),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(answer, { maxLength: 60 }),
        fc.constantFrom('UTC', 'Europe/Kyiv', 'Asia/Kolkata', 'America/New_York', 'Asia/Kathmandu'),
        fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
        fc.integer({ min: 0, max: 96 }),
        fc.integer({ min: 1, max: 38 }),
        async (answers, tz, unit, startQuarterHours, days) => {
          await db.batch(['DELETE FROM responses', 'DELETE FROM answer_rollups'], 'write')
          for (const [i, a] of answers.entries()) {
            await db.execute({
              sql: `INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score, channel, segment, "returning", source, flags, counted, fingerprint, payload_hash, write_nonce, created_at)
                    VALUES ('p', 's', 'relational', ?, ?, ?, 't', ?, ?, ?, ?, 'widget', ?, ?, 'fp', 'h', 'n', ?)`,
              args: [`c${i}`, `r${i}`, `r${i}`, a.score, a.channel, a.segment, a.returning, a.counted ? '[]' : '["too_fast"]', a.counted ? 1 : 0, T + a.at],
            })
          }
          await db.batch([...FOLD], 'write')
          // A local-day period as the API cuts it: from local midnight to local midnight.
          const start = T + startQuarterHours * 900_000
          const buckets = timeBuckets(start, start + days * DAY, unit, tz)!
          const edges = bucketEdges(buckets)
          // The buckets, and the whole period as one bucket (how a breakdown without a unit reads).
          for (const [by, cuts] of ['segment', 'channel', 'returning', 'survey'].flatMap((b) => [[b, edges], [b, [edges[0], edges[edges.length - 1]]]] as const)) {
            const rolled = breakdownTrendRollupStatement('p', ['s'], cuts, by)
            if (!rolled) continue
            const key = (x: Record<string, unknown>) => `${x.i}|${x.key}`
            const a = Object.fromEntries((await run(rolled)).map((x) => [key(x), [Number(x.promoters), Number(x.passives), Number(x.detractors)]]))
            const b = Object.fromEntries((await run(breakdownTrendStatement('p', { surveyIds: ['s'] }, by, cuts))).map((x) => [key(x), [Number(x.promoters), Number(x.passives), Number(x.detractors)]]))
            expect(a, `${by} ${tz} ${unit}`).toEqual(b)
          }
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)
})
