import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createProject } from '../db/seed'
import { insertAnswers, secretGet } from '../../test/support/answers'
import { world, type TestWorld } from '../../test/support/app'

let w: TestWorld
let s: string
beforeEach(async () => {
  w = await world()
  s = await w.survey({ kind: 'relational', name: 'Quarterly NPS' })
})
afterEach(() => w.close())

const get = (path: string) => secretGet(w.app, w.project.secretKey, path)
const post = (path: string, body: unknown, key = w.project.secretKey) => w.call('POST', path, body, { authorization: `Bearer ${key}` })
const JAN = Date.UTC(2026, 0, 10, 12)
const ids = (b: { answers: { id: string }[] }) => b.answers.map((a) => a.id)

describe('GET /v1/answers', () => {
  it('filters: survey, period, bucket, score range, channel, locale, platform, segment, traits, attributes, comment, counted, flags, preview', async () => {
    const other = await w.survey({ kind: 'relational', name: 'other' })
    const [a, b, c, d, e, f] = await insertAnswers(w.client, w.project.id, [
      { survey: s, score: 10, at: JAN, channel: 'web', locale: 'uk', platform: 'web', segment: 'VIP', comment: 'Дякую!', traits: { plan: 'pro', seats: 5 } },
      { survey: s, score: 3, at: JAN + 1, channel: 'ios', locale: 'en', platform: 'ios', segment: 'B2C', attributes: { store: 'Kyiv-1' }, returning: true },
      { survey: s, score: 7, at: JAN + 2, flags: ['too_fast'], appVersion: '2.3.0' },
      { survey: s, score: 9, at: JAN + 3, flags: ['preview'] },
      { survey: other, score: 0, at: JAN + 4 },
      { survey: s, score: 8, at: Date.UTC(2026, 1, 10), source: 'api' },
    ])
    const cases: [string, string[]][] = [
      ['', [f, e, d, c, b, a]],
      [`survey=${s}`, [f, d, c, b, a]],
      [`survey=${s},${other}&from=2026-01-01&to=2026-01-31`, [e, d, c, b, a]],
      ['from=2026-02-01', [f]],
      ['to=2026-01-31', [e, d, c, b, a]],
      ['bucket=promoter', [d, a]],
      ['bucket=passive', [f, c]],
      ['bucket=detractor', [e, b]],
      ['score_min=7&score_max=8', [f, c]],
      ['channel=ios', [b]],
      ['locale=uk', [a]],
      ['platform=web', [a]],
      ['segment=VIP', [a]],
      ['app_version=2.3.0', [c]],
      ['source=api', [f]],
      ['returning=true', [b]],
      ['has_comment=true', [a]],
      ['trait.plan=pro', [a]],
      ['trait.seats=5', [a]],
      ['attribute.store=Kyiv-1', [b]],
      ['counted=false', [d, c]],
      ['flagged=true', [d, c]],
      ['flag=too_fast', [c]],
      ['preview=true', [d]],
      ['preview=false&counted=false', [c]],
    ]
    for (const [q, want] of cases) {
      const r = await get(`/v1/answers?${q}`)
      expect(r.status, q).toBe(200)
      expect(ids(r.body), q).toEqual(want)
    }
    const one = (await get(`/v1/answers?trait.plan=pro`)).body.answers[0]
    expect(one).toMatchObject({ id: a, score: 10, bucket: 'promoter', comment: 'Дякую!', counted: true, flags: [], context: { segment: 'VIP', traits: { plan: 'pro', seats: 5 } } })
    for (const q of ['bucket=great', 'score_min=11', 'limit=0', 'cursor=%%%', 'trait.bad key=1', 'survey=nope', 'channel=']) {
      const r = await get(`/v1/answers?${q}`)
      expect(r.status, q).toBe(422)
    }
  })

  it('pages in a stable order with a cursor, ties on the same millisecond included, none skipped or repeated', async () => {
    const all = await insertAnswers(w.client, w.project.id, Array.from({ length: 23 }, (_, i) => ({ survey: s, score: i % 11, at: JAN + (i % 3) })))
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const r = await get(`/v1/answers?limit=5${cursor ? `&cursor=${cursor}` : ''}`)
      expect(r.status).toBe(200)
      seen.push(...ids(r.body))
      cursor = r.body.next_cursor
      pages++
      // An answer arriving meanwhile (newer) never shifts the pages being read.
      if (pages === 2) await insertAnswers(w.client, w.project.id, [{ survey: s, score: 5, at: JAN + 10 }])
    } while (cursor)
    expect(pages).toBe(5)
    expect(new Set(seen).size).toBe(23)
    expect([...seen].sort()).toEqual([...all].sort())
  })

  it('needs the secret key', async () => {
    const r = await w.app.request('/v1/answers', { headers: { authorization: `Bearer ${w.project.publicKey}` } })
    expect(r.status).toBe(401)
  })
})

