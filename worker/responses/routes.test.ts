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
    expect(body).toMatchObject({ id, score: 9, counted: true, flags: [], replayed: false })

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
    const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 0, anonymous_id: 'anon1' })
    expect(r.status).toBe(201)
    expect(await r.json()).toMatchObject({ counted: false, flags: ['duplicate'] })
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
    const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 10, anonymous_id: 'anon1', ...extra }, headers)
    expect(r.status).toBe(201)
    expect((await r.json()).flags).toContain(flag)
    expect(await w.count('responses', `flags LIKE ?`, `%${flag}%`)).toBe(1)
  })

  it('an answer without a display token is stored and flagged', async () => {
    const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, score: 8, anonymous_id: 'anon9' })
    expect(r.status).toBe(201)
    expect((await r.json()).flags).toEqual(['no_display_token'])
  })

  it('caps answers per fingerprint (hashed IP + UA) and never stores the raw IP', async () => {
    await w.client.execute({ sql: 'UPDATE surveys SET rules = ? WHERE id = ?', args: [JSON.stringify({ fingerprintDailyCap: 2 }), surveyId] })
    const flags: string[][] = []
    for (let i = 0; i < 3; i++) {
      const d = await shown(`anon${i}`, { session_id: `s${i}` })
      w.advance(5000)
      const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: `anon${i}` }, { 'x-test-ip': '198.51.100.23' })
      flags.push((await r.json()).flags)
    }
    expect(flags).toEqual([[], [], ['fingerprint_cap']])
    const dump = await w.snapshot()
    expect(dump).not.toContain('198.51.100.23')
    // Another IP is another fingerprint.
    const d = await shown('anon7', { session_id: 's7' })
    w.advance(5000)
    const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: surveyId, token: d.display.token, score: 9, anonymous_id: 'anon7' }, { 'x-test-ip': '198.51.100.24', 'user-agent': UA })
    expect((await r.json()).flags).toEqual([])
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
