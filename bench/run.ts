/**
 * `npm run bench`: the ingestion path of the real Node server (validation, key, token,
 * caps, fingerprint, dedupe, group-committed insert) against a bare Hono echo of the same
 * JSON, and against the storage floor (the echo plus a plain insert of the row through
 * the same writer, bench/floor.ts), all over real HTTP with autocannon at 50 connections,
 * in alternating rounds of the same run. Then every 2xx of the full path is checked to
 * have exactly one row, and 5xx must be zero.
 */
import { createClient } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { eligibilityBench } from './eligibility'
import { CONNECTIONS, fmt, load, median, ROUNDS, start, UA, type Run } from './load'
import { widgetBench } from './widget'

const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 20_000)

/** A run of the full path, with the ids it accepted (each must have exactly one row). */
async function loadAccepting(url: string, bodies: string[]): Promise<Run & { accepted: string[] }> {
  const accepted: string[] = []
  const run = await load(url, bodies, (status, body) => {
    if (status >= 200 && status < 300) accepted.push(JSON.parse(body).id)
  })
  return { ...run, accepted }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-bench-'))
  const port = 18_000 + Math.floor(Math.random() * 1000)
  const server = await start('worker/runtime/node/server.ts', {
    PORT: String(port),
    TENPOINT_DATA_DIR: dir,
    TENPOINT_RATE_LIMIT_PER_IP: '100000000',
    TENPOINT_RATE_LIMIT_PER_PROJECT: '100000000',
  })
  const key = server.out.find((l) => l.startsWith('Public key:'))!.split(/\s+/)[2]
  const base = `http://127.0.0.1:${port}`

  // Real display tokens: 500 people whose order was delivered were shown the survey.
  const tokens: { token: string; anon: string }[] = []
  for (let i = 0; i < 500; i++) {
    const anon = `bench${i}`
    const r = await fetch(`${base}/v1/eligibility?key=${key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': UA },
      body: JSON.stringify({ anonymous_id: anon, session_id: anon, event: 'Order_Delivered', order_id: `order-${i}` }),
    })
    const d = await r.json()
    if (!d.show) throw new Error(`eligibility said no: ${JSON.stringify(d)}`)
    tokens.push({ token: d.display.token, anon })
  }
  await new Promise((r) => setTimeout(r, 1500)) // past the "faster than a human" threshold

  const responseBody = (i: number) => {
    const t = tokens[i % tokens.length]
    return JSON.stringify({ id: randomUUID(), survey_id: 'srv_delivery', token: t.token, score: i % 11, anonymous_id: t.anon, comment: i % 3 ? undefined : 'Quick delivery, but the box was damaged.' })
  }
  // The three servers run side by side; rounds alternate so a noisy neighbour hits all
  // alike. Bodies are made before each round so the load generator only sends.
  const bare = await start('bench/bare.ts', { PORT: String(port + 1) })
  const floor = await start('bench/floor.ts', { PORT: String(port + 2), TENPOINT_DATA_DIR: dir })
  const bodies = (make: (i: number) => string) => Array.from({ length: AMOUNT }, (_, i) => make(i))
  const fullRuns: (Run & { accepted: string[] })[] = []
  const echoRuns: Run[] = []
  const floorRuns: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    echoRuns.push(await load(`http://127.0.0.1:${port + 1}/echo`, bodies(responseBody)))
    floorRuns.push(await load(`http://127.0.0.1:${port + 2}/echo`, bodies(responseBody)))
    fullRuns.push(await loadAccepting(`${base}/v1/responses?key=${key}`, bodies(responseBody)))
  }
  floor.proc.kill()
  bare.proc.kill()
  server.proc.kill('SIGTERM')
  await new Promise((r) => server.proc.once('exit', r))
  const full = median(fullRuns)
  const echo = median(echoRuns)
  const floorRun = median(floorRuns)
  const accepted = fullRuns.flatMap((r) => r.accepted)

  // Every 2xx must have exactly one row.
  const db = createClient({ url: `file:${join(dir, 'tenpoint.db')}` })
  const rows = await db.execute('SELECT client_id, COUNT(*) AS n FROM responses GROUP BY client_id')
  const perId = new Map(rows.rows.map((r) => [String(r.client_id), Number(r.n)]))
  const missing = accepted.filter((id) => perId.get(id) !== 1).length
  const fiveHundreds = fullRuns.reduce((a, r) => a + r.fiveXX, 0)
  const counted = await db.execute('SELECT SUM(counted) AS c, COUNT(*) AS n FROM responses')
  db.close()
  rmSync(dir, { recursive: true, force: true })

  const ratio = full.rps / echo.rps
  const row = (name: string, r: Run) => `| ${name} | ${fmt(r.rps)} | ${r.result.latency.p50} | ${r.result.latency.p99} | ${r.result['2xx']} | ${r.fiveXX} |`
  const lines = [
    `ingestion benchmark: ${ROUNDS} alternating rounds of ${AMOUNT} requests per endpoint, ${CONNECTIONS} connections, autocannon over loopback (median round shown)`,
    `| endpoint | req/s | p50 ms | p99 ms | 2xx | 5xx |`,
    `|---|---|---|---|---|---|`,
    row('bare Hono echo (parse + echo JSON)', echo),
    row('storage floor (echo + plain insert of the row, same writer)', floorRun),
    row('POST /v1/responses (full path)', full),
    ``,
    `full path / bare = ${(ratio * 100).toFixed(1)}% (target ≥ 60%) ${ratio >= 0.6 ? 'PASS' : 'FAIL'}`,
    `storage floor / bare = ${((floorRun.rps / echo.rps) * 100).toFixed(1)}%; full path / storage floor = ${((full.rps / floorRun.rps) * 100).toFixed(1)}%`,
    `full path p99 = ${full.result.latency.p99} ms (target < 25 ms) ${full.result.latency.p99 < 25 ? 'PASS' : 'FAIL'}; every round, req/s @ p99 ms: ${fullRuns.map((r) => `${fmt(r.rps)} @ ${r.result.latency.p99}`).join(', ')}`,
    `rows: ${counted.rows[0].n} stored, ${counted.rows[0].c} counted; 2xx (all rounds): ${accepted.length}, without exactly one row: ${missing}; 5xx: ${fiveHundreds} ${missing === 0 && fiveHundreds === 0 ? 'PASS' : 'FAIL'}`,
  ]
  console.log(lines.join('\n'))
  if (process.env.BENCH_SKIP_ELIGIBILITY !== '1') await eligibilityBench()
  if (process.env.BENCH_SKIP_WIDGET !== '1') await widgetBench()
}

await main()
