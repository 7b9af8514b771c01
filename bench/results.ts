/**
 * `npm run bench:results`: the results side on a year of data. A million
 * answers over 365 days (5 channels, 3 platforms, 6 segments, 12 locales, a realistic
 * score mix, 2 % flagged) and two million displays go straight into an embedded libSQL
 * file through recursive CTEs; then each question is asked ~20 times through
 * `app.request` (auth, validation, SQL, maths, JSON) and its p50 printed beside the same
 * question asked as plain hand-written SQL on the same file (no time zone, no exclusion
 * reasons, no interval: the database's own floor for it).
 *
 * BENCH_ANSWERS (default 1e6), BENCH_RUNS (default 20), BENCH_DB (keep the file at this path).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../worker/app'
import { createProject, createSurvey } from '../worker/db/seed'
import { openDatabase } from '../worker/runtime/node/database'

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const DAY = 86_400_000
const dir = process.env.BENCH_DB ? null : mkdtempSync(join(tmpdir(), 'tenpoint-results-'))
const path = process.env.BENCH_DB ?? join(dir!, 'bench.db')

const db = await openDatabase(`file:${path}`)
const { client } = db
const now = Date.UTC(2026, 10, 30, 12)
const project = await createProject(client, { name: 'Bench shop', settings: { timeZone: 'Europe/Kyiv' } }, now - 400 * DAY)
const survey = await createSurvey(client, { projectId: project.id, kind: 'relational', name: 'NPS' }, now - 400 * DAY)
const list = (xs: string[]) => `json_array(${xs.map((x) => `'${x}'`).join(', ')})`
const CHANNELS = list(['web', 'ios', 'android', 'email', 'webview'])
const PLATFORMS = list(['web', 'ios', 'android'])
const SEGMENTS = list(['B2C', 'B2B', 'VIP', 'SMB', 'Enterprise', 'Staff'])
const LOCALES = list(['en', 'uk', 'ru', 'de', 'fr', 'es', 'it', 'pl', 'pt-BR', 'tr', 'nl', 'sv'])

let t = performance.now()
// Score mix: 30 % 10, 20 % 9, 15 % 8, 10 % 7, 25 % 0..6; every 50th answer flagged too_fast.
await client.execute({
  sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :n),
        r AS (SELECT i, abs(random()) % 100 AS p, abs(random()) AS q FROM k)
        INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score, comment,
          channel, platform, segment, locale, "returning", flags, counted, fingerprint, payload_hash, write_nonce, created_at)
        SELECT :p, :s, 'relational', 'a' || i, 'r' || (q % 300000), 'r' || (q % 300000), 't' || i,
          CASE WHEN p < 30 THEN 10 WHEN p < 50 THEN 9 WHEN p < 65 THEN 8 WHEN p < 75 THEN 7 ELSE (q >> 8) % 7 END,
          CASE WHEN q % 4 = 0 THEN 'Доставка вчасно, дякую' END,
          ${CHANNELS} ->> (q % 5), ${PLATFORMS} ->> ((q >> 3) % 3), ${SEGMENTS} ->> ((q >> 5) % 6), ${LOCALES} ->> ((q >> 7) % 12), (q >> 11) % 2,
          CASE WHEN i % 50 = 0 THEN '["too_fast"]' ELSE '[]' END, i % 50 <> 0, 'fp', 'h', 'n',
          :now - 365 * :day + (i * 365 * :day) / :n
        FROM r`,
  args: { n: ANSWERS, p: project.id, s: survey, now, day: DAY },
})
await client.execute({
  sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :n)
        INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at)
        SELECT 'd' || i, :p, :s, 'r' || (i % 300000), 't' || i, :now - 365 * :day + (i * 365 * :day) / :n,
          CASE WHEN i % 4 = 0 THEN :now - 365 * :day + (i * 365 * :day) / :n + 3000 END
        FROM k`,
  args: { n: ANSWERS * 2, p: project.id, s: survey, now, day: DAY },
})
console.log(`seeded ${ANSWERS.toLocaleString('en')} answers and ${(ANSWERS * 2).toLocaleString('en')} displays in ${((performance.now() - t) / 1000).toFixed(1)} s`)

const app = createApp({ db: db.store, clock: () => now, config: { rateLimitPerProject: 1e9 } })
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const today = day(now)
const q1 = [day(now - 182 * DAY), day(now - 92 * DAY)]
const q2 = [day(now - 91 * DAY), today]
const since90 = now - 90 * DAY

interface Question {
  name: string
  path: string
  naive: { sql: string; args: (string | number)[] }
}
const questions: Question[] = [
  {
    name: 'NPS, last 90 days',
    path: `/v1/stats?survey=${survey}&from=${day(now - 89 * DAY)}&to=${today}`,
    naive: {
      sql: `SELECT SUM(score >= 9), SUM(score BETWEEN 7 AND 8), SUM(score <= 6), SUM(counted = 0) FROM responses WHERE project_id = ? AND survey_id = ? AND created_at >= ?`,
      args: [project.id, survey, since90],
    },
  },
  {
    name: 'weekly trend, 52 weeks',
    path: `/v1/stats/trend?survey=${survey}&from=${day(now - 363 * DAY)}&to=${today}&unit=week`,
    naive: {
      sql: `SELECT strftime('%Y-%W', created_at / 1000, 'unixepoch') AS w, SUM(score >= 9), SUM(score BETWEEN 7 AND 8), SUM(score <= 6)
            FROM responses WHERE project_id = ? AND survey_id = ? AND counted = 1 AND created_at >= ? GROUP BY w`,
      args: [project.id, survey, now - 364 * DAY],
    },
  },
  {
    name: 'breakdown by segment, 90 days',
    path: `/v1/stats/breakdown?survey=${survey}&from=${day(now - 89 * DAY)}&to=${today}&by=segment`,
    naive: {
      sql: `SELECT segment, SUM(score >= 9), SUM(score BETWEEN 7 AND 8), SUM(score <= 6) FROM responses
            WHERE project_id = ? AND survey_id = ? AND counted = 1 AND created_at >= ? GROUP BY segment`,
      args: [project.id, survey, since90],
    },
  },
  {
    name: 'compare two quarters',
    path: `/v1/stats/compare?survey=${survey}&from=${q2[0]}&to=${q2[1]}&base_from=${q1[0]}&base_to=${q1[1]}`,
    naive: {
      sql: `SELECT created_at >= ? AS q, SUM(score >= 9), SUM(score BETWEEN 7 AND 8), SUM(score <= 6) FROM responses
            WHERE project_id = ? AND survey_id = ? AND counted = 1 AND created_at >= ? GROUP BY q`,
      args: [now - 91 * DAY, project.id, survey, now - 182 * DAY],
    },
  },
  {
    name: 'answers page: segment VIP, detractors',
    path: `/v1/answers?segment=VIP&bucket=detractor&limit=50`,
    naive: {
      sql: `SELECT * FROM responses WHERE project_id = ? AND segment = 'VIP' AND score <= 6 ORDER BY created_at DESC LIMIT 50`,
      args: [project.id],
    },
  },
]

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const auth = { authorization: `Bearer ${project.secretKey}` }

console.log(`\np50 of ${RUNS} runs (ms)            app.request    plain SQL`)
for (const q of questions) {
  const app_: number[] = []
  const sql: number[] = []
  for (let i = 0; i < RUNS; i++) {
    t = performance.now()
    const r = await app.request(q.path, { headers: auth })
    if (r.status !== 200) throw new Error(`${q.path}: ${r.status} ${await r.text()}`)
    await r.arrayBuffer()
    app_.push(performance.now() - t)
    t = performance.now()
    await client.execute(q.naive)
    sql.push(performance.now() - t)
  }
  console.log(`${q.name.padEnd(40)} ${p50(app_).toFixed(1).padStart(8)}    ${p50(sql).toFixed(1).padStart(8)}`)
}

await db.close()
if (dir) rmSync(dir, { recursive: true, force: true })
