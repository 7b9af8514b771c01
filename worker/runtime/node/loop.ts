/**
 * The closed loop's background work inside the Node server process: a delivery pass
 * every `intervalMs`, straight away when a request queued something (`soon`), and again
 * at once while passes find a full batch. One pass at a time per process; several
 * processes share the work through leases in libSQL.
 * @module
 */
import type { Runner } from '../../outbox/runner'
import type { Scheduler } from '../types'

export interface Loop extends Scheduler {
  stop(): Promise<void>
}

export function startLoop(runner: Runner, intervalMs: number, batch: number, onError: (e: unknown) => void = (e) => console.error('delivery pass failed:', e)): Loop {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let again = false
  let stopped = false

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
        schedule(0)
      } else schedule(intervalMs)
    })()
  }
  schedule(0)
  return {
    soon: () => schedule(0),
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
