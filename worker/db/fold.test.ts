// The rollups folded per transaction (fold.ts) on both stores: a group commit of the Node
// writer mixing projects, surveys, days, dimensions, classes, displays, and edits, exclusions
// and deletes of answers folded before or inserted in the same group; a group that fails and
// is retried unit by unit; a Workers-style batch; and a database migrated from before 0013.
// Each time the rollups must equal the answers, and every figure read from them the raw query.
import type { Client, InStatement } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { migrate } from 'drizzle-orm/libsql/migrator'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { migratedBefore } from '../../test/support/migrations'
import { displayRollups, expectedRollups, figuresBothWays, storedRollups } from '../../test/support/rollups'
import { editStatements } from '../responses/queries'
import { excludeStatements, reinstateStatements } from '../results/exclusions.queries'
import { DAY_MS } from '../results/rollups'
import { openDatabase, type NodeDatabase } from '../runtime/node/database'
import { MIGRATIONS } from '../runtime/node/migrate'
import { FOLD } from './fold'
import { createStore, DbUnavailable, type Store } from './store'

const T0 = Date.UTC(2026, 2, 28, 20) // across a DST change in Europe, three UTC days
const PROJECTS = ['prj_a', 'prj_b']
const SURVEYS = ['s1', 's2']

// A small deterministic generator, so a failure names the same rows every run.
function rng(seed: number) {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

let serial = 0
function answer(r: () => number, o: { project?: string } = {}): { id: string; project: string; stmt: InStatement } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const id = `c${serial++}`
  const project = o.project ?? pick(PROJECTS)
  const flags = pick(['[]', '[]', '[]', '["too_fast"]', '["bot_user_agent"]'])
  return {
    id,
    project,
    stmt: {
      sql: `INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, trigger_key, score,
              channel, platform, segment, locale, "returning", app_version, source, flags, counted, fingerprint, payload_hash, write_nonce, created_at)
            VALUES (?, ?, 'relational', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fp', 'h', 'n', ?)`,
      args: [
        project, pick(SURVEYS), id, `r${id}`, `anon-${id}`, `t${id}`, Math.floor(r() * 11), pick(['web', 'ios', null]), pick(['web', 'android', null]),
        pick(['B2C', 'VIP', null]), pick(['en', 'uk', null]), pick([0, 1, null]), pick(['1.0', null]), pick(['widget', 'import']), flags, flags === '[]' ? 1 : 0,
        T0 + Math.floor(r() * 3 * DAY_MS),
      ],
    },
  }
}

function display(r: () => number): InStatement {
  const at = T0 + Math.floor(r() * 3 * DAY_MS)
  return {
    sql: `INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at) VALUES (?, ?, ?, 'r', 't', ?, ?)`,
    args: [`d${serial++}`, PROJECTS[Math.floor(r() * 2)], SURVEYS[Math.floor(r() * 2)], at, r() < 0.3 ? at + 2000 : null],
  }
}

const edits = (a: { id: string; project: string }, kind: number): InStatement[] => {
  const e = { projectId: a.project, clientId: a.id, actor: 'test', reason: 'why', now: T0 }
  if (kind === 0) return excludeStatements(e)
  if (kind === 1) return reinstateStatements(e)
  if (kind === 2) return editStatements({ projectId: a.project, clientId: a.id, anonymousId: `anon-${a.id}`, score: (serial++ * 7) % 11, now: T0 })
  if (kind === 3) return [{ sql: `UPDATE responses SET segment = 'SMB', created_at = created_at + 3600000 WHERE client_id = ?`, args: [a.id] }]
  return [{ sql: `DELETE FROM responses WHERE client_id = ?`, args: [a.id] }]
}

async function expectExact(client: Client) {
  expect(await storedRollups(client)).toEqual(await expectedRollups(client))
  const d = await displayRollups(client)
  expect(d.stored).toEqual(d.expected)
  for (const p of PROJECTS) {
    // The whole span, and a Kyiv local-day period (part-days at both ends).
    for (const [start, end] of [[T0 - DAY_MS, T0 + 4 * DAY_MS], [T0 + 2 * 3_600_000, T0 + 2 * DAY_MS + 21 * 3_600_000]]) {
      for (const [name, [rolled, raw]] of Object.entries(await figuresBothWays(client, p, SURVEYS, start, end))) expect(rolled, `${p} ${name}`).toEqual(raw)
    }
  }
  const [{ n }] = (await client.execute('SELECT COUNT(*) AS n FROM answer_rollups WHERE promoters < 0 OR passives < 0 OR detractors < 0')).rows
  expect(Number(n)).toBe(0)
}

let open: NodeDatabase[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const db of open) await db.close()
  open = []
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
async function database(group: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-fold-'))
  dirs.push(dir)
  const db = await openDatabase(`file:${join(dir, 'db.sqlite')}`, { group })
  open.push(db)
  return db
}

/** Units written in one turn of the event loop: the Node writer commits them as one group. */
const together = (store: Store, units: InStatement[][]) => Promise.allSettled(units.map((u) => store.write(u)))

