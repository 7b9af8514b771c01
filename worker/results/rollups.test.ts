import { createClient, type Client, type InStatement, type Transaction } from '@libsql/client'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bucketEdges, timeBuckets } from '../../shared/stats/buckets'
import { FOLD } from '../db/fold'
import { applyMigrations } from '../runtime/node/migrate'
import { editStatements } from '../responses/queries'
import { displayRollups, expectedRollups, storedRollups } from '../../test/support/rollups'
import { excludeStatements, reinstateStatements } from './exclusions.queries'
import {
  breakdownRollupStatement,
  classCountsStatement,
  countedOf,
  countedRollupStatement,
  DAY_MS,
  HOUR_MS,
  displayCountsStatement,
  flagsOf,
  groupRollupStatement,
  keyOf,
  pieces,
  SLOT_MS,
  trendRollupStatement,
  type ClassRow,
} from './rollups'
import {
  breakdownStatement,
  countsStatement,
  displaysStatement,
  excludedStatement,
  groupCountsStatement,
  trendStatement,
} from './stats.queries'

// The migration's last two statements fill the rollups from the rows already stored.
const BACKFILL = readFileSync(new URL('../db/migrations/0008_results_rollups.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .slice(-2)
  .map((x) => x.trim())

const T0 = Date.UTC(2026, 2, 27) // a DST change in Europe (29 March) inside the data
const SPAN = 4 * DAY_MS

let db: Client
beforeAll(async () => {
  db = createClient({ url: ':memory:' })
  await applyMigrations(db)
})
afterAll(() => db.close())

const run = async (s: InStatement) => (await db.execute(s)).rows as unknown as Record<string, unknown>[]

// ---- operations ----

const pickOf = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const answer = fc.record({
  project: pickOf(['p', 'p', 'q']),
  survey: pickOf(['s1', 's2']),
  score: fc.integer({ min: 0, max: 10 }),
  flags: pickOf(['[]', '[]', '[]', '["too_fast"]', '["preview"]', '["bot_user_agent","too_fast"]', '["unverified_identity"]']),
  channel: pickOf(['web', 'ios', null]),
  platform: pickOf(['web', 'android', null]),
  segment: pickOf(['B2C', 'VIP', '', null]),
  locale: pickOf(['en', 'uk', null]),
  returning: pickOf([0, 1, null]),
  appVersion: pickOf(['1.0', '2.0', null]),
  source: pickOf(['widget', 'import']),
  at: fc.integer({ min: 0, max: SPAN - 1 }),
  respondent: fc.integer({ min: 0, max: 5 }),
})
type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never
type Op =
  | { op: 'insert'; a: Answer }
  | { op: 'exclude' | 'reinstate' | 'delete'; i: number }
  | { op: 'score'; i: number; score: number }
  | { op: 'move'; i: number; segment: string | null; at: number }
  | { op: 'display'; survey: string; at: number; dismissed: boolean }
  | { op: 'dismiss'; i: number }
  | { op: 'commit' }

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: answer.map((a) => ({ op: 'insert' as const, a })) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('exclude' as const, 'reinstate' as const), i: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), i: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('score' as const), i: fc.nat(), score: fc.integer({ min: 0, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move' as const), i: fc.nat(), segment: pickOf(['B2C', 'SMB', null]), at: fc.integer({ min: 0, max: SPAN - 1 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('display' as const), survey: pickOf(['s1', 's2']), at: fc.integer({ min: 0, max: SPAN - 1 }), dismissed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dismiss' as const), i: fc.nat() }) },
  { weight: 3, arbitrary: fc.constant({ op: 'commit' as const }) },
)

let serial = 0
/**
 * The operations in transactions as a group commit makes them: several inserts, edits,
 * exclusions, deletes and displays (of rows folded before or inserted in the same
 * transaction), then the fold and COMMIT at each `commit` and at the end.
 */
