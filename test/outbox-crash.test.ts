/**
 * kill -9 during delivery: the real Node server (as `npm start` runs it) delivers to a
 * slow receiver; it is killed with SIGKILL in the middle of its backlog and started again
 * on the same database. Every answer acknowledged with 201 is delivered, under one
 * webhook-id with one payload, and the only duplicates are the at-least-once kind:
 * messages sent but not yet settled when the process died (attempts are settled
 * SETTLE_EVERY at a time, one endpoint sends one message at a time: at most that many).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createProject, createSurvey } from '../worker/db/seed'
import { SETTLE_EVERY } from '../worker/outbox/runner'
import { openDatabase } from '../worker/runtime/node/database'
import { UA } from './support/app'
import { startReceiver, type Receiver } from './support/receiver'

const dir = mkdtempSync(join(tmpdir(), 'tenpoint-crash-'))
const port = 25_000 + Math.floor(Math.random() * 5000)
const base = `http://127.0.0.1:${port}`
let server: ChildProcess | undefined
let rx: Receiver
let keys: { publicKey: string; secretKey: string }

function start(): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['--import', 'tsx', 'worker/runtime/node/server.ts'], {
    env: { ...process.env, PORT: String(port), TENPOINT_DATA_DIR: dir, TENPOINT_ALLOW_PRIVATE_TARGETS: '1', TENPOINT_OUTBOX_LEASE_SECONDS: '15', TENPOINT_OUTBOX_INTERVAL_MS: '200' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Tenpoint is running')) resolve(p)
    })
    p.once('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}

beforeAll(async () => {
  const db = await openDatabase(`file:${join(dir, 'tenpoint.db')}`, { group: false })
  keys = await createProject(db.client, { name: 'Crashy' })
  await createSurvey(db.client, { id: 'rel', projectId: (keys as unknown as { id: string }).id, kind: 'relational', name: 'NPS', rules: { minAnswerMs: 0, fingerprintDailyCap: 1000 } })
  await db.close()
  rx = await startReceiver()
  rx.answer = () => ({ status: 200, delayMs: 120 })
  server = await start()
}, 60_000)

afterAll(async () => {
  server?.kill('SIGKILL')
  await rx.close().catch(() => {})
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true })
  else console.log('kept', dir)
})

const post = (path: string, body: unknown, key: string) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': UA }, body: JSON.stringify(body) })

async function answer(anon: string): Promise<string> {
  const d = (await (await post('/v1/eligibility', { anonymous_id: anon, session_id: `s-${anon}` }, keys.publicKey)).json()) as { display: { token: string } }
  const id = randomUUID()
  const r = await post('/v1/responses', { id, survey_id: 'rel', token: d.display.token, score: 5, anonymous_id: anon }, keys.publicKey)
  expect(r.status).toBe(201)
  return id
}

const until = async (ok: () => boolean, ms: number) => {
  const end = Date.now() + ms
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 25))
  return ok()
}

it('kill -9 in the middle of delivery loses nothing; duplicates only as at-least-once allows', async () => {
  const e = await post('/v1/webhooks', { url: `${rx.url}/hook`, events: ['response.created'] }, keys.secretKey)
  expect(e.status).toBe(201)
  rx.secrets.push(((await e.json()) as { secret: string }).secret)

  const acknowledged: string[] = []
  for (let i = 0; i < 20; i++) acknowledged.push(await answer(`before${i}`))
  // Kill while the backlog is being worked through, with a request on the wire.
  expect(await until(() => rx.received.length >= 6, 20_000)).toBe(true)
  const inFlightAtKill = rx.received.length
  server!.kill('SIGKILL')
  await new Promise((r) => server!.once('exit', r))
  expect(inFlightAtKill).toBeLessThan(20)

  server = await start()
  for (let i = 0; i < 5; i++) acknowledged.push(await answer(`after${i}`))
  const all = () => acknowledged.every((id) => rx.received.some((r) => r.json.data?.response?.id === id))
  const done = await until(all, 30_000)
  console.log(`received ${rx.received.length}, acknowledged ${acknowledged.length}, missing ${acknowledged.filter((id) => !rx.received.some((r) => r.json.data?.response?.id === id)).length}`)
  expect(done).toBe(true)

  const byId = new Map<string, { bodies: Set<string>; n: number; response: string }>()
  for (const r of rx.received) {
    const x = byId.get(r.id) ?? { bodies: new Set<string>(), n: 0, response: r.json.data.response.id }
    x.bodies.add(r.body)
    x.n++
    byId.set(r.id, x)
  }
  // One message per answer, each always with the same payload; every delivery verified.
  expect(byId.size).toBe(acknowledged.length)
  expect([...byId.values()].every((x) => x.bodies.size === 1)).toBe(true)
  expect(rx.received.every((r) => r.verifiedWith)).toBe(true)
  const duplicates = rx.received.length - byId.size
  console.log(`kill -9 test: ${rx.received.length} requests for ${byId.size} messages, ${duplicates} duplicate(s)`)
  expect(duplicates).toBeLessThanOrEqual(SETTLE_EVERY)
}, 90_000)
