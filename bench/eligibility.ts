/**
 * The eligibility rows of `npm run bench`: `POST /v1/eligibility` is called on every page
 * view, so it must not slow down as a project collects answers. For 10 thousand and for
 * 1 million answers already stored (generated straight through the engine), the real
 * server answers the "no" path (people who answered recently: nothing to show) and the
 * "yes" path (new people: a display is stored and a token signed), side by side with the
 * bare echo of the same bodies and the reading floor (bench/eligibility-floor.ts: the
 * echo plus the same history reads and nothing else), in alternating rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSurvey, ensureDemo } from '../worker/db/seed'
import { openDatabase } from '../worker/runtime/node/database'
import { FOLD } from '../worker/db/fold'
import { CONNECTIONS, fmt, load, median, ROUNDS, start, type Run } from './load'

const AMOUNT = Number(process.env.BENCH_ELIGIBILITY_AMOUNT ?? 10_000)
const PEOPLE = 100_000
const DAY = 86_400_000

/** A project with one relational survey and `answers` stored answers from 100k people over 30 days. */
export async function generate(dir: string, answers: number) {
  const db = await openDatabase(`file:${join(dir, 'tenpoint.db')}`, { group: false })
  const demo = await ensureDemo(db.client)
  await createSurvey(db.client, { id: 'srv_rel', projectId: demo.id, kind: 'relational', name: 'Quarterly', rules: { sessionCap: 100 } })
  const now = Date.now()
  const t0 = performance.now()
  // Folded into the rollups in the same transaction, as the stores do: the server's first write must not fold them all.
  await db.client.batch([{
    sql: `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
          INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score,
                                 payload_hash, write_nonce, fingerprint, created_at, counted, flags)
          SELECT ?, 'srv_rel', 'relational', 'gen-' || i, 'a:p' || (i % CAST(? AS INTEGER)), 'p' || (i % CAST(? AS INTEGER)), 'display:gen-' || i, abs(random() % 11),
                 '', '', 'fp' || (i % 5000), ? - abs(random() % ?), 1, '[]' FROM n`,
    args: [answers - 1, demo.id, PEOPLE, PEOPLE, now, 30 * DAY],
  }, ...FOLD], 'write')
  const seconds = (performance.now() - t0) / 1000
  await db.close()
  return { key: demo.publicKey, projectId: demo.id, seconds }
}