async function apply(ops: Op[]) {
  let tx: Transaction = await db.transaction('write')
  const commit = async () => {
    await tx.batch([...FOLD])
    await tx.commit()
  }
  const read = async (s: InStatement) => (await tx.execute(s)).rows as unknown as Record<string, unknown>[]
  try {
    for (const o of ops) {
      const n = serial++
      if (o.op === 'commit') {
        await commit()
        tx = await db.transaction('write')
        continue
      }
      if (o.op === 'insert') {
        const a = o.a
        const counted = a.flags === '[]' || a.flags === '["unverified_identity"]' ? 1 : 0
        // A second counted answer for the same person and trigger is refused by the unique index, as in production.
        await tx.execute({
          sql: `INSERT OR IGNORE INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score,
                  channel, platform, segment, locale, "returning", app_version, source, flags, counted, fingerprint, payload_hash, write_nonce, created_at)
                VALUES (?, ?, 'relational', ?, ?, ?, 't', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fp', 'h', 'n', ?)`,
          args: [a.project, a.survey, `c${n}`, `r${a.respondent}`, `r${a.respondent}`, a.score, a.channel, a.platform, a.segment, a.locale, a.returning, a.appVersion, a.source, a.flags, counted, T0 + a.at],
        })
        continue
      }
      if (o.op === 'display') {
        await tx.execute({
          sql: `INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at) VALUES (?, 'p', ?, 'r', 't', ?, ?)`,
          args: [`d${n}`, o.survey, T0 + o.at, o.dismissed ? T0 + o.at + 1000 : null],
        })
        continue
      }
      if (o.op === 'dismiss') {
        const ds = await read({ sql: `SELECT id FROM displays WHERE dismissed_at IS NULL ORDER BY id`, args: [] })
        if (ds.length > 0) await tx.execute({ sql: `UPDATE displays SET dismissed_at = created_at + 5 WHERE id = ?`, args: [ds[o.i % ds.length].id as string] })
        continue
      }
      const rs = await read({ sql: `SELECT project_id AS p, client_id AS id, anonymous_id AS anon FROM responses ORDER BY row_id`, args: [] })
      if (rs.length === 0) continue
      const { p, id, anon } = rs[o.i % rs.length] as { p: string; id: string; anon: string }
      const e = { projectId: p, clientId: id, actor: 'test', reason: 'why', now: T0 }
      const statements: InStatement[] =
        o.op === 'exclude' ? excludeStatements(e)
        : o.op === 'reinstate' ? reinstateStatements(e)
        : o.op === 'score' ? editStatements({ projectId: p, clientId: id, anonymousId: anon, score: o.score, now: T0 })
        : o.op === 'move' ? [{ sql: `UPDATE responses SET segment = ?, created_at = ? WHERE client_id = ?`, args: [o.segment, T0 + o.at, id] }]
        : [{ sql: `DELETE FROM responses WHERE client_id = ?`, args: [id] }]
      await tx.batch(statements)
    }
    await commit()
  } finally {
    tx.close()
  }
}

// ---- the oracle: the rollups recomputed from the answers in JS (test/support/rollups.ts) ----

// ---- the figures both ways ----

const surveys = ['s1', 's2']
const counts = (r: Record<string, unknown> | undefined) => [Number(r?.promoters ?? 0), Number(r?.passives ?? 0), Number(r?.detractors ?? 0)]
const byKey = <T>(xs: T[], key: (x: T) => string) => Object.fromEntries(xs.map((x) => [key(x), x]))

