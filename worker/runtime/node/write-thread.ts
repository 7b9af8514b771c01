/**
 * The writer thread of the Node server. It owns the write connection: units that arrive
 * while it is busy, or in the same turn of its event loop, share one BEGIN IMMEDIATE …
 * COMMIT, and every caller hears back only after that COMMIT ("2xx means committed").
 * Before the COMMIT, the answers of the whole group are folded into the rollups at once.
 * Running here, the engine's work overlaps with HTTP handling on the main thread.
 * Messages are batches both ways (see WriterBatch in embedded.ts): a statement's SQL
 * crosses the thread boundary once, then only its number and arguments do.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openEngine, type Stmt } from './engine.ts'
import type { WriterBatch } from './embedded-store.ts'

// `closing`: what ends each group commit (the fold of its answers into the rollups, worker/db/fold.ts).
const engine = openEngine(workerData.path as string, { closing: workerData.closing as Stmt[] })
const sqlById: string[] = []
let pending: { id: number; stmts: Stmt[] }[] = []
let scheduled = false

function flush() {
  scheduled = false
  while (pending.length > 0) {
    const units = pending.splice(0, 512)
    const outcomes = engine.commitGroup(units.map((u) => u.stmts))
    parentPort!.postMessage(units.map((u, i) => [u.id, outcomes[i]]))
  }
}

parentPort!.on('message', (m: WriterBatch | 'close') => {
  if (m === 'close') {
    flush()
    engine.close()
    parentPort!.close()
    return
  }
  if (m.fresh) sqlById.length = 0
  for (const [n, sql] of m.sql) sqlById[n] = sql
  for (const [id, stmts] of m.units) pending.push({ id, stmts: stmts.map(([n, args]) => ({ sql: sqlById[n], args })) })
  if (!scheduled) {
    scheduled = true
    setImmediate(flush)
  }
})
