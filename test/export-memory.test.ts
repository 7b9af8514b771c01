/**
 * A million answers exported as CSV through the app: the stream pages through the
 * database, so the process's resident memory grows by far less than the file it writes.
 * The rows go in through one recursive CTE (seconds); the file is read chunk by chunk and
 * only counted, never kept.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { world, type TestWorld } from './support/app'

const ROWS = 1_000_000
/** Resident memory the export may add on top of the process before it started. */
const CEILING_MB = 100

let w: TestWorld
let survey: string
beforeAll(async () => {
  w = await world()
  survey = await w.survey({ kind: 'relational', name: 'Big' })
  await w.client.execute({
    sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
          INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score, comment,
            channel, segment, flags, counted, fingerprint, payload_hash, write_nonce, created_at)
          SELECT ?, ?, 'relational', 'a-' || i, 'r-' || i, 'r-' || i, 't-' || i, i % 11,
            CASE i % 3 WHEN 0 THEN 'Кур''єр приїхав вчасно, дякую' WHEN 1 THEN '=HYPERLINK("x")' ELSE NULL END,
            'web', CASE i % 2 WHEN 0 THEN 'B2C' ELSE 'VIP' END, '[]', 1, 'fp', 'h', 'n', ? + i * 1000
          FROM k`,
    args: [ROWS, w.project.id, survey, Date.UTC(2026, 0, 1)],
  })
}, 120_000)
afterAll(() => w?.close())

it(`exports ${ROWS.toLocaleString('en')} rows as CSV under a fixed memory ceiling`, async () => {
  globalThis.gc?.()
  const base = process.memoryUsage().rss
  let peak = base
  let bytes = 0
  let lines = 0
  const r = await w.app.request(`/v1/answers/export.csv?survey=${survey}`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })
  expect(r.status).toBe(200)
  const reader = r.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  const grewMb = (peak - base) / 2 ** 20
  console.log(`export: ${lines} lines, ${(bytes / 2 ** 20).toFixed(0)} MB written, RSS grew ${grewMb.toFixed(0)} MB (ceiling ${CEILING_MB} MB)`)
  expect(lines).toBe(ROWS + 1)
  // The file is larger than the ceiling: holding it would break the ceiling.
  expect(bytes / 2 ** 20).toBeGreaterThan(CEILING_MB)
  expect(grewMb).toBeLessThan(CEILING_MB)
}, 300_000)