async function sameFigures(start: number, end: number) {
  const ps = pieces([[start, end]])!
  const hours = pieces([[start, end]], { hours: true })!
  expect(ps).not.toBeNull()
  const f = { surveyIds: surveys, start, end }
  // The period: counted, excluded by flags, displays.
  const classes = (await run(classCountsStatement('p', surveys, hours))) as unknown as ClassRow[]
  expect(Object.values(countedOf(classes))).toEqual(counts((await run(countsStatement('p', f)))[0]))
  const rawFlags = (await run(excludedStatement('p', f))).map((r) => ({ flags: String(r.flags), answers: Number(r.answers) }))
  expect(byKey(flagsOf(classes), (x) => x.flags)).toEqual(byKey(rawFlags, (x) => x.flags))
  const [dr] = await run(displayCountsStatement('p', surveys, ps))
  const [dw] = await run(displaysStatement('p', { surveyIds: surveys, start, end }))
  expect([Number(dr.displays ?? 0), Number(dr.dismissals ?? 0)]).toEqual([Number(dw.displays ?? 0), Number(dw.dismissals ?? 0)])
  for (const x of [ps, hours]) expect(counts((await run(countedRollupStatement('p', surveys, x)))[0])).toEqual(counts((await run(countsStatement('p', f)))[0]))
  // Every rolled-up breakdown, and a group comparison per value (the none group included).
  for (const by of ['channel', 'platform', 'segment', 'locale', 'returning', 'app_version', 'source', 'survey']) {
    const a = (await run(breakdownRollupStatement('p', surveys, start, end, by, hours))).map((r) => [keyOf(r.key), ...counts(r)] as const)
    const b = (await run(breakdownStatement('p', f, by))).map((r) => [r.key === null ? null : String(r.key), ...counts(r)] as const)
    expect(byKey([...a], (x) => String(x[0]))).toEqual(byKey([...b], (x) => String(x[0])))
    for (const value of [...b.map((x) => x[0]), null, 'nobody']) {
      expect(counts((await run(groupRollupStatement('p', surveys, start, end, by, value, hours)))[0])).toEqual(counts((await run(groupCountsStatement('p', f, by, value)))[0]))
    }
  }
  // A trend by day and by week in a zone with DST and one on the half hour.
  for (const [unit, tz] of [['day', 'Europe/Kyiv'], ['week', 'Asia/Kolkata'], ['day', 'Asia/Kathmandu']] as const) {
    const buckets = timeBuckets(start, end, unit, tz)!
    if (buckets.length === 0) continue
    const edges = bucketEdges(buckets)
    const rollup = trendRollupStatement('p', surveys, edges)
    if (!rollup) continue // a first bucket starting off the quarter hours falls back to the answers
    const a = (await run(rollup)).map((r) => [Number(r.i), ...counts(r), Number(r.excluded ?? 0)])
    const b = (await run(trendStatement('p', { surveyIds: surveys }, edges))).map((r) => [Number(r.i), ...counts(r), Number(r.excluded ?? 0)])
    expect(byKey(a.filter((x) => x.slice(1).some((n) => n !== 0)), (x) => String(x[0]))).toEqual(byKey(b, (x) => String(x[0])))
  }
}

