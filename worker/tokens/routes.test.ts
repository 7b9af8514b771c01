import { afterEach, describe, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'
import { asKey, tokenFor } from '../../test/support/secret'
import { createProject, createSurvey } from '../db/seed'

let w: TestWorld
afterEach(() => w?.close())

/** Every management endpoint, the scope it needs and a body that is valid for it. */
const ENDPOINTS: { method: string; path: string; scope: 'read' | 'write' | 'admin'; body?: unknown }[] = [
  { method: 'GET', path: '/v1/project', scope: 'read' },
  { method: 'PATCH', path: '/v1/project', scope: 'write', body: { cooldown_days: 3 } },
  { method: 'POST', path: '/v1/project/keys/rotate', scope: 'admin', body: { which: 'public' } },
  { method: 'GET', path: '/v1/surveys', scope: 'read' },
  { method: 'GET', path: '/v1/surveys/srv_x', scope: 'read' },
  { method: 'POST', path: '/v1/surveys', scope: 'write', body: { name: 'n', kind: 'relational' } },
  { method: 'PATCH', path: '/v1/surveys/srv_x', scope: 'write', body: { name: 'renamed' } },
  { method: 'POST', path: '/v1/surveys/srv_x/pause', scope: 'write' },
  { method: 'POST', path: '/v1/surveys/srv_x/resume', scope: 'write' },
  { method: 'POST', path: '/v1/surveys/srv_x/archive', scope: 'write' },
  { method: 'POST', path: '/v1/invitations', scope: 'write', body: { user_id: 'u1', event: 'Order_Delivered', order_id: 'o1', survey_id: 'srv_tx' } },
  { method: 'POST', path: '/v1/surveys/srv_x/import', scope: 'write', body: { raw: 'external_id,score,created_at\nx1,9,2025-01-01\n', type: 'text/csv' } },
  { method: 'GET', path: '/v1/tokens', scope: 'admin' },
  { method: 'POST', path: '/v1/tokens', scope: 'admin', body: { name: 'ci', scope: 'read' } },
  { method: 'DELETE', path: '/v1/tokens/tok_missing', scope: 'admin' },
]
const RANK = { read: 0, write: 1, admin: 2 }
const ok = (status: number) => status >= 200 && status < 300

describe('scopes × endpoints', () => {
  it('each token scope reaches exactly the endpoints its scope (or a lower one) covers; the secret key reaches all', async () => {
    w = await world()
    await w.survey({ id: 'srv_x', kind: 'relational', name: 'x' })
    await w.survey({ id: 'srv_tx', kind: 'transactional', name: 'tx', rules: { triggerEvents: ['Order_Delivered'] } })
    const holders = { read: await tokenFor(w, 'read'), write: await tokenFor(w, 'write'), admin: await tokenFor(w, 'admin') }
    const table: string[] = []
    for (const e of ENDPOINTS) {
      // Archive last would break resume; reset before each call so every call is valid.
      for (const [held, token] of Object.entries(holders) as [keyof typeof RANK, string][]) {
        await w.client.execute("UPDATE surveys SET status = 'paused' WHERE id = 'srv_x'")
        const r = await asKey(w, token)(e.method, e.path, e.body)
        const allowed = RANK[held] >= RANK[e.scope]
        const expected = e.path === '/v1/tokens/tok_missing' && allowed ? 404 : null
        table.push(`${e.method} ${e.path} ${held}: ${r.status}`)
        if (allowed) expect(expected ? r.status === expected : ok(r.status), `${e.method} ${e.path} with ${held}: ${r.status} ${await r.clone().text()}`).toBe(true)
        else {
          expect(r.status, `${e.method} ${e.path} with ${held}`).toBe(403)
          expect((await r.json()).type).toBe('urn:tenpoint:problem:insufficient_scope')
        }
      }
      await w.client.execute("UPDATE surveys SET status = 'paused' WHERE id = 'srv_x'")
      const s = await asKey(w, w.project.secretKey)(e.method, e.path, e.body)
      expect(e.path === '/v1/tokens/tok_missing' ? s.status === 404 : ok(s.status), `${e.method} ${e.path} with the secret key: ${s.status}`).toBe(true)
    }
    expect(table.length).toBe(ENDPOINTS.length * 3)
  })

  it('a public key, no key, a revoked or unknown token get 401 on every secret endpoint', async () => {
    w = await world()
    await w.survey({ id: 'srv_x', kind: 'relational', name: 'x' })
    const revoked = await tokenFor(w, 'admin')
    const list = await (await asKey(w, w.project.secretKey)('GET', '/v1/tokens')).json()
    expect((await asKey(w, w.project.secretKey)('DELETE', `/v1/tokens/${list.tokens[0].id}`)).status).toBe(200)
    for (const e of ENDPOINTS) {
      for (const [key, type] of [
        [w.project.publicKey, 'wrong_key_kind'],
        [revoked, 'unknown_key'],
        [`tp_${'A'.repeat(40)}`, 'unknown_key'],
        [`sk_${'A'.repeat(40)}`, 'unknown_key'],
      ]) {
        const r = await asKey(w, key)(e.method, e.path, e.body)
        expect(r.status, `${e.method} ${e.path} with ${key.slice(0, 3)}`).toBe(401)
        expect((await r.json()).type).toBe(`urn:tenpoint:problem:${type}`)
      }
      const none = await w.app.request(e.path, { method: e.method })
      expect(none.status).toBe(401)
    }
    // And a secret-side token is refused by the public endpoints.
    const t = await tokenFor(w, 'admin')
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { authorization: `Bearer ${t}` })).status).toBe(401)
  })

  it("another project's token gets 404 for this project's survey ids, never 403", async () => {
    w = await world()
    const mine = await w.survey({ kind: 'relational', name: 'mine' })
    const other = await createProject(w.client, { name: 'Other' })
    await createSurvey(w.client, { id: 'srv_theirs', projectId: other.id, kind: 'relational', name: 'theirs' })
    const theirAdmin = asKey(w, await (async () => {
      const r = await asKey(w, other.secretKey)('POST', '/v1/tokens', { name: 'x', scope: 'admin' })
      return (await r.json()).token as string
    })())
    for (const [method, path, body] of [
      ['GET', `/v1/surveys/${mine}`],
      ['PATCH', `/v1/surveys/${mine}`, { name: 'hijack' }],
      ['POST', `/v1/surveys/${mine}/pause`],
      ['POST', `/v1/surveys/${mine}/resume`],
      ['POST', `/v1/surveys/${mine}/archive`],
    ] as const) {
      const r = await theirAdmin(method, path, body)
      expect(r.status, `${method} ${path}`).toBe(404)
      // Same answer as for an id that exists nowhere.
      const missing = await theirAdmin(method, path.replace(mine, 'srv_nowhere'), body)
      expect(await r.json()).toEqual(await missing.json())
    }
    const listed = await (await theirAdmin('GET', '/v1/surveys')).json()
    expect(listed.surveys.map((s: { id: string }) => s.id)).toEqual(['srv_theirs'])
    // Their token cannot revoke ours either.
    const ours = await tokenFor(w, 'read')
    const ourList = await (await asKey(w, w.project.secretKey)('GET', '/v1/tokens')).json()
    expect((await theirAdmin('DELETE', `/v1/tokens/${ourList.tokens[0].id}`)).status).toBe(404)
    expect((await asKey(w, ours)('GET', '/v1/surveys')).status).toBe(200)
    expect(await w.count('surveys', "id = ? AND name = 'mine' AND status = 'active'", mine)).toBe(1)
  })
})

