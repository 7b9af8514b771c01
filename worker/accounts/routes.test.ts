/**
 * Accounts through the real app and database: the set-up link, sign-in, sessions as the
 * secret side's credential (owner → admin, analyst → read + its decisions), CSRF, rate
 * limits, password change and sign-out everywhere.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertAnswers } from '../../test/support/answers'
import { T0, world, type TestWorld } from '../../test/support/app'
import { createProject } from '../db/seed'
import { setupLink } from './setup'

const ORIGIN = 'http://localhost'
const PASSWORD = 'a long enough secret'

/** A browser: keeps the session cookie, sends this server's Origin unless told otherwise. */
function browser(w: TestWorld, ip = '198.51.100.1') {
  let cookie = ''
  const b = {
    setCookie: '',
    async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const res = await w.app.request(path, {
        method,
        headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-test-ip': ip, ...(cookie ? { cookie } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const set = res.headers.get('set-cookie')
      if (set) {
        b.setCookie = set
        const m = /tp_session=([^;]*)/.exec(set)
        cookie = m && m[1] ? `tp_session=${m[1]}` : ''
      }
      return res
    },
    get cookie() {
      return cookie
    },
  }
  return b
}

const token = (link: string) => link.split('/join/')[1]

describe('accounts', { timeout: 60_000 }, () => {
  let w: TestWorld
  beforeEach(async () => {
    w = await world()
  })
  afterEach(() => w.close())

  async function owner() {
    const link = (await setupLink(w.store, w.project.id, w.now.t))!
    const b = browser(w)
    expect((await b.call('POST', '/auth/join', { token: token(link), email: 'Owner@Example.com', password: PASSWORD })).status).toBe(201)
    return b
  }

  it('the set-up link makes the owner once; a second use and later starts print nothing', async () => {
    const link = (await setupLink(w.store, w.project.id, w.now.t))!
    expect(link).toMatch(/^\/app\/#\/join\/[A-Za-z0-9_-]{43}$/)
    const b = browser(w)
    const res = await b.call('POST', '/auth/join', { token: token(link), email: 'owner@example.com', password: PASSWORD })
    expect(res.status).toBe(201)
    expect(b.setCookie).toMatch(/tp_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/)
    expect(b.setCookie).not.toMatch(/Secure/) // plain-HTTP localhost only
    const again = await browser(w).call('POST', '/auth/join', { token: token(link), email: 'x@example.com', password: PASSWORD })
    expect(again.status).toBe(410)
    expect(await setupLink(w.store, w.project.id, w.now.t)).toBeNull()
    const me = await (await b.call('GET', '/auth/me')).json()
    expect(me).toMatchObject({ email: 'owner@example.com', project: { id: w.project.id, role: 'owner' } })
    // Passwords and sessions are stored hashed only.
    const u = await w.client.execute('SELECT password_hash FROM users')
    expect(String(u.rows[0].password_hash)).toMatch(/^scrypt\$/)
    const s = await w.client.execute('SELECT id_hash FROM sessions')
    expect(b.cookie).not.toContain(String(s.rows[0].id_hash))
  })

  it('a new set-up link replaces an unused one; a short password is refused', async () => {
    const first = (await setupLink(w.store, w.project.id, w.now.t))!
    w.advance(1)
    const second = (await setupLink(w.store, w.project.id, w.now.t))!
    expect((await browser(w).call('POST', '/auth/join', { token: token(first), email: 'a@example.com', password: PASSWORD })).status).toBe(410)
    expect((await browser(w).call('POST', '/auth/join', { token: token(second), email: 'a@example.com', password: 'short' })).status).toBe(422)
    expect((await browser(w).call('POST', '/auth/join', { token: token(second), email: 'a@example.com', password: PASSWORD })).status).toBe(201)
  })

  it('on secure origins the cookie is Secure', async () => {
    const link = (await setupLink(w.store, w.project.id, w.now.t))!
    const res = await w.app.request('https://nps.example.com/auth/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://nps.example.com' },
      body: JSON.stringify({ token: token(link), email: 'o@example.com', password: PASSWORD }),
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/)
  })

  it('sign-in: an unknown e-mail and a wrong password get the same answer', async () => {
    await owner()
    const unknown = await browser(w).call('POST', '/auth/sign-in', { email: 'nobody@example.com', password: PASSWORD })
    const wrong = await browser(w).call('POST', '/auth/sign-in', { email: 'owner@example.com', password: 'not the password' })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(await unknown.text()).toBe(await wrong.text())
    const b = browser(w, '198.51.100.9')
    expect((await b.call('POST', '/auth/sign-in', { email: 'OWNER@example.com', password: PASSWORD })).status).toBe(200)
    expect((await b.call('GET', '/auth/me')).status).toBe(200)
  })

  it('sign-in is limited per e-mail whatever the address, and per address whatever the e-mail', async () => {
    await w.close()
    w = await world({ app: { config: { signInPerMinute: 3 } } }) // TENPOINT_SIGN_IN_PER_MINUTE, default 10
    await owner()
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await browser(w, `192.0.2.${i}`).call('POST', '/auth/sign-in', { email: 'owner@example.com', password: 'guess ' + i })).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    const one = browser(w, '192.0.2.99')
    const fromOne = []
    for (let i = 0; i < 4; i++) fromOne.push((await one.call('POST', '/auth/sign-in', { email: `other${i}@example.com`, password: PASSWORD })).status)
    expect(fromOne).toEqual([401, 401, 401, 429])
    // A minute later the right password works again.
    w.advance(60_000)
    expect((await browser(w).call('POST', '/auth/sign-in', { email: 'owner@example.com', password: PASSWORD })).status).toBe(200)
  })

  it('the session calls the secret side as owner (admin); a CSRF attempt from another origin fails', async () => {
    const b = await owner()
    expect((await b.call('GET', '/v1/project')).status).toBe(200)
    expect((await b.call('GET', '/v1/tokens')).status).toBe(200)
    expect((await b.call('POST', '/v1/tokens', { name: 'x', scope: 'read' })).status).toBe(201)
    const evil = await b.call('POST', '/v1/tokens', { name: 'evil', scope: 'admin' }, { origin: 'http://evil.example' })
    expect(evil.status).toBe(403)
    expect((await evil.json()).type).toBe('urn:tenpoint:problem:cross_site_request')
    const noOrigin = await w.app.request('/v1/tokens', { method: 'POST', headers: { 'content-type': 'application/json', cookie: b.cookie }, body: '{"name":"n","scope":"read"}' })
    expect(noOrigin.status).toBe(403)
    expect((await b.call('POST', '/auth/sign-out-everywhere', undefined, { origin: 'http://evil.example' })).status).toBe(403)
    expect(await w.count('api_tokens')).toBe(1)
    // Without a session nothing changes: a cookie that names no session is no credential.
    expect((await w.app.request('/v1/project', { headers: { cookie: 'tp_session=' + 'x'.repeat(43) } })).status).toBe(401)
  })

  it('an analyst reads and decides on answers, but no keys, tokens, settings or surveys', async () => {
    const o = await owner()
    const inv = await o.call('POST', '/auth/invites', { role: 'analyst' })
    expect(inv.status).toBe(201)
    const { link } = await inv.json()
    const a = browser(w, '198.51.100.2')
    expect((await a.call('POST', '/auth/join', { token: token(link), email: 'ana@example.com', password: PASSWORD })).status).toBe(201)
    expect((await (await a.call('GET', '/auth/me')).json()).project.role).toBe('analyst')
    const survey = await w.survey({ id: 'srv_a', kind: 'transactional', name: 'A', rules: { triggerEvents: ['X'] } } as never)
    const [id] = await insertAnswers(w.client, w.project.id, [{ survey, score: 9, at: T0 - 1000 }])
    expect((await a.call('GET', `/v1/answers?survey=${survey}`)).status).toBe(200)
    expect((await a.call('GET', `/v1/stats?survey=${survey}&from=2026-01-01&to=2026-01-31`)).status).toBe(200)
    const ex = await a.call('POST', `/v1/answers/${id}/exclude`, { reason: 'staff test' })
    expect(ex.status).toBe(200)
    const edits = await w.client.execute('SELECT actor FROM response_edits')
    expect(edits.rows[0].actor).toBe('user:ana@example.com')
    for (const [m, p, body] of [
      ['GET', '/v1/tokens'],
      ['POST', '/v1/tokens', { name: 'x', scope: 'read' }],
      ['PATCH', '/v1/project', { name: 'Mine' }],
      ['POST', '/v1/project/keys/rotate', { which: 'secret' }],
      ['POST', `/v1/surveys/${survey}/pause`],
    ] as [string, string, unknown?][]) {
      expect((await a.call(m, p, body)).status, `${m} ${p}`).toBe(403)
    }
    expect((await a.call('POST', '/auth/invites', { role: 'owner' })).status).toBe(403)
  })

  it('projects: one account in two, switching changes what the secret side sees', async () => {
    const o = await owner()
    const other = await createProject(w.client, { name: 'Beta' })
    await w.client.execute({ sql: `INSERT INTO memberships (user_id, project_id, role, created_at) SELECT id, ?, 'analyst', 0 FROM users`, args: [other.id] })
    const me = await (await o.call('GET', '/auth/me')).json()
    expect(me.projects.map((p: { name: string }) => p.name)).toEqual(['Acme', 'Beta'])
    expect((await o.call('POST', '/auth/project', { project_id: 'prj_nope' })).status).toBe(404)
    expect((await o.call('POST', '/auth/project', { project_id: other.id })).status).toBe(204)
    expect((await (await o.call('GET', '/v1/project')).json()).id).toBe(other.id)
    expect((await o.call('GET', '/v1/tokens')).status).toBe(403) // analyst there
  })

  it('change password signs out the other browsers; sign out everywhere ends every session', async () => {
    const b1 = await owner()
    const b2 = browser(w, '198.51.100.3')
    expect((await b2.call('POST', '/auth/sign-in', { email: 'owner@example.com', password: PASSWORD })).status).toBe(200)
    expect((await b1.call('POST', '/auth/password', { current: 'wrong one!!', next: 'a brand new secret' })).status).toBe(401)
    expect((await b1.call('POST', '/auth/password', { current: PASSWORD, next: 'a brand new secret' })).status).toBe(204)
    expect((await b1.call('GET', '/auth/me')).status).toBe(200)
    expect((await b2.call('GET', '/auth/me')).status).toBe(401)
    expect((await browser(w).call('POST', '/auth/sign-in', { email: 'owner@example.com', password: PASSWORD })).status).toBe(401)
    const b3 = browser(w, '198.51.100.4')
    expect((await b3.call('POST', '/auth/sign-in', { email: 'owner@example.com', password: 'a brand new secret' })).status).toBe(200)
    expect((await b3.call('POST', '/auth/sign-out-everywhere')).status).toBe(204)
    expect((await b1.call('GET', '/auth/me')).status).toBe(401)
    expect(await w.count('sessions')).toBe(0)
  })

  it('a session expires after 30 days; expired ones are dropped at the next sign-in', async () => {
    const b = await owner()
    w.advance(30 * 24 * 3_600_000)
    expect((await b.call('GET', '/auth/me')).status).toBe(401)
    expect((await b.call('GET', '/v1/project')).status).toBe(401)
    expect(await w.count('sessions')).toBe(1)
    expect((await browser(w).call('POST', '/auth/sign-in', { email: 'owner@example.com', password: PASSWORD })).status).toBe(200)
    expect(await w.count('sessions')).toBe(1)
  })

  it('sign out ends this session only, and its cookie', async () => {
    const b = await owner()
    const res = await b.call('POST', '/auth/sign-out')
    expect(res.status).toBe(204)
    expect(b.cookie).toBe('')
    expect((await b.call('GET', '/v1/project')).status).toBe(401)
  })

  it('GET / leads to the dashboard', async () => {
    const res = await w.app.request('/')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/app/')
  })
})
