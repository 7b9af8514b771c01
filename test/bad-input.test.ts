/**
 * Bad input gets a clear problem+json error and changes nothing: a table of malformed
 * requests a careless or hostile page could send, each checked for status, problem type,
 * the field named, no stack trace, and an unchanged database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../worker/crypto'
import { hmacHex } from '../worker/crypto'
import { UA, world, type TestWorld } from './support/app'

let w: TestWorld
let other: { publicKey: string; token: string }
let token: string
let expired: string
const SURVEY = 'srv_main'
const ID = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff'

beforeAll(async () => {
  w = await world()
  await w.survey({ id: SURVEY, kind: 'relational', name: 'main' })
  const shown = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', session_id: 's' })).json()
  token = shown.display.token
  // A token signed with a key this project does not have (forged), and one already expired.
  const signing = await w.client.execute({ sql: 'SELECT signing_secret FROM projects WHERE id = ?', args: [w.project.id] })
  const tokenSecret = hmacHex(String(signing.rows[0].signing_secret), 'tenpoint display token v1')
  expired = signToken(tokenSecret, { p: w.project.id, s: SURVEY, r: 'a:anon1', d: 'd1', t: 'display:d1', iat: w.now.t - 10_000, exp: w.now.t - 1 })
  // Another tenant with its own survey and token.
  const { createProject, createSurvey } = await import('../worker/db/seed')
  const p2 = await createProject(w.client, { name: 'Other tenant' })
  await createSurvey(w.client, { id: 'srv_other', projectId: p2.id, kind: 'relational', name: 'other' })
  const r2 = await w.app.request('/v1/eligibility', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${p2.publicKey}`, 'user-agent': UA },
    body: JSON.stringify({ anonymous_id: 'x', session_id: 'y' }),
  })
  other = { publicKey: p2.publicKey, token: (await r2.json()).display.token }
  w.advance(5000)
})
afterAll(() => w.close())

const ok = () => ({ id: ID, survey_id: SURVEY, token: 'VALID', score: 7, anonymous_id: 'anon1' })
const with_ = (patch: Record<string, unknown>) => ({ ...ok(), ...patch })
const without = (key: string) => {
  const o: Record<string, unknown> = ok()
  delete o[key]
  return o
}

interface Case {
  name: string
  path?: string
  method?: string
  body: unknown
  headers?: Record<string, string>
  status: number
  type: string
  field?: string
}

const cases: Case[] = [
  { name: 'score 10.5', body: with_({ score: 10.5 }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score "7"', body: with_({ score: '7' }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score -1', body: with_({ score: -1 }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score 11', body: with_({ score: 11 }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score null', body: with_({ score: null }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score NaN as string', body: JSON.stringify(ok()).replace('"score":7', '"score":"NaN"'), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score true', body: with_({ score: true }), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'score 1e400 (Infinity)', body: JSON.stringify(ok()).replace('"score":7', '"score":1e400'), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'missing score', body: without('score'), status: 422, type: 'validation_failed', field: 'score' },
  { name: 'missing id', body: without('id'), status: 422, type: 'validation_failed', field: 'id' },
  { name: 'id not a UUID', body: with_({ id: 'abc' }), status: 422, type: 'validation_failed', field: 'id' },
  { name: 'missing anonymous_id', body: without('anonymous_id'), status: 422, type: 'validation_failed', field: 'anonymous_id' },
  { name: 'anonymous_id with spaces', body: with_({ anonymous_id: 'a b' }), status: 422, type: 'validation_failed', field: 'anonymous_id' },
  { name: 'unknown field', body: with_({ project_id: 'prj_other' }), status: 422, type: 'validation_failed', field: 'project_id' },
  { name: 'comment too long', body: with_({ comment: 'x'.repeat(2001) }), status: 422, type: 'validation_failed', field: 'comment' },
  { name: 'comment a number', body: with_({ comment: 5 }), status: 422, type: 'validation_failed', field: 'comment' },
  { name: 'bad user_hash', body: with_({ user_id: 'u1', user_hash: 'zz' }), status: 422, type: 'validation_failed', field: 'user_hash' },
  { name: 'unknown channel', body: with_({ channel: 'fax' }), status: 422, type: 'validation_failed', field: 'channel' },
  { name: 'locale not a language tag', body: with_({ locale: 'english please' }), status: 422, type: 'validation_failed', field: 'locale' },
  { name: 'body is an array', body: [ok()], status: 422, type: 'validation_failed' },
  { name: 'body is a string', body: '"hello"', status: 422, type: 'validation_failed' },
  { name: 'unknown survey', body: with_({ survey_id: 'srv_nope' }), status: 422, type: 'unknown_survey', field: 'survey_id' },
  { name: 'truncated JSON', body: '{"id": "x", "score": ', status: 400, type: 'malformed_json' },
  { name: 'empty body', body: '', status: 400, type: 'malformed_json' },
  { name: 'lone surrogate in comment', body: JSON.stringify(ok()).replace('"score":7', '"score":7,"comment":"\\ud800 hi"'), status: 400, type: 'invalid_encoding', field: 'comment' },
  { name: 'invalid UTF-8 bytes', body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), status: 400, type: 'invalid_encoding' },
  { name: 'wrong content type', body: JSON.stringify(ok()), headers: { 'content-type': 'text/plain' }, status: 415, type: 'unsupported_media_type' },
  { name: 'form content type', body: 'score=7', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, type: 'unsupported_media_type' },
  { name: 'oversized body', body: with_({ comment: 'x'.repeat(20_000) }), status: 413, type: 'payload_too_large' },
  { name: 'oversized, lying content-length absent', body: new Blob(['{"a":"' + 'y'.repeat(50_000) + '"}']).stream(), status: 413, type: 'payload_too_large' },
  { name: 'missing key', body: ok(), headers: { authorization: '' }, status: 401, type: 'missing_key' },
  { name: 'unknown key', body: ok(), headers: { authorization: 'Bearer pk_doesnotexist123' }, status: 401, type: 'unknown_key' },
  { name: 'secret key used as public key', body: ok(), headers: { authorization: 'SECRET' }, status: 401, type: 'wrong_key_kind' },
  { name: 'forged token', body: with_({ token: 'FORGED' }), status: 403, type: 'invalid_token', field: 'token' },
  { name: 'garbage token', body: with_({ token: 'not-a-token' }), status: 403, type: 'invalid_token', field: 'token' },
  { name: 'expired token', body: with_({ token: 'EXPIRED' }), status: 403, type: 'token_expired', field: 'token' },
  { name: "another tenant's display token", body: with_({ token: 'OTHER' }), status: 403, type: 'invalid_token', field: 'token' },
  { name: 'eligibility: survey_id wrong type', path: '/v1/eligibility', body: { anonymous_id: 'a', survey_id: 5 }, status: 422, type: 'validation_failed', field: 'survey_id' },
  { name: 'eligibility: unknown field', path: '/v1/eligibility', body: { anonymous_id: 'a', targeting: {} }, status: 422, type: 'validation_failed', field: 'targeting' },
  { name: 'eligibility: traits too many', path: '/v1/eligibility', body: { anonymous_id: 'a', traits: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i])) }, status: 422, type: 'validation_failed', field: 'traits' },
  { name: 'comment patch: missing comment', method: 'PATCH', path: `/v1/responses/${ID}`, body: { anonymous_id: 'anon1' }, status: 422, type: 'validation_failed', field: 'comment' },
  { name: 'dismiss: forged token', path: '/v1/displays/dismiss', body: { token: 'abc.def' }, status: 403, type: 'invalid_token', field: 'token' },
  { name: 'invitation with the public key', path: '/v1/invitations', body: { user_id: 'u', event: 'E', order_id: 'o' }, status: 401, type: 'wrong_key_kind' },
]

describe('bad input', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30))

  it.each(cases)('$name → $status $type', async (k) => {
    const before = await w.snapshot()
    let body = k.body
    if (body && typeof body === 'object' && 'token' in body) {
      const t = (body as { token: string }).token
      const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
      const real: Record<string, string> = { VALID: token, EXPIRED: expired, OTHER: other.token, FORGED: forged }
      body = { ...body, token: real[t] ?? t }
    }
    const headers: Record<string, string> = { ...k.headers }
    if (headers.authorization === 'SECRET') headers.authorization = `Bearer ${w.project.secretKey}`
    if (typeof body === 'string') body = body.replace('"VALID"', JSON.stringify(token))
    const payload = typeof body === 'string' || body instanceof Uint8Array || body instanceof ReadableStream ? body : JSON.stringify(body)
    const res = await w.app.request(k.path ?? '/v1/responses', {
      method: k.method ?? 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.project.publicKey}`, 'user-agent': UA, ...headers },
      body: payload as BodyInit,
      // A streamed body must say so.
      ...(payload instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit)
    expect(res.status).toBe(k.status)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const text = await res.text()
    expect(text).not.toMatch(/at \w+ \(|\.ts:\d+|node_modules|Error:/)
    const p = JSON.parse(text)
    expect(p).toMatchObject({ type: `urn:tenpoint:problem:${k.type}`, status: k.status })
    expect(typeof p.title).toBe('string')
    expect(typeof p.detail).toBe('string')
    if (k.field) expect(p.errors.map((e: { field: string }) => e.field)).toContain(k.field)
    expect(await w.snapshot()).toBe(before)
  })

  it('the valid request after all that is accepted (the table tests the input, not a broken setup)', async () => {
    const res = await w.call('POST', '/v1/responses', { ...ok(), token })
    expect(res.status).toBe(201)
  })

  it('another tenant cannot write into this project by naming it in the body', async () => {
    const res = await w.app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other.publicKey}`, 'user-agent': UA },
      body: JSON.stringify({ ...ok(), id: crypto.randomUUID(), token: undefined }),
    })
    // The key says "other tenant", and that tenant has no such survey.
    expect(res.status).toBe(422)
    expect((await res.json()).type).toBe('urn:tenpoint:problem:unknown_survey')
  })
})
