/**
 * The database handle the app is given: reads in one round trip, and writes committed
 * as one transaction per unit. Created once per process (Node) or per isolate (Workers),
 * never inside a handler. The tables come from the drizzle schema and its generated
 * migrations; the statements are plain SQL so they can be grouped and sent as batches.
 * Any failure to reach the engine surfaces as `DbUnavailable` (a 503).
 * @module
 */
import type { Client, InStatement, ResultSet } from '@libsql/client'
import { FOLD } from './fold'

export class DbUnavailable extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause })
  }
}

export interface Store {
  /** Several reads in one round trip (one HTTP request on Workers). */
  read(stmts: InStatement[]): Promise<ResultSet[]>
  /**
   * Statements committed atomically, with the rollups of the answers they insert folded
   * in before COMMIT (worker/db/fold.ts); resolves only after COMMIT, with one result per
   * statement given.
   */
  write(stmts: InStatement[]): Promise<ResultSet[]>
}

/**
 * The remote store (Turso, sqld, Workers): each unit of writes is one batch transaction,
 * one round trip, ending with the fold of its answers into the rollups.
 */
export function createStore(client: Client): Store {
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p
    } catch (e) {
      throw new DbUnavailable(e)
    }
  }
  return {
    read: (stmts) => guard(stmts.length === 1 ? client.execute(stmts[0]).then((r) => [r]) : client.batch(stmts, 'read')),
    write: (stmts) => guard(client.batch([...stmts, ...FOLD], 'write').then((rs) => rs.slice(0, stmts.length))),
  }
}

/** Rows as plain objects, typed by the caller. */
export const rows = <T>(rs: ResultSet): T[] => rs.rows as unknown as T[]
export const first = <T>(rs: ResultSet): T | undefined => rs.rows[0] as unknown as T | undefined
