/**
 * The embedded libSQL file as the Node server uses it on the hot path: the engine's own
 * synchronous binding (the `libsql` package that @libsql/client wraps for `file:` URLs)
 * with every statement prepared once and cached, reads answered in place, and writes
 * group-committed: units that arrive during one turn of the event loop share one
 * BEGIN IMMEDIATE … COMMIT, and each caller hears back only after that COMMIT.
 *
 * Why not @libsql/client here: it re-prepares each statement and wraps every call in
 * promises, which cost more than the insert itself (see README, Benchmarks).
 * @module
 */
import type { Client, InStatement, InValue, ResultSet } from '@libsql/client'
import Database from 'libsql'
import { drizzle } from 'drizzle-orm/libsql'
import * as schema from './schema'
import { DbUnavailable, type Store } from './store'

type Statement = ReturnType<InstanceType<typeof Database>['prepare']>

interface Unit {
  stmts: InStatement[]
  resolve: (rs: ResultSet[]) => void
  reject: (e: unknown) => void
}

function resultSet(rows: Record<string, unknown>[], rowsAffected: number): ResultSet {
  return { rows, rowsAffected, columns: [], columnTypes: [], lastInsertRowid: undefined, toJSON: () => ({ rows, rowsAffected }) } as unknown as ResultSet
}

/**
 * @param path the database file (the part after `file:`)
 * @param client a @libsql/client on the same file, for drizzle and migrations
 * @param windowMs how long a write may wait for others to join its transaction
 */
export function embeddedStore(path: string, client: Client, windowMs = 0, maxUnits = 512): Store & { close(): void } {
  const db = new Database(path)
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000')
  const cache = new Map<string, Statement>()

  function run(s: InStatement): ResultSet {
    const sql = typeof s === 'string' ? s : s.sql
    const args = (typeof s === 'string' ? [] : (s.args ?? [])) as InValue[]
    let st = cache.get(sql)
    if (!st) {
      st = db.prepare(sql)
      if (cache.size > 500) cache.clear()
      cache.set(sql, st)
    }
    if (st.reader) return resultSet(st.all(args) as Record<string, unknown>[], 0)
    return resultSet([], Number(st.run(args).changes))
  }

  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  function transaction(units: Unit[]): ResultSet[][] {
    begin.run()
    try {
      const out = units.map((u) => u.stmts.map(run))
      commit.run()
      return out
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw e
    }
  }

  let queue: Unit[] = []
  let scheduled = false
  function flush() {
    scheduled = false
    while (queue.length > 0) {
      const units = queue.slice(0, maxUnits)
      queue = queue.slice(units.length)
      try {
        const results = transaction(units)
        units.forEach((u, i) => u.resolve(results[i]))
      } catch {
        // Statements are written not to fail on their own; if one did, isolate it so
        // only its own caller sees the error.
        for (const u of units) {
          try {
            u.resolve(transaction([u])[0])
          } catch (e) {
            u.reject(new DbUnavailable(e))
          }
        }
      }
    }
  }

  return {
    client,
    orm: drizzle(client, { schema }),
    async read(stmts) {
      try {
        return stmts.map(run)
      } catch (e) {
        throw new DbUnavailable(e)
      }
    },
    write(stmts) {
      return new Promise((resolve, reject) => {
        queue.push({ stmts, resolve, reject })
        if (!scheduled) {
          scheduled = true
          // Every request that is ready in this turn of the event loop joins the transaction.
          // (or, with a window, during the next few milliseconds: fewer, larger commits).
          if (windowMs > 0) setTimeout(flush, windowMs)
          else setImmediate(flush)
        }
      })
    },
    close() {
      db.close()
    },
  }
}