export async function eligibilityBench() {
  const port = 19_000 + Math.floor(Math.random() * 900)
  const bare = (await start('bench/bare.ts', { PORT: String(port) })).proc
  const results: { size: number; no: Run; yes: Run; echo: Run; floor: Run; seconds: number }[] = []
  let serial = 0
  for (const size of [10_000, 1_000_000]) {
    const dir = mkdtempSync(join(tmpdir(), 'tenpoint-elig-'))
    const { key, projectId, seconds } = await generate(dir, size)
    const { proc: server } = await start('worker/runtime/node/server.ts', {
      PORT: String(port + 1),
      TENPOINT_DATA_DIR: dir,
      TENPOINT_RATE_LIMIT_PER_IP: '100000000',
      TENPOINT_RATE_LIMIT_PER_PROJECT: '100000000',
    })
    const { proc: floorServer } = await start('bench/eligibility-floor.ts', { PORT: String(port + 2), TENPOINT_DATA_DIR: dir, PROJECT_ID: projectId })
    // "No": people who answered in the last 30 days (recontact is 90). "Yes": people never seen.
    const noBody = (i: number) => JSON.stringify({ anonymous_id: `p${(i * 7919) % Math.min(size, PEOPLE)}`, session_id: `s${i}`, survey_id: 'srv_rel' })
    const yesBody = () => JSON.stringify({ anonymous_id: `new${serial}`, session_id: `n${serial++}`, survey_id: 'srv_rel' })
    const bodies = (make: (i: number) => string) => Array.from({ length: AMOUNT }, (_, i) => make(i))
    const no: Run[] = []
    const yes: Run[] = []
    const echo: Run[] = []
    const floor: Run[] = []
    for (let round = 0; round < ROUNDS; round++) {
      echo.push(await load(`http://127.0.0.1:${port}/echo`, bodies(noBody)))
      floor.push(await load(`http://127.0.0.1:${port + 2}/echo`, bodies(noBody)))
      no.push(await load(`http://127.0.0.1:${port + 1}/v1/eligibility?key=${key}`, bodies(noBody)))
      yes.push(await load(`http://127.0.0.1:${port + 1}/v1/eligibility?key=${key}`, bodies(yesBody)))
    }
    floorServer.kill()
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
    results.push({ size, no: median(no), yes: median(yes), echo: median(echo), floor: median(floor), seconds })
  }
  bare.kill()

  const [small, large] = results
  const row = (name: string, r: Run) => `| ${name} | ${fmt(r.rps)} | ${r.result.latency.p50} | ${r.result.latency.p99} | ${r.result.non2xx} | ${r.fiveXX} |`
  const noRatio = large.no.rps / large.echo.rps
  const p50 = (r: Run) => r.result.latency.p50
  const within = (a: Run, b: Run) => p50(a) <= 1.2 * p50(b) || p50(a) - p50(b) <= 1
  const ratio = (a: Run, b: Run) => (p50(b) === 0 ? 1 : p50(a) / p50(b))
  const fives = results.reduce((a, r) => a + r.no.fiveXX + r.yes.fiveXX, 0)
  console.log(
    [
      ``,
      `eligibility benchmark: ${ROUNDS} alternating rounds of ${AMOUNT} requests, ${CONNECTIONS} connections (median round shown); answers generated straight through the engine (10k in ${small.seconds.toFixed(1)} s, 1M in ${large.seconds.toFixed(1)} s)`,
      `| endpoint | req/s | p50 ms | p99 ms | non-2xx | 5xx |`,
      `|---|---|---|---|---|---|`,
      ...results.flatMap((r) => [
        row(`bare Hono echo (beside ${r.size.toLocaleString('en-US')} answers)`, r.echo),
        row(`reading floor: echo + the person's aliases and history, the same statements (${r.size.toLocaleString('en-US')} answers)`, r.floor),
        row(`eligibility "no" with ${r.size.toLocaleString('en-US')} answers stored`, r.no),
        row(`eligibility "yes" (display stored, token signed) with ${r.size.toLocaleString('en-US')} answers`, r.yes),
      ]),
      ``,
      `"no" p50 at 1M / at 10k = ${ratio(large.no, small.no).toFixed(2)} (target ≤ 1.2) ${within(large.no, small.no) ? 'PASS' : 'FAIL'}; "yes" = ${ratio(large.yes, small.yes).toFixed(2)} ${within(large.yes, small.yes) ? 'PASS' : 'FAIL'} (autocannon reports whole milliseconds: within 1 ms passes)`,
      `"no" path / bare echo at 1M = ${(noRatio * 100).toFixed(1)}% (target ≥ 50%) ${noRatio >= 0.5 ? 'PASS' : 'FAIL'}; at 10k = ${((small.no.rps / small.echo.rps) * 100).toFixed(1)}%`,
      `reading floor / bare echo at 1M = ${((large.floor.rps / large.echo.rps) * 100).toFixed(1)}%, at 10k = ${((small.floor.rps / small.echo.rps) * 100).toFixed(1)}% (what any server that reads the person's history first can keep); "no" path / reading floor at 1M = ${((large.no.rps / large.floor.rps) * 100).toFixed(1)}%, at 10k = ${((small.no.rps / small.floor.rps) * 100).toFixed(1)}%`,
      `5xx: ${fives} ${fives === 0 ? 'PASS' : 'FAIL'}`,
    ].join('\n'),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) await eligibilityBench()