it('Node writer: a group commit mixing projects, surveys, days, dimensions, classes, displays, and edits and deletes of answers folded before and inserted in the same group keeps the rollups exact', async () => {
  const { client, store } = await database(true)
  const r = rng(7)
  // Group 1: answers and displays only.
  const first = Array.from({ length: 150 }, () => answer(r))
  const g1 = await together(store, [...first.map((a) => [a.stmt]), ...Array.from({ length: 40 }, () => [display(r)])])
  expect(g1.every((x) => x.status === 'fulfilled')).toBe(true)
  await expectExact(client)

  // Group 2: new answers, each sometimes followed in the same group by an edit, exclusion,
  // reinstatement, move or delete of itself (not folded yet) or of an answer of group 1 (folded).
  const units: InStatement[][] = []
  for (let i = 0; i < 120; i++) {
    const a = answer(r)
    units.push([a.stmt])
    if (i % 3 === 0) units.push(edits(a, i % 5))
    if (i % 4 === 1) units.push(edits(first[(i * 13) % first.length], i % 5))
    if (i % 10 === 0) units.push([display(r), { sql: `UPDATE displays SET dismissed_at = created_at + 9 WHERE id = (SELECT MIN(id) FROM displays WHERE dismissed_at IS NULL)` }])
  }
  // An answer and an edit of it in one unit, as a request's batch may hold.
  const both = answer(r)
  units.push([both.stmt, ...edits(both, 2), ...edits(both, 0)])
  const g2 = await together(store, units)
  expect(g2.every((x) => x.status === 'fulfilled')).toBe(true)
  await expectExact(client)

  // Group 3: one unit fails, so the group is rolled back and every unit retried alone —
  // each in its own transaction, each folded.
  const third = Array.from({ length: 30 }, () => answer(r))
  const g3 = await together(store, [...third.slice(0, 15).map((a) => [a.stmt]), [{ sql: 'INSERT INTO no_such_table VALUES (1)' }], ...third.slice(15).map((a) => [a.stmt, ...edits(a, 0)])])
  expect(g3.filter((x) => x.status === 'rejected').map((x) => (x as PromiseRejectedResult).reason)).toEqual([expect.any(DbUnavailable)])
  expect(Number((await client.execute('SELECT COUNT(*) AS n FROM responses WHERE client_id IN (' + third.map(() => '?').join(', ') + ')', third.map((a) => a.id))).rows[0].n)).toBe(30)
  await expectExact(client)
  // The mark is the newest answer: nothing is left to fold.
  const [m] = (await client.execute(`SELECT (SELECT row_id FROM rollup_marks WHERE name = 'responses') AS mark, (SELECT MAX(row_id) FROM responses) AS top`)).rows
  expect(Number(m.mark)).toBe(Number(m.top))
})

it('Workers store: one batch of answers across projects, surveys and days, with an edit, an exclusion and a delete of its own rows, is folded in its transaction; results are the statements given', async () => {
  const { client } = await database(false)
  const store = createStore(client)
  const r = rng(11)
  const before = Array.from({ length: 20 }, () => answer(r))
  for (const a of before) await store.write([a.stmt])
  const batch = Array.from({ length: 40 }, () => answer(r))
  const stmts = [...batch.map((a) => a.stmt), ...edits(batch[3], 2), ...edits(batch[5], 0), ...edits(batch[8], 4), ...edits(before[2], 0), ...edits(before[4], 4), display(r)]
  const rs = await store.write(stmts)
  expect(rs).toHaveLength(stmts.length)
  await expectExact(client)
})

it('a database migrated from before 0013: answers rolled up by the old trigger are moved by edits and deletes, and new ones are folded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-0013-'))
  dirs.push(dir)
  const client = await migratedBefore(dir, '0013')
  try {
    const r = rng(5)
    const old = Array.from({ length: 40 }, () => answer(r))
    for (const a of old) await client.execute(a.stmt)
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS })
    const [m] = (await client.execute(`SELECT (SELECT row_id FROM rollup_marks WHERE name = 'responses') AS mark, (SELECT MAX(row_id) FROM responses) AS top`)).rows
    expect(Number(m.mark)).toBe(Number(m.top))
    await expectExact(client)
    const store = createStore(client)
    const fresh = Array.from({ length: 30 }, () => answer(r))
    await store.write([...fresh.map((a) => a.stmt), ...edits(old[1], 0), ...edits(old[2], 2), ...edits(old[3], 3), ...edits(old[4], 4), ...edits(fresh[0], 4)])
    await expectExact(client)
  } finally {
    client.close()
  }
})

it('the fold reads only the new answers, by row id, however large the table looks to the planner; the mark by its key', async () => {
  const { client } = await database(false)
  // Statistics of a big project (as ANALYZE would leave them): an index on (project_id, survey_id, …) looks cheap to walk in order.
  await client.execute('ANALYZE')
  for (const [idx, stat] of [
    ['responses_client_id', '5000000 2 1'],
    ['responses_counted_once', '5000000 2 1 1 1'],
    ['responses_respondent_survey', '5000000 2 3 2 1'],
    ['responses_fingerprint', '5000000 2 1 3 1'],
    ['responses_project_time', '5000000 2 1'],
    ['responses_survey_time', '5000000 2 1 1 1 1 1 1 1 1 1 1 1'],
    ['responses_themes_pending', '5000000 2 1'],
  ]) await client.execute({ sql: 'INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)', args: ['responses', idx, stat] })
  await client.execute('ANALYZE sqlite_schema')
  const plan = async (sql: string) => (await client.execute(`EXPLAIN QUERY PLAN ${sql}`)).rows.map((r) => String(r.detail))
  const [fold, move] = FOLD
  const reads = (await plan(fold.sql)).filter((d) => /\b(responses|rollup_marks)\b/.test(d))
  expect(reads.sort()).toEqual(['SEARCH responses USING INTEGER PRIMARY KEY (rowid>?)', 'SEARCH rollup_marks USING PRIMARY KEY (name=?)'])
  for (const d of (await plan(move.sql)).filter((x) => /\bresponses\b/.test(x))) expect(d).toMatch(/^SEARCH responses( USING INTEGER PRIMARY KEY)?$|^SEARCH responses$/)
})
