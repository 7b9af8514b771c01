/**
 * The writer thread of the Node server. It owns the write connection: units that arrive
 * while it is busy, or in the same turn of its event loop, share one BEGIN IMMEDIATE …
 * COMMIT, and every caller hears back only after that COMMIT ("2xx means committed").
 * Running here, the engine's work overlaps with HTTP handling on the main thread.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openEngine, type Stmt, type UnitOutcome } from './engine.ts'

const engine = openEngine(workerData.path as string)
let pending: { id: number; stmts: Stmt[] }[] = []
let scheduled = false

function flush() {
  scheduled = false
  while (pending.length > 0) {
    const units = pending.splice(0, 512)
    const outcomes: UnitOutcome[] = engine.commitGroup(units.map((u) => u.stmts))
    parentPort!.postMessage(units.map((u, i) => [u.id, outcomes[i]]))
  }
}

parentPort!.on('message', (m: { id: number; stmts: Stmt[] } | 'close') => {
  if (m === 'close') {
    flush()
    engine.close()
    parentPort!.close()
    return
  }
  pending.push(m)
  if (!scheduled) {
    scheduled = true
    setImmediate(flush)
  }
})
