import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UA, world, type TestWorld } from '../../test/support/app'

let w: TestWorld
let surveyId: string
beforeEach(async () => {
  w = await world()
  surveyId = await w.survey({ kind: 'relational', name: 'Quarterly NPS' })
})
afterEach(() => w.close())

async function shown(anon = 'anon1', extra: Record<string, unknown> = {}) {
  const r = await w.call('POST', '/v1/eligibility', { anonymous_id: anon, session_id: 's1', ...extra })
  expect(r.status).toBe(200)
  const body = await r.json()
  expect(body.show).toBe(true)
  return body as { display: { id: string; token: string }; survey: { id: string } }
}

describe('POST /v1/responses', () => {
  it('stores a score, then the comment lands on the same response', async () => {
    const d = await shown()
    w.advance(5000)
    const id = randomUUID()
    const r = await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: 'anon1' })
    expect(r.status).toBe(201)
    const body = await r.json()
    expect(body).toMatchObject({ id, score: 9, replayed: false })
    expect(await w.stored(id)).toEqual({ counted: true, flags: [] })

    const p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment: 'Fast delivery' })
    expect(p.status).toBe(200)
    expect((await p.json()).comment).toBe('Fast delivery')
    expect(await w.count('responses')).toBe(1)
    expect(await w.count('responses', 'comment = ?', 'Fast delivery')).toBe(1)
    expect(await w.count('displays', 'answered_at IS NOT NULL')).toBe(1)
  })

  it('a retry with the same id is a replay, not a second row', async () => {
    const d = await shown()
    w.advance(5000)
    const payload = { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 3, anonymous_id: 'anon1' }
    const a = await w.call('POST', '/v1/responses', payload)
    const b = await w.call('POST', '/v1/responses', payload)
    expect(a.status).toBe(201)
    expect(b.status).toBe(200)
    expect((await b.json()).replayed).toBe(true)
    expect(await w.count('responses')).toBe(1)
  })

  it('the same id with a different score is a 422 conflict and changes nothing', async () => {
    const d = await shown()
    w.advance(5000)
    const id = randomUUID()
    await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 3, anonymous_id: 'anon1' })
    const before = await w.snapshot()
    const r = await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 10, anonymous_id: 'anon1' })
    expect(r.status).toBe(422)
    expect(r.headers.get('content-type')).toContain('application/problem+json')
    expect((await r.json()).errors[0].field).toBe('id')
    expect(await w.snapshot()).toBe(before)
  })

  it('a second answer for the same display is stored flagged as duplicate, not counted', async () => {
    const d = await shown()
    w.advance(5000)
    await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 10, anonymous_id: 'anon1' })
    const second = randomUUID()
    const r = await w.call('POST', '/v1/responses', { id: second, survey_id: surveyId, token: d.display.token, score: 0, anonymous_id: 'anon1' })
    expect(r.status).toBe(201)
    expect(await w.stored(second)).toEqual({ counted: false, flags: ['duplicate'] })
    expect(await w.count('responses')).toBe(2)
    expect(await w.count('responses', 'counted = 1')).toBe(1)
  })

  it.each([
    ['bot user agent', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, {}, 5000, 'bot_user_agent'],
    ['curl', { 'user-agent': 'curl/8.5.0' }, {}, 5000, 'bot_user_agent'],
    ['honeypot', {}, { website: 'http://spam.example' }, 5000, 'honeypot'],
    ['answer faster than a human reads', {}, {}, 300, 'too_fast'],
  ])('flags %s and still stores it', async (_name, headers, extra, after, flag) => {
    const d = await shown()
    w.advance(after)
    const id = randomUUID()
    const r = await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 10, anonymous_id: 'anon1', ...extra }, headers)
    expect(r.status).toBe(201)
    const body = await r.json()
    // The public answer is no oracle: it never says whether or why an answer was flagged.
    expect(body).not.toHaveProperty('flags')
    expect(body).not.toHaveProperty('counted')
    expect(await w.stored(id)).toEqual({ counted: false, flags: [flag] })
    expect(await w.count('responses', `flags LIKE ?`, `%${flag}%`)).toBe(1)
  })

  it('an answer without a display token is stored and flagged', async () => {
    const id = randomUUID()
    const r = await w.call('POST', '/v1/responses', { id, survey_id: surveyId, score: 8, anonymous_id: 'anon9' })
    expect(r.status).toBe(201)
    expect(await w.stored(id)).toEqual({ counted: false, flags: ['no_display_token'] })
  })

  it('caps answers per fingerprint (hashed IP + UA) and never stores the raw IP', async () => {
    await w.client.execute({ sql: 'UPDATE surveys SET rules = ? WHERE id = ?', args: [JSON.stringify({ fingerprintDailyCap: 2 }), surveyId] })
    const flags: string[][] = []
    for (let i = 0; i < 3; i++) {
      const d = await shown(`anon${i}`, { session_id: `s${i}` })
      w.advance(5000)
      const id = randomUUID()
      await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: `anon${i}` }, { 'x-test-ip': '198.51.100.23' })
      flags.push((await w.stored(id)).flags)
    }
    expect(flags).toEqual([[], [], ['fingerprint_cap']])
    const dump = await w.snapshot()
    expect(dump).not.toContain('198.51.100.23')
    // Another IP is another fingerprint.
    const d = await shown('anon7', { session_id: 's7' })
    w.advance(5000)
    const last = randomUUID()
    await w.call('POST', '/v1/responses', { id: last, survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: 'anon7' }, { 'x-test-ip': '198.51.100.24', 'user-agent': UA })
    expect(await w.stored(last)).toEqual({ counted: true, flags: [] })
  })

  it('the fingerprint salt rotates daily: today and yesterday kept, older deleted', async () => {
    for (let day = 0; day < 4; day++) {
      await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, score: 8, anonymous_id: `x${day}` })
      w.advance(86_400_000)
    }
    const fps = await w.client.execute('SELECT DISTINCT fingerprint FROM responses')
    expect(fps.rows.length).toBe(4)
    expect(await w.count('salts')).toBeLessThanOrEqual(2)
  })

  it('a comment can only be written by the visitor who answered', async () => {
    const d = await shown()
    w.advance(5000)
    const id = randomUUID()
    await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 2, anonymous_id: 'anon1' })
    const before = await w.snapshot()
    const r = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'intruder', comment: 'hijack' })
    expect(r.status).toBe(404)
    expect(await w.snapshot()).toBe(before)
  })
})

