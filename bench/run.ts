/**
 * `npm run bench`: the ingestion path of the real Node server (validation, key, token,
 * caps, fingerprint, dedupe, context, themes, outbox, rollups, group-committed insert)
 * against a bare Hono echo of the same JSON and against the storage floor (the echo plus
 * a plain insert of the row through the same writer, bench/floor.ts), all over real HTTP
 * with autocannon at 50 connections, in alternating rounds of the same run. Beside the
 * plain full path, the same path for a project with one webhook endpoint and one alert
 * rule (delivered to a receiver on loopback while the load runs), for a project whose
 * comment themes are switched off, and on a database with the results rollups switched
 * off (their triggers dropped, their per-commit fold given nothing to fold): each cost is
 * read side by side, not across runs. Every answer is a different
 * person's first answer to their own order (so it is counted and raises its events).
 * Then every 2xx is checked to have exactly one row, 5xx must be zero, and a burst of
 * answers measures how fast the webhook and alert messages reach the receiver.
 * Last, the eligibility, widget (bench/widget.ts) and dashboard (bench/dashboard.ts)
 * benches, each skipped with BENCH_SKIP_ELIGIBILITY / _WIDGET / _DASHBOARD=1.
 */
import { createClient } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { BUILTIN_THEMES } from '../shared/themes/taxonomy'
import { hmacHex, signToken } from '../worker/crypto'
import { createProject } from '../worker/db/seed'
import { openDatabase } from '../worker/runtime/node/database'
import { eligibilityBench } from './eligibility'
import { CONNECTIONS, cpuPerRequest, fmt, load, median, quiet, ROUNDS, start, threadTicks, UA, type Run } from './load'
import { dashboardBench } from './dashboard'
import { widgetBench } from './widget'

const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 20_000)
const ROLLUP_TRIGGERS = ['responses_rollup_update', 'responses_rollup_delete', 'displays_rollup_insert', 'displays_rollup_update', 'displays_rollup_delete']
// Rollups off: no triggers, and the fold that ends each group commit (worker/db/fold.ts)
// finds nothing to fold, its mark being above any row id (what is left of it is two
// empty range reads per group, against the mark's key and the answers' row id).
const ROLLUPS_OFF = [...ROLLUP_TRIGGERS.map((t) => `DROP TRIGGER ${t};`), `UPDATE rollup_marks SET row_id = ${Number.MAX_SAFE_INTEGER};`]

// Each person from an address of their own (the servers trust one proxy): one device's daily cap must not flag a crowd.
const ADDRESSES = Array.from({ length: AMOUNT }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`)

type Measured = Run & { accepted: string[]; cpu: ReturnType<typeof cpuPerRequest>; ackedAt: number }

/** A run against a server process, with the ids it accepted and the server's CPU per request. */
async function measure(url: string, bodies: string[], pid: number, tail?: () => Promise<void>): Promise<Measured> {
  const accepted: string[] = []
  const before = threadTicks(pid)
  const run = await load(
    url,
    bodies,
    (status, body) => {
      if (status >= 200 && status < 300) accepted.push(JSON.parse(body).id)
    },
    ADDRESSES,
  )
  const ackedAt = performance.now()
  // Work the requests left behind (webhook deliveries, comments to tag) is counted against them.
  if (tail) await tail()
  await quiet(pid)
  return { ...run, accepted, ackedAt, cpu: cpuPerRequest(before, threadTicks(pid), bodies.length) }
}

/** A receiver on loopback standing for the CRM and for Slack: answers 200, counts what arrives and when. */
async function receiver() {
  const got = { webhook: 0, slack: 0, first: 0, last: 0 }
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const now = performance.now()
      if (!got.first) got.first = now
      got.last = now
      if (req.url === '/slack') got.slack++
      else got.webhook++
      res.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { got, base, close: () => new Promise((r) => server.close(r)) }
}

interface BenchProject {
  id: string
  publicKey: string
  secretKey: string
  tokenSecret: string
  surveyId: string
}

/** Projects made straight in the database before the server starts (as the demo is). */
async function prepare(dir: string, names: string[], dropRollups: boolean): Promise<Record<string, Omit<BenchProject, 'surveyId'>>> {
  const db = await openDatabase(`file:${join(dir, 'tenpoint.db')}`, { group: false })
  const out: Record<string, Omit<BenchProject, 'surveyId'>> = {}
  for (const name of names) {
    const p = await createProject(db.client, { name, settings: { productName: name } })
    const row = (await db.client.execute({ sql: 'SELECT signing_secret, secret_key FROM projects WHERE id = ?', args: [p.id] })).rows[0]
    out[name] = { id: p.id, publicKey: p.publicKey, secretKey: p.secretKey, tokenSecret: hmacHex(String(row.signing_secret || row.secret_key), 'tenpoint display token v1') }
  }
  if (dropRollups) await db.client.executeMultiple(ROLLUPS_OFF.join('\n'))
  await db.close()
  return out
}

async function api(base: string, secret: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await r.text()
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`)
  return text ? JSON.parse(text) : null
}

