/**
 * The database goes away: the API answers 503 with Retry-After, stores nothing half-way,
 * and once the database is back the client's retry with the same id lands exactly once.
 * Runs the remote path (libSQL over HTTP, as on Workers) against the real engine.
 */
import type { Client } from '@libsql/client'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApp } from '../worker/app'
import { createProject, createSurvey } from '../worker/db/seed'
import type { Store } from '../worker/db/store'
import { openDatabase } from '../worker/runtime/node/database'
import { startHranaPeer, type HranaPeer } from './support/hrana-peer'
import { T0, UA } from './support/app'

let peer: HranaPeer
let client: Client
let store: Store
let app: ReturnType<typeof createApp>
let key: string
const now = { t: T0 }

beforeAll(async () => {
  peer = await startHranaPeer({ path: join(mkdtempSync(join(tmpdir(), 'faults-')), 'db') })
  const db = await openDatabase(peer.url)
  client = db.client
  store = db.store
  const p = await createProject(client, { name: 'Acme' })
  key = p.publicKey
  await createSurvey(client, { id: 'rel', projectId: p.id, kind: 'relational', name: 'r' })
  app = createApp({ db: db.store, clock: () => now.t, clientIp: () => '203.0.113.9', config: { retryAfterSeconds: 7 } })
})
afterAll(() => peer.stop())

const call = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': UA }, body: JSON.stringify(body) })

const count = async () => Number((await client.execute('SELECT COUNT(*) AS n FROM responses')).rows[0].n)

it('database down → 503 + Retry-After, nothing written; after recovery the same id lands once', async () => {
  const shown = await (await call('/v1/eligibility', { anonymous_id: 'anon', session_id: 's' })).json()
  expect(shown.show).toBe(true)
  now.t += 5000
  const answer = { id: randomUUID(), survey_id: 'rel', token: shown.display.token, score: 6, anonymous_id: 'anon' }

  await peer.stop()
  for (const path of ['/v1/responses', '/v1/eligibility']) {
    const r = await call(path, path === '/v1/responses' ? answer : { anonymous_id: 'other' })
    expect(r.status).toBe(503)
    expect(r.headers.get('retry-after')).toBe('7')
    expect(r.headers.get('content-type')).toBe('application/problem+json')
    const text = await r.text()
    expect(text).not.toMatch(/ECONNREFUSED|fetch failed|at \w+ \(/)
  }
  await peer.start()
  expect(await count()).toBe(0)

  const retry = await call('/v1/responses', answer)
  expect(retry.status).toBe(201)
  const again = await call('/v1/responses', answer)
  expect(again.status).toBe(200)
  expect(await count()).toBe(1)
})

it('a batch that fails part-way leaves nothing behind (the unit is one transaction)', async () => {
  const before = await count()
  // The second statement breaks a constraint: the first must be rolled back with it.
  await expect(
    store.write([
      { sql: "INSERT INTO salts (day, salt) VALUES ('2099-01-01', 'x')", args: [] },
      { sql: "INSERT INTO salts (day, salt) VALUES ('2099-01-01', 'y')", args: [] },
    ]),
  ).rejects.toBeTruthy()
  expect((await client.execute("SELECT COUNT(*) AS n FROM salts WHERE day = '2099-01-01'")).rows[0].n).toBe(0)
  expect(await count()).toBe(before)
})