describe('counted means "enters the NPS"', () => {
  const GOOGLEBOT = { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }

  async function transactional() {
    const tx = await w.survey({ id: 'tx', kind: 'transactional', name: 'delivery', rules: { triggerEvents: ['Order_Delivered'] } })
    const inv = await w.call('POST', '/v1/invitations', { user_id: 'u1', event: 'Order_Delivered', order_id: 'ord-1' }, { authorization: `Bearer ${w.project.secretKey}` })
    expect(inv.status).toBe(201)
    const d = await shown('anon1', { user_id: 'u1' })
    expect(d.survey.id).toBe(tx)
    w.advance(5000)
    return { tx, token: d.display.token }
  }
  const answer = (tx: string, token: string, id: string, headers: Record<string, string> = {}) =>
    w.call('POST', '/v1/responses', { id, survey_id: tx, token, score: 9, anonymous_id: 'anon1', user_id: 'u1' }, headers)

  it('a bot that answers first for an order does not block the honest answer after it', async () => {
    const { tx, token } = await transactional()
    const bot = randomUUID()
    const honest = randomUUID()
    expect((await answer(tx, token, bot, GOOGLEBOT)).status).toBe(201)
    expect(await w.count('invitations', 'answered_at IS NOT NULL')).toBe(0)
    expect(await w.count('displays', 'answered_at IS NOT NULL')).toBe(0)
    expect((await answer(tx, token, honest)).status).toBe(201)
    expect(await w.stored(bot)).toEqual({ counted: false, flags: ['bot_user_agent'] })
    expect(await w.stored(honest)).toEqual({ counted: true, flags: [] })
    expect(await w.count('invitations', 'answered_at IS NOT NULL')).toBe(1)
  })

  it('and the reverse: an honest answer first, then a bot: the honest one stays the counted one', async () => {
    const { tx, token } = await transactional()
    const honest = randomUUID()
    const bot = randomUUID()
    await answer(tx, token, honest)
    await answer(tx, token, bot, GOOGLEBOT)
    expect(await w.stored(honest)).toEqual({ counted: true, flags: [] })
    expect((await w.stored(bot)).counted).toBe(false)
    expect((await w.stored(bot)).flags).toContain('bot_user_agent')
    expect(await w.count('responses', 'counted = 1')).toBe(1)
  })

  it('PATCH tells no more than POST: no counted, no flags', async () => {
    const { tx, token } = await transactional()
    const bot = randomUUID()
    await answer(tx, token, bot, GOOGLEBOT)
    const p = await w.call('PATCH', `/v1/responses/${bot}`, { anonymous_id: 'anon1', comment: 'ok' }, GOOGLEBOT)
    expect(p.status).toBe(200)
    const body = await p.json()
    expect(Object.keys(body).sort()).toEqual(['comment', 'created_at', 'id', 'replayed', 'score', 'survey_id'])
  })
})

