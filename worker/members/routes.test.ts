/**
 * Members through the real app and database: owners list, change roles and remove; the
 * last owner stays; a removed or demoted member's session changes at once; analysts and
 * other projects are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'
import { setupLink } from '../accounts/setup'
import { createProject } from '../db/seed'

const ORIGIN = 'http://localhost'
const PASSWORD = 'a long enough secret'

function browser(w: TestWorld) {
  let cookie = ''
  return {
    async call(method: string, path: string, body?: unknown) {
      const res = await w.app.request(path, {
        method,
        headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const m = /tp_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')
      if (m) cookie = m[1] ? `tp_session=${m[1]}` : ''
      return res
    },
  }
}
type Browser = ReturnType<typeof browser>

describe('/v1/members', { timeout: 60_000 }, () => {
  let w: TestWorld
  let owner: Browser
  beforeEach(async () => {
    w = await world()
    const link = (await setupLink(w.store, w.project.id, w.now.t))!
    owner = browser(w)
    expect((await owner.call('POST', '/auth/join', { token: link.split('/join/')[1], email: 'owner@example.com', password: PASSWORD })).status).toBe(201)
  })
  afterEach(() => w.close())

  async function join(role: 'owner' | 'analyst', email: string) {
    w.advance(1000)
    const { link } = await (await owner.call('POST', '/auth/invites', { role })).json()
    const b = browser(w)
    expect((await b.call('POST', '/auth/join', { token: link.split('/join/')[1], email, password: PASSWORD })).status).toBe(201)
    return b
  }
  const members = async (b: Browser = owner) => (await (await b.call('GET', '/v1/members')).json()).members as { id: string; email: string; role: string; joined_at: number }[]
  const idOf = async (email: string) => (await members()).find((m) => m.email === email)!.id

  it('lists members with their roles; an owner changes a role, which holds at once for that session', async () => {
    const analyst = await join('analyst', 'ann@example.com')
    const list = await members()
    expect(list.map((m) => [m.email, m.role])).toEqual([
      ['owner@example.com', 'owner'],
      ['ann@example.com', 'analyst'],
    ])
    expect(list[1].id).toMatch(/^usr_/)
    // The analyst may read the members (to assign a follow-up), not change them.
    expect((await analyst.call('GET', '/v1/members')).status).toBe(200)
    expect((await analyst.call('PATCH', `/v1/members/${list[1].id}`, { role: 'owner' })).status).toBe(403)
    expect((await analyst.call('GET', '/v1/tokens')).status).toBe(403)

    const up = await owner.call('PATCH', `/v1/members/${list[1].id}`, { role: 'owner' })
    expect(up.status).toBe(200)
    expect(await up.json()).toMatchObject({ email: 'ann@example.com', role: 'owner' })
    // The same session now holds the owner's scope, without signing in again.
    expect((await analyst.call('GET', '/v1/tokens')).status).toBe(200)
    expect((await owner.call('PATCH', `/v1/members/${list[1].id}`, { role: 'analyst' })).status).toBe(200)
    expect((await analyst.call('GET', '/v1/tokens')).status).toBe(403)
    expect((await owner.call('PATCH', `/v1/members/${list[1].id}`, { role: 'boss' })).status).toBe(422)
  })

  it('a removed member’s session stops working at once; the account is gone from the list', async () => {
    const analyst = await join('analyst', 'ann@example.com')
    expect((await analyst.call('GET', '/v1/answers')).status).not.toBe(401)
    const id = await idOf('ann@example.com')
    expect((await owner.call('DELETE', `/v1/members/${id}`)).status).toBe(204)
    expect((await analyst.call('GET', '/v1/answers')).status).toBe(401)
    expect((await analyst.call('GET', '/v1/stats')).status).toBe(401)
    expect((await members()).map((m) => m.email)).toEqual(['owner@example.com'])
    expect(await w.count('sessions', 'user_id = ?', id)).toBe(0)
    expect((await owner.call('DELETE', `/v1/members/${id}`)).status).toBe(404)
  })

  it('the last owner can be neither demoted nor removed (409); with two owners, one may go', async () => {
    const me = await idOf('owner@example.com')
    for (const r of [await owner.call('PATCH', `/v1/members/${me}`, { role: 'analyst' }), await owner.call('DELETE', `/v1/members/${me}`)]) {
      expect(r.status).toBe(409)
      expect(r.headers.get('content-type')).toMatch(/problem\+json/)
      expect((await r.json()).type).toBe('urn:tenpoint:problem:last_owner')
    }
    const second = await join('owner', 'bob@example.com')
    const bob = await idOf('bob@example.com')
    // Both try to step down at once: exactly one succeeds, one owner remains.
    const [a, b] = await Promise.all([owner.call('PATCH', `/v1/members/${me}`, { role: 'analyst' }), second.call('PATCH', `/v1/members/${bob}`, { role: 'analyst' })])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    expect((await w.client.execute("SELECT count(*) AS n FROM memberships WHERE role = 'owner'")).rows[0].n).toBe(1)
  })

  it('another project’s member is 404; the secret key may manage members', async () => {
    const other = await createProject(w.client, { name: 'Other' })
    await w.client.execute({ sql: "INSERT INTO users (id, email, password_hash, created_at) VALUES ('usr_elsewhere', 'x@example.com', 'x', 0)", args: [] })
    await w.client.execute({ sql: "INSERT INTO memberships (user_id, project_id, role, created_at) VALUES ('usr_elsewhere', ?, 'analyst', 0)", args: [other.id] })
    expect((await owner.call('PATCH', '/v1/members/usr_elsewhere', { role: 'owner' })).status).toBe(404)
    expect((await owner.call('DELETE', '/v1/members/usr_elsewhere')).status).toBe(404)
    const r = await w.call('GET', '/v1/members', undefined, { authorization: `Bearer ${w.project.secretKey}` })
    expect(r.status).toBe(200)
    expect((await r.json()).members).toHaveLength(1)
  })
})