describe('one answer, its history, exclusion and reinstatement', () => {
  async function answered() {
    const e = await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', session_id: 's1' })
    const d = (await e.json()) as { display: { token: string } }
    w.advance(5000)
    const id = randomUUID()
    expect((await w.call('POST', '/v1/responses', { id, survey_id: s, token: d.display.token, score: 4, anonymous_id: 'anon1' })).status).toBe(201)
    expect((await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment: 'Slow', score: 6 })).status).toBe(200)
    return id
  }
  const figures = async () => (await get(`/v1/stats?survey=${s}&from=2026-01-01&to=2026-01-31`)).body

  it('GET /v1/answers/:id shows flags, context and the respondent\'s edits', async () => {
    const id = await answered()
    const r = await get(`/v1/answers/${id}`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ id, survey_id: s, score: 6, comment: 'Slow', counted: true, flags: [] })
    expect(r.body.history.map((h: { kind: string; before: unknown; after: unknown; actor: string }) => [h.kind, h.before, h.after, h.actor])).toEqual([
      ['comment', null, 'Slow', 'respondent'],
      ['score', 4, 6, 'respondent'],
    ])
    expect((await get(`/v1/answers/${randomUUID()}`)).status).toBe(404)
  })

  it('an analyst excludes an answer and reinstates it; figures follow; each change is logged with who, when and why', async () => {
    const id = await answered()
    expect(await figures()).toMatchObject({ n: 1, detractors: 1, excluded: { total: 0 } })
    w.advance(60_000)
    const ex = await post(`/v1/answers/${id}/exclude`, { reason: 'A test by staff' })
    expect(ex.status).toBe(200)
    const exBody = await ex.json()
    expect(exBody).toMatchObject({ counted: false, flags: ['excluded'] })
    expect(exBody.history[2]).toEqual({ at: w.now.t, kind: 'exclude', before: { counted: 1, flags: [] }, after: { counted: 0, flags: ['excluded'] }, actor: 'secret_key', reason: 'A test by staff' })
    expect(await figures()).toMatchObject({ n: 0, nps: null, excluded: { total: 1, by_reason: { excluded: 1 } } })
    expect((await post(`/v1/answers/${id}/exclude`, { reason: 'again' })).status).toBe(409)

    const re = await post(`/v1/answers/${id}/reinstate`, { reason: 'Not staff after all' })
    expect(re.status).toBe(200)
    expect(await re.json()).toMatchObject({ counted: true, flags: [], history: [{}, {}, {}, { kind: 'reinstate', reason: 'Not staff after all', after: { counted: 1, flags: [] } }] })
    expect(await figures()).toMatchObject({ n: 1, excluded: { total: 0 } })
    const again = await post(`/v1/answers/${id}/reinstate`, { reason: 'x' })
    expect(again.status).toBe(409)
    expect((await again.json()).type).toBe('urn:tenpoint:problem:already_counted')
  })

  it('reinstating a flagged answer counts it and keeps its flags; a taken slot, a preview or a missing reason are refused and change nothing', async () => {
    const [fast, dupe, holder, preview] = await insertAnswers(w.client, w.project.id, [
      { survey: s, score: 9, at: JAN, flags: ['too_fast'] },
      { survey: s, score: 0, at: JAN, flags: ['duplicate'], respondent: 'p1', trigger: 'order-1' },
      { survey: s, score: 10, at: JAN, respondent: 'p1', trigger: 'order-1' },
      { survey: s, score: 10, at: JAN, flags: ['preview'] },
    ])
    const r = await post(`/v1/answers/${fast}/reinstate`, { reason: 'Fast but real: a known customer' })
    expect(r.status).toBe(200)
    expect(await r.json()).toMatchObject({ counted: true, flags: ['too_fast'] })
    expect(await figures()).toMatchObject({ n: 2, promoters: 2 })

    const before = await w.snapshot()
    const taken = await post(`/v1/answers/${dupe}/reinstate`, { reason: 'x' })
    expect(taken.status).toBe(409)
    expect((await taken.json()).type).toBe('urn:tenpoint:problem:slot_taken')
    const pv = await post(`/v1/answers/${preview}/reinstate`, { reason: 'x' })
    expect((await pv.json()).type).toBe('urn:tenpoint:problem:preview_never_counted')
    expect((await post(`/v1/answers/${holder}/exclude`, {})).status).toBe(422)
    expect((await post(`/v1/answers/${randomUUID()}/exclude`, { reason: 'x' })).status).toBe(404)
    expect((await post(`/v1/answers/${holder}/exclude`, { reason: 'x' }, w.project.publicKey)).status).toBe(401)
    expect(await w.snapshot()).toBe(before)
    expect(await w.count('response_edits')).toBe(1)

    // Once the slot's holder is excluded, the duplicate may take its place.
    expect((await post(`/v1/answers/${holder}/exclude`, { reason: 'staff' })).status).toBe(200)
    expect((await post(`/v1/answers/${dupe}/reinstate`, { reason: 'the real answer' })).status).toBe(200)
    expect(await figures()).toMatchObject({ n: 2, promoters: 1, detractors: 1, excluded: { by_reason: { preview: 1, excluded: 1 } } })
  })

  it("another project's answer is a 404, never a 403", async () => {
    const id = await answered()
    const other = await createProject(w.client, { name: 'Other shop' })
    expect((await secretGet(w.app, other.secretKey, `/v1/answers/${id}`)).status).toBe(404)
    expect((await post(`/v1/answers/${id}/exclude`, { reason: 'x' }, other.secretKey)).status).toBe(404)
    expect(ids((await secretGet(w.app, other.secretKey, '/v1/answers')).body)).toEqual([])
    expect((await get(`/v1/answers/${id}`)).body.counted).toBe(true)
  })
})