describe('tokens', () => {
  it('shown once, stored hashed, listed without the secret, last use to the minute, revocable at once', async () => {
    w = await world()
    const admin = asKey(w, w.project.secretKey)
    const created = await admin('POST', '/v1/tokens', { name: '  CI export  ', scope: 'read' })
    expect(created.status).toBe(201)
    const t = await created.json()
    expect(t).toMatchObject({ name: 'CI export', scope: 'read', last_used_at: null, revoked_at: null })
    expect(t.token).toMatch(/^tp_[A-Za-z0-9]{40}$/)
    expect(t.hint).toBe(`${t.token.slice(0, 7)}…`)
    const db = await w.client.execute('SELECT * FROM api_tokens')
    expect(JSON.stringify(db.rows)).not.toContain(t.token)

    const use = asKey(w, t.token)
    expect((await use('GET', '/v1/surveys')).status).toBe(200)
    const at = w.now.t
    w.advance(30_000)
    expect((await use('GET', '/v1/surveys')).status).toBe(200)
    let listed = (await (await admin('GET', '/v1/tokens')).json()).tokens
    expect(listed).toEqual([{ id: t.id, name: 'CI export', scope: 'read', hint: t.hint, created_at: at, last_used_at: at, revoked_at: null }])
    expect(JSON.stringify(listed)).not.toContain(t.token)
    w.advance(31_000)
    await use('GET', '/v1/surveys')
    listed = (await (await admin('GET', '/v1/tokens')).json()).tokens
    expect(listed[0].last_used_at).toBe(at + 61_000)

    const revoked = await admin('DELETE', `/v1/tokens/${t.id}`)
    expect((await revoked.json()).revoked_at).toBe(w.now.t)
    expect((await use('GET', '/v1/surveys')).status).toBe(401)
  })

  it('validates the body with field errors', async () => {
    w = await world()
    const r = await asKey(w, w.project.secretKey)('POST', '/v1/tokens', { name: '', scope: 'root', extra: 1 })
    expect(r.status).toBe(422)
    const fields = (await r.json()).errors.map((e: { field: string }) => e.field).sort()
    expect(fields).toEqual(['extra', 'name', 'scope'])
  })
})
