/**
 * The checkpointer of the Node server: copies the write-ahead log back into the database
 * file five times a second (PASSIVE: it never waits for or blocks the writer), so the
 * writer thread does not stall in a checkpoint while requests wait for their COMMIT, and
 * each checkpoint stays small (the interval was chosen by the ingest bench's p99).
 * @module
 */
import { workerData } from 'node:worker_threads'
import Database from 'libsql'

const db = new Database(workerData.path as string)
db.exec('PRAGMA busy_timeout = 1000')
setInterval(() => {
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)')
  } catch {
    // Busy or briefly unavailable: the next tick tries again; the writer's own
    // auto-checkpoint is the safety net.
  }
}, 200)
