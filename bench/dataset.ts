/**
 * The results benches' year of data: `answers` answers spread evenly over the 365 days
 * before `now` (5 channels, 3 platforms, 6 segments, 12 locales, a realistic score mix,
 * a quarter with a comment, 2 % flagged too_fast) and twice as many displays (a quarter
 * dismissed), written straight into the database through recursive CTEs (the answers
 * folded into the rollups in the same transaction, as the stores do — worker/db/fold.ts;
 * the displays' triggers fill theirs as they go). Used by `npm run bench:results` and
 * `npm run bench:dashboard`.
 * @module
 */
import type { Client } from '@libsql/client'
import { FOLD } from '../worker/db/fold'

export const DAY = 86_400_000

const list = (xs: string[]) => `json_array(${xs.map((x) => `'${x}'`).join(', ')})`
const CHANNELS = list(['web', 'ios', 'android', 'email', 'webview'])
const PLATFORMS = list(['web', 'ios', 'android'])
const SEGMENTS = list(['B2C', 'B2B', 'VIP', 'SMB', 'Enterprise', 'Staff'])
const LOCALES = list(['en', 'uk', 'ru', 'de', 'fr', 'es', 'it', 'pl', 'pt-BR', 'tr', 'nl', 'sv'])

/** Seeds the year into an existing project's survey (of kind `relational`); resolves with the seconds it took. */
export async function seedYear(client: Client, o: { projectId: string; surveyId: string; answers: number; now: number }): Promise<number> {
  const t = performance.now()
  // Score mix: 30 % 10, 20 % 9, 15 % 8, 10 % 7, 25 % 0..6; every 50th answer flagged too_fast.
  await client.batch([{
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
    args: { n: o.answers, p: o.projectId, s: o.surveyId, now: o.now, day: DAY },
  }, ...FOLD], 'write')
  await client.execute({
    sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :n)
          INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at)
          SELECT 'd' || i, :p, :s, 'r' || (i % 300000), 't' || i, :now - 365 * :day + (i * 365 * :day) / :n,
            CASE WHEN i % 4 = 0 THEN :now - 365 * :day + (i * 365 * :day) / :n + 3000 END
          FROM k`,
    args: { n: o.answers * 2, p: o.projectId, s: o.surveyId, now: o.now, day: DAY },
  })
  // The bulk seed leaves its whole log in the WAL; a running server checkpoints every 200 ms.
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  return (performance.now() - t) / 1000
}
