/**
 * The closed loop on workerd, as deployed: wrangler's bundle in Miniflare, libSQL over
 * HTTP through the Hrana peer, and a real receiver on loopback verifying signatures with
 * the standardwebhooks package. An answer's immediate attempt runs under waitUntil; what
 * fails is delivered by the Cron Trigger's scheduled handler.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createProject, createSurvey } from '../worker/db/seed'
import { openDatabase } from '../worker/runtime/node/database'
import { UA } from './support/app'
import { startHranaPeer, type HranaPeer } from './support/hrana-peer'
import { startReceiver, type Receiver } from './support/receiver'

let peer: HranaPeer
let mf: Miniflare
let rx: Receiver
let keys: { publicKey: string; secretKey: string }

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'tenpoint-workers-loop-'))
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { stdio: 'pipe', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  peer = await startHranaPeer({ path: join(out, 'db') })
  const { client } = await openDatabase(peer.url)
  const p = await createProject(client, { name: 'Edge shop' })
  keys = p
  await createSurvey(client, { id: 'rel', projectId: p.id, kind: 'relational', name: 'Quarterly', rules: { minAnswerMs: 0 } })
  rx = await startReceiver()
  mf = new Miniflare({
    modules: true,
    script: readFileSync(join(out, 'entry.js'), 'utf8'),
    scriptPath: join(out, 'entry.js'),
    modulesRoot: out,
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    bindings: { LIBSQL_URL: peer.url, TENPOINT_ALLOW_PRIVATE_TARGETS: '1' },
  })
}, 180_000)

afterAll(async () => {
  await mf?.dispose()
  await peer?.stop()
  await rx?.close().catch(() => {})
})

const call = (path: string, body: unknown, key: string) =>
  mf.dispatchFetch(`http://edge.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': UA, 'cf-connecting-ip': '198.51.100.5' },
    body: JSON.stringify(body),
  })

async function answer(anon: string, score: number) {
  const d = (await (await call('/v1/eligibility', { anonymous_id: anon, session_id: `s-${anon}` }, keys.publicKey)).json()) as { display: { token: string } }
  const id = randomUUID()
  const r = await call('/v1/responses', { id, survey_id: 'rel', token: d.display.token, score, anonymous_id: anon }, keys.publicKey)
  expect(r.status).toBe(201)
  return id
}

const until = async (ok: () => boolean, ms: number) => {
  const end = Date.now() + ms
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
}

it('delivers at once under waitUntil, and from the scheduled handler after a failure', async () => {
  const e = await call('/v1/webhooks', { url: `${rx.url}/hook`, events: ['response.created'] }, keys.secretKey)
  expect(e.status).toBe(201)
  const { secret } = (await e.json()) as { secret: string }
  rx.secrets.push(secret)

  const first = await answer('edge1', 9)
  await until(() => rx.received.length === 1, 10_000)
  expect(rx.received.map((r) => [r.json.data.response.id, Boolean(r.verifiedWith)])).toEqual([[first, true]])

  // Receiver answers 503 to the immediate attempt; the cron delivers it after the 5 s step.
  rx.answer = (n) => ({ status: n === 1 ? 503 : 200 })
  const second = await answer('edge2', 3)
  await until(() => rx.received.length === 2, 10_000)
  expect(rx.received).toHaveLength(2)
  await new Promise((r) => setTimeout(r, 5_600))
  const worker = await mf.getWorker()
  await worker.scheduled({ cron: '* * * * *' })
  await until(() => rx.received.length === 3, 10_000)
  expect(rx.received.map((r) => r.json.data.response.id)).toEqual([first, second, second])
  expect(rx.received[1].id).toBe(rx.received[2].id)
  expect(rx.received.every((r) => r.verifiedWith === secret)).toBe(true)
}, 60_000)
