/**
 * The embedded libSQL engine through its own synchronous binding (the `libsql` package
 * that @libsql/client wraps for `file:` URLs), with every statement prepared once. Used
 * by the Node server: reads on the main thread, grouped writes on the writer thread.
 * Why not @libsql/client here: it re-prepares each statement and wraps each call in
 * promises, which cost more than the insert itself (measured in bench/).
 * @module
 */
import Database from 'libsql'

export interface Stmt {
  sql: string
  args?: unknown[] | Record<string, unknown>
}
export interface Result {
  rows: Record<string, unknown>[]
  rowsAffected: number
}
export type UnitOutcome = { ok: true; results: Result[] } | { ok: false; error: string }

/**
 * Every connection to an embedded file runs these. WAL: readers never wait for the
 * writer. NORMAL: a commit is durable against a crash of the process (fsync happens at
 * checkpoints). wal_autocheckpoint: checkpoints are the checkpointer thread's job, but
 * under sustained writes its PASSIVE checkpoints never finish, so the log only starts
 * over when the writer checkpoints itself at this many pages; its fsyncs stall the
 * requests waiting on that commit, so it is set large to make it rare (bench/ has the
 * measurements behind the value). cache_size: each connection keeps up to 64 MiB of pages
 * (the default is 2 MiB); with a million answers the eligibility reads of one person land
 * on index pages spread over the whole file, and a page from the engine's cache costs a
 * fraction of one copied again from the OS (bench/probe-elig.mts: 173 → 74 µs for the
 * seven history reads).
 */
const CACHE_KIB = 65_536
export const PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000', 'wal_autocheckpoint = 40000', `cache_size = ${-CACHE_KIB}`]

/**
 * @param closing statements run at the end of every write transaction, before COMMIT (the
 * writer passes worker/db/fold.ts's FOLD: the rollups of the group's answers).
 */
export function openEngine(path: string, o: { closing?: readonly Stmt[] } = {}) {
  const db = new Database(path)
  db.exec(PRAGMAS.map((p) => `PRAGMA ${p};`).join(' '))
  // `reader` (does it return rows?) is asked of the engine once per statement, not per call.
  const cache = new Map<string, { st: ReturnType<typeof db.prepare>; reader: boolean }>()

  function run(s: Stmt | string): Result {
    const sql = typeof s === 'string' ? s : s.sql
    const args = typeof s === 'string' ? [] : (s.args ?? [])
    let p = cache.get(sql)
    if (!p) {
      const st = db.prepare(sql)
      p = { st, reader: st.reader }
      if (cache.size > 500) cache.clear()
      cache.set(sql, p)
    }
    if (p.reader) return { rows: p.st.all(args) as Record<string, unknown>[], rowsAffected: 0 }
    return { rows: [], rowsAffected: Number(p.st.run(args).changes) }
  }

  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  const closing = o.closing ?? []
  function transaction(units: (Stmt | string)[][]): Result[][] {
    begin.run()
    try {
      const out = units.map((u) => u.map(run))
      for (const s of closing) run(s)
      commit.run()
      return out
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw e
    }
  }

  return {
    run,
    /**
     * All units in one transaction, then the closing statements. Units are written not to
     * fail on their own; if one does anyway, each is retried alone (closing statements
     * included) so only the failing one reports an error.
     */
    commitGroup(units: (Stmt | string)[][]): UnitOutcome[] {
      try {
        return transaction(units).map((results) => ({ ok: true as const, results }))
      } catch {
        return units.map((u) => {
          try {
            return { ok: true as const, results: transaction([u])[0] }
          } catch (e) {
            return { ok: false as const, error: e instanceof Error ? e.message : String(e) }
          }
        })
      }
    },
    close: () => db.close(),
  }
}
