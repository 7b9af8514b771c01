/**
 * Group commit: write units (a few statements that belong to one request) that arrive
 * while a transaction is in flight are committed together in the next one, so the
 * embedded engine pays one BEGIN/COMMIT for many requests. Each caller's promise settles
 * only after the transaction holding its statements has committed: "2xx means committed".
 * @module
 */
import type { Client, InStatement, ResultSet } from '@libsql/client'

interface Unit {
  stmts: InStatement[]
  resolve: (rs: ResultSet[]) => void
  reject: (e: unknown) => void
}

export interface Writer {
  /** Run the statements in one write transaction (possibly shared with other units). */
  write(stmts: InStatement[]): Promise<ResultSet[]>
}

/** One transaction per unit: for remote libSQL, where each isolate request stands alone. */
export function directWriter(client: Client): Writer {
  return { write: (stmts) => client.batch(stmts, 'write') }
}

/**
 * Units written by statements that cannot fail on their own (ON CONFLICT DO NOTHING,
 * guarded UPDATEs), so grouping never lets one request's error undo another's work;
 * if a grouped batch fails anyway, each unit is retried alone and only the failing
 * one sees the error.
 */
export function groupCommitWriter(client: Client, maxUnits = 256): Writer {
  let queue: Unit[] = []
  let flushing = false

  async function flush(): Promise<void> {
    flushing = true
    while (queue.length > 0) {
      const units = queue.slice(0, maxUnits)
      queue = queue.slice(units.length)
      await commit(units)
    }
    flushing = false
  }

  async function commit(units: Unit[]): Promise<void> {
    if (units.length === 1) {
      const u = units[0]
      await client.batch(u.stmts, 'write').then(u.resolve, u.reject)
      return
    }
    let results: ResultSet[]
    try {
      results = await client.batch(units.flatMap((u) => u.stmts), 'write')
    } catch {
      for (const u of units) await client.batch(u.stmts, 'write').then(u.resolve, u.reject)
      return
    }
    let at = 0
    for (const u of units) {
      u.resolve(results.slice(at, at + u.stmts.length))
      at += u.stmts.length
    }
  }

  return {
    write(stmts) {
      return new Promise<ResultSet[]>((resolve, reject) => {
        queue.push({ stmts, resolve, reject })
        // Let every request that is ready in this turn of the event loop join the batch.
        if (!flushing) {
          flushing = true
          setImmediate(() => void flush())
        }
      })
    },
  }
}
