/**
 * The closed loop's background work inside the Node server process: a delivery pass
 * every `intervalMs`, straight away when a request queued something (`soon`), and again
 * at once while passes find a full batch. One pass at a time per process; several
 * processes share the work through leases in libSQL.
 *
 * Delivery yields to answers: while requests write at a burst's rate (BUSY_PER_SECOND
 * writes a second or more, over windows of BUSY_PAUSE_MS), the next pass waits
 * BUSY_PAUSE_MS instead of following at once. Sending a message costs about half a
 * millisecond of this same thread; the outbox keeps every message, so during a burst
 * they are sent a little later rather than taking CPU from the answers.
 * @module
 */
import type { Runner } from '../../outbox/runner'
import type { Scheduler } from '../types'

export interface Loop extends Scheduler {
  stop(): Promise<void>
}

export const BUSY_WRITES = 25
export const BUSY_PER_SECOND = 200
export const BUSY_PAUSE_MS = 250

export function startLoop(runner: Runner, intervalMs: number, batch: number, onError: (e: unknown) => void = (e) => console.error('delivery pass failed:', e)): Loop {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  // Writes that woke the loop, counted in windows of BUSY_PAUSE_MS: the current one, and
  // the rate of the one before (stale once a whole window has passed without a write).
  let writes = 0
  let windowStart = Date.now()
  let lastRate = 0
  let pausedUntil = 0
  const noteWrite = () => {
    const now = Date.now()
    if (now - windowStart >= BUSY_PAUSE_MS) {
      lastRate = now - windowStart < 2 * BUSY_PAUSE_MS ? (writes * 1000) / (now - windowStart) : 0
      writes = 0
      windowStart = now
    }
    writes++
  }
  const busyPause = () => {
    const now = Date.now()
    const current = writes >= BUSY_WRITES && (writes * 1000) / Math.max(1, now - windowStart) >= BUSY_PER_SECOND
    const previous = now - windowStart < BUSY_PAUSE_MS && lastRate >= BUSY_PER_SECOND
    return current || previous ? BUSY_PAUSE_MS : 0
  }

  const schedule = (ms: number) => {
    if (stopped) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(run, ms)
    timer.unref()
  }
  const run = () => {
    timer = null
    if (running) {
      again = true
      return
    }
    running = (async () => {
      let full = false
      try {
        const r = await runner.pass()
        full = r.claimed >= batch
      } catch (e) {
        onError(e)
      }
      running = null
      if (again || full) {
        again = false
        const pause = busyPause()
        pausedUntil = Date.now() + pause
        schedule(pause)
      } else schedule(intervalMs)
    })()
  }
  schedule(0)
  return {
    soon: () => {
      noteWrite()
      if (Date.now() < pausedUntil) return
      schedule(0)
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
