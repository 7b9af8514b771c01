/**
 * GET /v1/members, and follow-ups worked from the dashboard's session: an analyst may
 * assign, change status and add notes (and the log names the signed-in person, whatever
 * the body says); the member list holds this project's members only.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { loopWorld, type LoopWorld } from '../../test/support/loop'
import { setupLink } from '../accounts/setup'
import { createProject } from '../db/seed'

const PASSWORD = 'a long enough secret'
let w: LoopWorld
afterEach(() => w.close())

/** A browser: keeps the session cookie and sends this server's Origin. */
function browser(ip: string) {
  let cookie = ''
  return {
    async call(method: string, path: string, body?: unknown) {
      const res = await w.app.request(path, {
        method,
        headers: { 'content-type': 'application/json', origin: 'http://localhost', 'x-test-ip': ip, ...(cookie ? { cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const m = /tp_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')
      if (m) cookie = m[1] ? `tp_session=${m[1]}` : ''
      return res
    },
  }
}

async function team() {
  const link = (await setupLink(w.store, w.project.id, w.now.t))!
  const owner = browser('198.51.100.1')
  expect((await owner.call('POST', '/auth/join', { token: link.split('/join/')[1], email: 'owner@example.com', password: PASSWORD })).status).toBe(201)
  const { link: invite } = await (await owner.call('POST', '/auth/invites', { role: 'analyst' })).json()
  const analyst = browser('198.51.100.2')
  expect((await analyst.call('POST', '/auth/join', { token: invite.split('/join/')[1], email: 'ana@example.com', password: PASSWORD })).status).toBe(201)
  return { owner, analyst }
}

describe('GET /v1/members', () => {
  it("lists this project's members (id, e-mail, role) to its owner, its analyst and its key — never another project's", async () => {
    w = await loopWorld()
    const { owner, analyst } = await team()
    const other = await createProject(w.client, { name: 'Other' })
    await w.client.execute({ sql: "INSERT INTO users (id, email, password_hash, created_at) VALUES ('u_x', 'stranger@example.com', 'x', 0)", args: [] })
    await w.client.execute({ sql: "INSERT INTO memberships (user_id, project_id, role, created_at) VALUES ('u_x', ?, 'owner', 0)", args: [other.id] })
    // Oldest first (the fake clock joins both at the same instant: compared by e-mail here).
    const expected = [
      { id: expect.any(String), email: 'ana@example.com', role: 'analyst', joined_at: expect.any(Number) },
      { id: expect.any(String), email: 'owner@example.com', role: 'owner', joined_at: expect.any(Number) },
    ]
    for (const r of [await owner.call('GET', '/v1/members'), await analyst.call('GET', '/v1/members'), await w.secret('GET', '/v1/members')]) {
      expect(r.status).toBe(200)
      const { members } = (await r.json()) as { members: { email: string }[] }
      expect([...members].sort((a, b) => a.email.localeCompare(b.email))).toEqual(expected)
    }
    const theirs = await w.call('GET', '/v1/members', undefined, { authorization: `Bearer ${other.secretKey}` })
    expect((await theirs.json()).members.map((m: { email: string }) => m.email)).toEqual(['stranger@example.com'])
    expect((await w.call('GET', '/v1/members', undefined, { authorization: `Bearer ${w.project.publicKey}` })).status).toBe(401)
    expect((await browser('198.51.100.3').call('GET', '/v1/members')).status).toBe(401)
  })
})

describe('follow-ups from a session', () => {
  it('an analyst assigns, changes status and adds notes; the log names the signed-in person, not what the body claims', async () => {
    w = await loopWorld({ settings: { followups: { enabled: true } } })
    const { analyst } = await team()
    await w.answer('a', 2, { comment: 'Late again' })
    const [c] = (await (await analyst.call('GET', '/v1/followups')).json()).followups
    expect((await analyst.call('POST', `/v1/followups/${c.id}/assign`, { owner: 'ana@example.com' })).status).toBe(200)
    expect((await analyst.call('PATCH', `/v1/followups/${c.id}`, { status: 'contacted', actor: 'someone else' })).status).toBe(200)
    const r = await analyst.call('POST', `/v1/followups/${c.id}/notes`, { text: 'Refund sent' })
    expect(r.status).toBe(200)
    const done = await r.json()
    expect(done.log.map((l: { kind: string; actor: string }) => [l.kind, l.actor])).toEqual([
      ['status', 'tenpoint'],
      ['assign', 'user:ana@example.com'],
      ['status', 'user:ana@example.com'],
      ['note', 'user:ana@example.com'],
    ])
    expect(done).toMatchObject({ status: 'contacted', owner: 'ana@example.com', response: { score: 2, bucket: 'detractor', comment: 'Late again' } })
    // Still read-only elsewhere.
    expect((await analyst.call('PATCH', '/v1/project', { name: 'Mine' })).status).toBe(403)
    expect((await analyst.call('POST', '/v1/webhooks', { url: 'https://example.com/x', events: ['*'] })).status).toBe(403)
  })
})
