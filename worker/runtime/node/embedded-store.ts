/**
 * The store of the Node server on an embedded libSQL file: reads answered in place on
 * the main thread (WAL lets them run beside the writer), writes sent to the writer thread
 * (write-thread.ts), which group-commits them, and checkpoints left to a third thread
 * (checkpoint-thread.ts). A write's promise settles after COMMIT. Writes made in the same
 * turn of the event loop travel to the writer in one message.
 * @module
 */
import type { InStatement, ResultSet } from '@libsql/client'
import { Worker } from 'node:worker_threads'
import { openEngine, type Result, type Stmt, type UnitOutcome } from './engine'
import { FOLD } from '../../db/fold'
import { DbUnavailable, type Store } from '../../db/store'

const asResultSet = (r: Result) => r as unknown as ResultSet
const asStmt = (s: InStatement): Stmt => (typeof s === 'string' ? { sql: s } : { sql: s.sql, args: s.args as Stmt['args'] })

/**
 * One message to the writer: SQL texts it has not seen yet, by number, and units of
 * [sql number, args]. `fresh` starts the numbering over (bounded, whatever SQL comes).
 */
export interface WriterBatch {
  fresh: boolean
  sql: [number, string][]
  units: [id: number, stmts: [sql: number, args: Stmt['args']][]][]
}

/**
 * @param path the database file (the part after `file:`)
 * @param closing what ends every group commit: the fold of its answers into the rollups
 * (worker/db/fold.ts); only a test on a file without the app's schema passes another
 */
export function embeddedStore(path: string, closing: readonly { sql: string }[] = FOLD): Store & { close(): Promise<void> } {
  const reader = openEngine(path)
  // Every group commit ends with the fold of its answers into the rollups, before COMMIT.
  const writer = new Worker(new URL('./write-thread.ts', import.meta.url), { workerData: { path, closing } })
  writer.unref()
  const checkpointer = new Worker(new URL('./checkpoint-thread.ts', import.meta.url), { workerData: { path } })
  checkpointer.unref()
  const waiting = new Map<number, { resolve: (r: ResultSet[]) => void; reject: (e: unknown) => void }>()
  let nextId = 1
  const sqlNumbers = new Map<string, number>()
  let batch: WriterBatch | null = null
  const send = () => {
    writer.postMessage(batch)
    batch = null
  }
  const numberOf = (sql: string, b: WriterBatch) => {
    let n = sqlNumbers.get(sql)
    if (n === undefined) {
      n = sqlNumbers.size
      sqlNumbers.set(sql, n)
      b.sql.push([n, sql])
    }
    return n
  }
  writer.on('message', (replies: [number, UnitOutcome][]) => {
    for (const [id, out] of replies) {
      const w = waiting.get(id)
      waiting.delete(id)
      if (!w) continue
      if (out.ok) w.resolve(out.results.map(asResultSet))
      else w.reject(new DbUnavailable(new Error(out.error)))
    }
  })
  const failAll = (e: unknown) => {
    for (const w of waiting.values()) w.reject(new DbUnavailable(e))
    waiting.clear()
  }
  writer.on('error', failAll)
  writer.on('exit', () => failAll(new Error('writer thread exited')))

  return {
    async read(stmts) {
      try {
        return stmts.map((s) => asResultSet(reader.run(asStmt(s))))
      } catch (e) {
        throw new DbUnavailable(e)
      }
    },
    write(stmts) {
      return new Promise((resolve, reject) => {
        const id = nextId++
        waiting.set(id, { resolve, reject })
        if (!batch) {
          const fresh = sqlNumbers.size >= 1000
          if (fresh) sqlNumbers.clear()
          batch = { fresh, sql: [], units: [] }
          setImmediate(send)
        }
        const b = batch
        b.units.push([id, stmts.map(asStmt).map((s) => [numberOf(s.sql, b), s.args] as [number, Stmt['args']])])
      })
    },
    async close() {
      await checkpointer.terminate()
      if (batch) send()
      writer.postMessage('close')
      await new Promise((r) => writer.once('exit', r))
      reader.close()
    },
  }
}