describe('rollups', () => {
  it('pieces: days inside, quarter hours at the ends, merged; null off the quarter hours', () => {
    const d = Date.UTC(2026, 0, 1)
    expect(pieces([[d + 22 * 3_600_000, d + 3 * DAY_MS + 22 * 3_600_000]])).toEqual([
      { grain: 0, from: d + 22 * 3_600_000, to: d + DAY_MS },
      { grain: 1, from: d + DAY_MS, to: d + 3 * DAY_MS },
      { grain: 0, from: d + 3 * DAY_MS, to: d + 3 * DAY_MS + 22 * 3_600_000 },
    ])
    expect(pieces([[d, d + SLOT_MS], [d + SLOT_MS, d + DAY_MS], [d + DAY_MS, d + 2 * DAY_MS]])).toEqual([
      { grain: 0, from: d, to: d + DAY_MS },
      { grain: 1, from: d + DAY_MS, to: d + 2 * DAY_MS },
    ])
    expect(pieces([[d + 22 * 3_600_000 - SLOT_MS, d + 3 * DAY_MS + 22 * 3_600_000 + SLOT_MS]], { hours: true })).toEqual([
      { grain: 0, from: d + 22 * 3_600_000 - SLOT_MS, to: d + 22 * 3_600_000 },
      { grain: 2, from: d + 22 * 3_600_000, to: d + DAY_MS },
      { grain: 1, from: d + DAY_MS, to: d + 3 * DAY_MS },
      { grain: 2, from: d + 3 * DAY_MS, to: d + 3 * DAY_MS + 22 * 3_600_000 },
      { grain: 0, from: d + 3 * DAY_MS + 22 * 3_600_000, to: d + 3 * DAY_MS + 22 * 3_600_000 + SLOT_MS },
    ])
    expect(pieces([[d + 1000, d + DAY_MS]])).toBeNull()
    expect(pieces([[d, d]])).toEqual([])
  })

  it('property: after random inserts, score edits, exclusions, reinstatements, moves, deletes and displays, in transactions each ending with the fold (rows edited or deleted before or after their fold), the rollups equal the answers and every figure read from them equals the raw query (the dimensions: their part-days from the answers)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -8, max: SPAN / SLOT_MS + 8 }), fc.integer({ min: 0, max: SPAN / SLOT_MS + 8 })), { minLength: 1, maxLength: 3 }),
        async (ops, ranges) => {
          // Each run from empty tables (rollups last: the delete triggers write to them).
          await db.batch(['DELETE FROM responses', 'DELETE FROM displays', 'DELETE FROM response_edits', 'DELETE FROM answer_rollups', 'DELETE FROM display_rollups'], 'write')
          await apply(ops)
          const same = async () => {
            expect(await storedRollups(db)).toEqual(await expectedRollups(db))
            const displays = await displayRollups(db)
            expect(displays.stored).toEqual(displays.expected)
          }
          await same()
          const negative = await run({ sql: `SELECT COUNT(*) AS n FROM answer_rollups WHERE promoters < 0 OR passives < 0 OR detractors < 0`, args: [] })
          expect(Number(negative[0].n)).toBe(0)
          // The migration's backfill of rows stored before it gives the same rollups.
          await db.batch(['DELETE FROM answer_rollups', 'DELETE FROM display_rollups', ...BACKFILL], 'write')
          await same()
          for (const [a, len] of ranges) await sameFigures(T0 + a * SLOT_MS, T0 + (a + len) * SLOT_MS)
          // The whole span and a local-day period in Kyiv (22:00 or 21:00 UTC).
          await sameFigures(T0 - DAY_MS, T0 + SPAN + DAY_MS)
          await sameFigures(T0 - 2 * 3_600_000, T0 + 3 * DAY_MS - 3 * 3_600_000)
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)

  it('the rollups are read by their key: a range of slots per piece, never a scan; part-days by the survey-time index', async () => {
    const ps = pieces([[T0 - 2 * 3_600_000 - SLOT_MS, T0 + 3 * DAY_MS - 3 * 3_600_000]], { hours: true })!
    for (const s of [
      classCountsStatement('p', surveys, ps),
      displayCountsStatement('p', surveys, ps),
      breakdownRollupStatement('p', surveys, T0 - 2 * 3_600_000, T0 + 3 * DAY_MS - 3 * 3_600_000, 'segment', ps),
      breakdownRollupStatement('p', surveys, T0 - 2 * 3_600_000, T0 + 3 * DAY_MS - 3 * 3_600_000, 'survey', ps),
      trendRollupStatement('p', surveys, [T0, T0 + DAY_MS, T0 + 2 * DAY_MS])!,
    ] as { sql: string; args: never }[]) {
      const plan = (await run({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args })).map((r) => String(r.detail))
      const reads = plan.filter((d) => /^(SEARCH|SCAN) (r|responses)\b/.test(d))
      expect(reads.length, plan.join('\n')).toBeGreaterThan(0)
      for (const d of reads) {
        expect(d, plan.join('\n')).toMatch(
          /^SEARCH (r USING PRIMARY KEY \(project_id=\? AND survey_id=\? AND (dim=\? AND )?grain=\? AND slot>\? AND slot<\?\)|responses USING (COVERING )?INDEX responses_survey_time \(project_id=\? AND survey_id=\? AND created_at>\? AND created_at<\?\))$/,
        )
      }
    }
  })
})