const DEMO_SURVEY = {
  name: 'Order delivered',
  kind: 'transactional',
  rules: { trigger_events: ['Order_Delivered'], client_triggers: true, trigger_window_hours: 72 },
  product: 'Shop',
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-bench-'))
  const dirB = mkdtempSync(join(tmpdir(), 'tenpoint-bench-b-'))
  const port = 18_000 + Math.floor(Math.random() * 1000)
  const env = { TENPOINT_RATE_LIMIT_PER_IP: '100000000', TENPOINT_RATE_LIMIT_PER_PROJECT: '100000000', TENPOINT_ALLOW_PRIVATE_TARGETS: '1', TENPOINT_TRUSTED_PROXIES: '1' }
  // Every variant's project and survey are made the same way (not the seeded demo), so the
  // only difference between two variants is the one named.
  const keysA = await prepare(dir, ['plain', 'hooked', 'themes-off'], false)
  const keysB = await prepare(dirB, ['plain'], true)
  const server = await start('worker/runtime/node/server.ts', { ...env, PORT: String(port), TENPOINT_DATA_DIR: dir })
  const serverB = await start('worker/runtime/node/server.ts', { ...env, PORT: String(port + 3), TENPOINT_DATA_DIR: dirB })
  const base = `http://127.0.0.1:${port}`
  const baseB = `http://127.0.0.1:${port + 3}`
  const rx = await receiver()

  // Configuration through the management API, as a team would set it up.
  const survey = async (b: string, p: Omit<BenchProject, 'surveyId'>, id?: string): Promise<BenchProject> => ({ ...p, surveyId: id ?? (await api(b, p.secretKey, 'POST', '/v1/surveys', DEMO_SURVEY)).id })
  const plain = await survey(base, keysA.plain)
  const hooked = await survey(base, keysA.hooked)
  const themesOff = await survey(base, keysA['themes-off'])
  const noRollups = await survey(baseB, keysB.plain)
  await api(base, hooked.secretKey, 'POST', '/v1/webhooks', { url: `${rx.base}/crm`, events: ['response.created', 'response.commented'], description: 'CRM' })
  await api(base, hooked.secretKey, 'POST', '/v1/alerts', { kind: 'slack', url: `${rx.base}/slack`, events: ['response.created'], filter: { buckets: ['detractor'] } })
  await api(base, themesOff.secretKey, 'PATCH', '/v1/project', { themes: { disable: [...BUILTIN_THEMES] } })

  // Each body is a different person answering their own order, with a display token
  // signed as eligibility would have signed it (ten seconds ago: past the "too fast" mark).
  let serial = 0
  const bodies = (p: BenchProject) => {
    const now = Date.now()
    return Array.from({ length: AMOUNT }, (_, i) => {
      const n = serial++
      const anon = `b${n}`
      const token = signToken(p.tokenSecret, { p: p.id, s: p.surveyId, r: `a:${anon}`, d: randomUUID(), t: `order-${n}`, iat: now - 10_000, exp: now + 3_600_000 })
      return JSON.stringify({ id: randomUUID(), survey_id: p.surveyId, token, score: i % 11, anonymous_id: anon, comment: i % 3 ? undefined : 'Quick delivery, but the box was damaged.' })
    })
  }

  // The servers run side by side; rounds alternate so a noisy neighbour hits all alike.
  // Bodies are made before each round so the load generator only sends.
  const bare = await start('bench/bare.ts', { PORT: String(port + 1) })
  const floor = await start('bench/floor.ts', { PORT: String(port + 2), TENPOINT_DATA_DIR: dir })
  const variants = [
    { name: 'POST /v1/responses (full path)', url: `${base}/v1/responses?key=${plain.publicKey}`, p: plain, pid: server.proc.pid!, runs: [] as Measured[] },
    { name: 'full path, one webhook endpoint + one Slack alert rule', url: `${base}/v1/responses?key=${hooked.publicKey}`, p: hooked, pid: server.proc.pid!, runs: [] as Measured[] },
    { name: 'full path, comment themes switched off', url: `${base}/v1/responses?key=${themesOff.publicKey}`, p: themesOff, pid: server.proc.pid!, runs: [] as Measured[] },
    { name: 'full path without the rollups (no fold, no triggers)', url: `${baseB}/v1/responses?key=${noRollups.publicKey}`, p: noRollups, pid: serverB.proc.pid!, runs: [] as Measured[] },
  ]
  const echoRuns: Measured[] = []
  const floorRuns: Measured[] = []
  for (let round = 0; round < ROUNDS; round++) {
    echoRuns.push(await measure(`http://127.0.0.1:${port + 1}/echo`, bodies(plain), bare.proc.pid!))
    floorRuns.push(await measure(`http://127.0.0.1:${port + 2}/echo`, bodies(plain), floor.proc.pid!))
    // The hooked project's messages are still being sent when its round ends: its CPU is
    // read once the receiver has gone quiet, so sending them counts against this variant
    // and not against the next one's round.
    // The variants' order turns each round, so none always follows the same neighbour.
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + round) % variants.length]
      v.runs.push(await measure(v.url, bodies(v.p), v.pid, v.p === hooked ? () => settle(rx.got) : undefined))
    }
  }
  floor.proc.kill()
  bare.proc.kill()

  // Delivery: a burst of answers to the hooked project; how fast do their messages arrive?
  await settle(rx.got)
  const expectedBefore = rx.got.webhook + rx.got.slack
  rx.got.first = 0
  const burst = await measure(variants[1].url, bodies(hooked), server.proc.pid!)
  const ackedAt = burst.ackedAt
  await settle(rx.got)
  const delivered = rx.got.webhook + rx.got.slack - expectedBefore
  const deliveryRate = delivered / ((rx.got.last - rx.got.first) / 1000)
  const lagMs = Math.max(0, rx.got.last - ackedAt)

  for (const s of [server, serverB]) {
    s.proc.kill('SIGTERM')
    await new Promise((r) => s.proc.once('exit', r))
  }
  await rx.close()

  // Every 2xx must have exactly one row; count what the hooked project owed the receiver.
  let missing = 0
  let owed = 0
  for (const [d, runs] of [[dir, [...variants.slice(0, 3).flatMap((v) => v.runs), burst]], [dirB, variants[3].runs]] as const) {
    const db = createClient({ url: `file:${join(d, 'tenpoint.db')}` })
    const rows = await db.execute('SELECT client_id, COUNT(*) AS n FROM responses GROUP BY client_id')
    const perId = new Map(rows.rows.map((r) => [String(r.client_id), Number(r.n)]))
    missing += runs.flatMap((r) => r.accepted).filter((id) => perId.get(id) !== 1).length
    if (d === dir) owed = Number((await db.execute({ sql: 'SELECT COUNT(*) AS n FROM outbox_deliveries WHERE project_id = ?', args: [hooked.id] })).rows[0].n)
    db.close()
  }
  rmSync(dir, { recursive: true, force: true })
  rmSync(dirB, { recursive: true, force: true })

  const echo = median(echoRuns)
  const floorRun = median(floorRuns)
  const [full, withHooks, noThemes, noRoll] = variants.map((v) => median(v.runs))
  const fiveHundreds = [...variants.flatMap((v) => v.runs), burst].reduce((a, r) => a + r.fiveXX, 0)
  const accepted = variants.reduce((a, v) => a + v.runs.reduce((b, r) => b + r.accepted.length, 0), 0) + burst.accepted.length
  const cpu = (r: Measured) => `${r.cpu.total.toFixed(0)} (${r.cpu.threads.slice(0, 2).map(([n, v]) => `${n.replace(/^node$/, 'main')} ${v.toFixed(0)}`).join(', ')})`
  const row = (name: string, r: Measured) => `| ${name} | ${fmt(r.rps)} | ${r.result.latency.p50} | ${r.result.latency.p99} | ${r.result['2xx']} | ${r.fiveXX} | ${cpu(r)} |`
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`
  const ratio = full.rps / echo.rps
  // Costs read pairwise within each round (a round's variants ran minutes apart at most), then the median round.
  const perRound = (f: (i: number) => number) => Array.from({ length: ROUNDS }, (_, i) => f(i)).sort((a, b) => a - b)
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)]
  const spread = (xs: number[], unit = '%', k = 100) => `${(mid(xs) * k).toFixed(1)}${unit} (rounds ${xs.map((x) => (x * k).toFixed(1)).join(', ')})`
  const [fullR, hookR, noThemeR, noRollR] = variants.map((v) => v.runs)
  const hookRatios = perRound((i) => hookR[i].rps / fullR[i].rps)
  const themeRatios = perRound((i) => fullR[i].rps / noThemeR[i].rps)
  const rollupRounds = perRound((i) => (noRollR[i].rps - fullR[i].rps) / floorRuns[i].rps)
  const hookRatio = mid(hookRatios)
  const rollupPoints = mid(rollupRounds) * 100
  const cpuDelta = (a: Measured[], b: Measured[]) => perRound((i) => a[i].cpu.total - b[i].cpu.total)
  const µs = (xs: number[]) => `${mid(xs).toFixed(0)} µs/req (rounds ${xs.map((x) => x.toFixed(0)).join(', ')})`
  const lines = [
    `ingestion benchmark: ${ROUNDS} alternating rounds of ${AMOUNT} requests per endpoint, ${CONNECTIONS} connections, autocannon over loopback (median round shown); server CPU from /proc, µs per request (busiest threads)`,
    `| endpoint | req/s | p50 ms | p99 ms | 2xx | 5xx | server CPU µs/req |`,
    `|---|---|---|---|---|---|---|`,
    row('bare Hono echo (parse + echo JSON)', echo),
    row('storage floor (echo + plain insert of the row, same writer)', floorRun),
    ...variants.map((v) => row(v.name, median(v.runs))),
    ``,
    `full path / bare = ${pct(full.rps, echo.rps)} (target ≥ 60%) ${ratio >= 0.6 ? 'PASS' : 'FAIL'}`,
    `storage floor / bare = ${pct(floorRun.rps, echo.rps)}; full path / storage floor = ${pct(full.rps, floorRun.rps)}`,
    `full path p99 = ${full.result.latency.p99} ms (target < 25 ms) ${full.result.latency.p99 < 25 ? 'PASS' : 'FAIL'}; every round, req/s @ p99 ms: ${variants[0].runs.map((r) => `${fmt(r.rps)} @ ${r.result.latency.p99}`).join(', ')}`,
    `with one webhook + one alert rule / without = ${spread(hookRatios)} (target ≥ 90%) ${hookRatio >= 0.9 ? 'PASS' : 'FAIL'}; CPU ${withHooks.cpu.total.toFixed(0)} vs ${full.cpu.total.toFixed(0)} µs/req, +${µs(cpuDelta(hookR, fullR))} (includes sending the messages after the round: a webhook for every answer, a Slack alert for every detractor; read once the last one arrived)`,
    `comment themes on / off = ${spread(themeRatios)}; CPU ${full.cpu.total.toFixed(0)} vs ${noThemes.cpu.total.toFixed(0)} µs/req, ${µs(cpuDelta(fullR, noThemeR))} more with themes (a third of the answers carry a comment; tagged by the background pass, its CPU read once the server is quiet)`,
    `rollups (fold per commit): full / floor ${pct(full.rps, floorRun.rps)} with, ${pct(noRoll.rps, floorRun.rps)} without: ${spread(rollupRounds, ' points')} (target ≤ 5) ${rollupPoints <= 5 ? 'PASS' : 'FAIL'}; CPU ${full.cpu.total.toFixed(0)} vs ${noRoll.cpu.total.toFixed(0)} µs/req`,
    `webhook + alert delivery to a loopback receiver: ${delivered} messages from a burst of ${AMOUNT} answers (${fmt(burst.rps)} answers/s) at ${fmt(deliveryRate)} messages/s; last one ${(lagMs / 1000).toFixed(1)} s after the last answer was acknowledged; received ${rx.got.webhook + rx.got.slack} of ${owed} owed in all ${rx.got.webhook + rx.got.slack >= owed ? 'PASS' : 'FAIL'}`,
    `rows: 2xx (all rounds): ${accepted}, without exactly one row: ${missing}; 5xx: ${fiveHundreds} ${missing === 0 && fiveHundreds === 0 ? 'PASS' : 'FAIL'}`,
  ]
  console.log(lines.join('\n'))
  if (process.env.BENCH_SKIP_ELIGIBILITY !== '1') await eligibilityBench()
  if (process.env.BENCH_SKIP_WIDGET !== '1') await widgetBench()
  if (process.env.BENCH_SKIP_DASHBOARD !== '1') await dashboardBench()
}

/** Waits until the receiver has seen nothing new for two seconds (at most two minutes). */
async function settle(got: { webhook: number; slack: number }) {
  let last = -1
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    const now = got.webhook + got.slack
    if (now === last) return
    last = now
    await new Promise((r) => setTimeout(r, 2000))
  }
}

await main()