describe('PATCH /v1/responses/:id changes the score from the same browser', () => {
  it('changes the score of the same response, logs before and after, and keeps it counted', async () => {
    const d = await shown()
    w.advance(5000)
    const id = randomUUID()
    await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score: 4, anonymous_id: 'anon1' })
    const p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', score: 8, comment: 'changed my mind' })
    expect(p.status).toBe(200)
    expect(await p.json()).toMatchObject({ id, score: 8, comment: 'changed my mind' })
    expect(await w.count('responses')).toBe(1)
    expect(await w.stored(id)).toEqual({ counted: true, flags: [] })
    const edits = await w.client.execute('SELECT kind, before, after, actor FROM response_edits ORDER BY id')
    expect(edits.rows.map((r) => [r.kind, r.before, r.after, r.actor])).toEqual([
      ['comment', null, 'changed my mind', 'respondent'],
      ['score', '4', '8', 'respondent'],
    ])
    // Another browser cannot change it.
    expect((await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'intruder', score: 0 })).status).toBe(404)
    expect(await w.count('responses', 'score = 8')).toBe(1)
  })

  it('refuses an out-of-range score with the field', async () => {
    const r = await w.call('PATCH', `/v1/responses/${randomUUID()}`, { anonymous_id: 'anon1', score: 11 })
    expect(r.status).toBe(422)
    expect((await r.json()).errors[0].field).toBe('score')
  })
})

describe('preview', () => {
  it('shows a survey whatever the caps, stores the answer flagged preview, and consumes no cap', async () => {
    const d = await shown()
    w.advance(5000)
    await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: 'anon1' })
    // Answered: an ordinary call now says no…
    expect(await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', session_id: 's2' })).json()).toMatchObject({ show: false, reason: 'recently_answered' })
    // …a preview shows it anyway, and records no display.
    const displaysBefore = await w.count('displays')
    const pv = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', session_id: 's2', preview: true })).json()
    expect(pv.show).toBe(true)
    expect(await w.count('displays')).toBe(displaysBefore)
    w.advance(5000)
    const id = randomUUID()
    expect((await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: pv.display.token, score: 2, anonymous_id: 'anon1' })).status).toBe(201)
    expect(await w.stored(id)).toEqual({ counted: false, flags: ['preview'] })
    // A preview answer is never part of the person's history.
    const fresh = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'fresh', session_id: 's9' })).json()
    expect(fresh.show).toBe(true)
    const previewOnly = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'p1', session_id: 'p', preview: true })).json()
    w.advance(5000)
    await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: previewOnly.display.token, score: 7, anonymous_id: 'p1' })
    expect((await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'p1', session_id: 'p2' })).json()).show).toBe(true)
  })
})
