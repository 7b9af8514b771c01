/**
 * Accounts on workerd, as deployed (wrangler bundle in Miniflare, libSQL over HTTP): a
 * password hashed on Node signs in on Workers, a hash made on Workers verifies on Node,
 * and the session cookie opens the secret side there too.
 */
import type { Client } from '@libsql/client'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../worker/accounts/password'
import { setupLink } from '../worker/accounts/setup'
import { createProject } from '../worker/db/seed'
import { createStore } from '../worker/db/store'
import { openDatabase } from '../worker/runtime/node/database'
import { startHranaPeer, type HranaPeer } from './support/hrana-peer'
import { ensureWorkersAssets } from './support/workers-assets'

let peer: HranaPeer
let client: Client
let mf: Miniflare
let projectId: string
const ORIGIN = 'https://edge.test'

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'tenpoint-workers-accounts-'))
  ensureWorkersAssets()
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { stdio: 'pipe', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  peer = await startHranaPeer({ path: join(out, 'db') })
  client = (await openDatabase(peer.url)).client
  projectId = (await createProject(client, { name: 'Edge shop' })).id
  mf = new Miniflare({
    modules: true,
    script: readFileSync(join(out, 'entry.js'), 'utf8'),
    scriptPath: join(out, 'entry.js'),
    modulesRoot: out,
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    bindings: { LIBSQL_URL: peer.url },
  })
}, 180_000)

afterAll(async () => {
  await mf?.dispose()
  await peer?.stop()
})

const post = (path: string, body: unknown, cookie = '') =>
  mf.dispatchFetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })
const sessionCookie = (res: { headers: { get(n: string): string | null } }) => /tp_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? ''

it('a hash made on Workers verifies on Node, and one made on Node signs in on Workers', async () => {
  const link = (await setupLink(createStore(client), projectId))!
  const joined = await post('/auth/join', { token: link.split('/join/')[1], email: 'edge@example.com', password: 'hashed on workerd' })
  expect(joined.status, await joined.clone().text()).toBe(201)
  expect(joined.headers.get('set-cookie')).toMatch(/HttpOnly; Secure; SameSite=Lax/)
  const made = await client.execute("SELECT password_hash FROM users WHERE email = 'edge@example.com'")
  expect(await verifyPassword('hashed on workerd', String(made.rows[0].password_hash))).toBe(true)

  await client.execute({ sql: 'UPDATE users SET password_hash = ?', args: [await hashPassword('hashed on node!')] })
  expect((await post('/auth/sign-in', { email: 'edge@example.com', password: 'hashed on workerd' })).status).toBe(401)
  const signedIn = await post('/auth/sign-in', { email: 'edge@example.com', password: 'hashed on node!' })
  expect(signedIn.status).toBe(200)
  const cookie = sessionCookie(signedIn)
  const project = await mf.dispatchFetch(`${ORIGIN}/v1/project`, { headers: { cookie } })
  expect(project.status).toBe(200)
  expect(((await project.json()) as { id: string }).id).toBe(projectId)
  expect((await post('/v1/tokens', { name: 'x', scope: 'read' }, cookie)).status).toBe(201)
  const forged = await mf.dispatchFetch(`${ORIGIN}/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.test', cookie }, body: '{"name":"y","scope":"admin"}' })
  expect(forged.status).toBe(403)
}, 60_000)
