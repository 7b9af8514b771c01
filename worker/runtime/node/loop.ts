/**
 * The closed loop's background work inside the Node server process: a delivery pass
 * every `intervalMs`, straight away when a request queued something (`soon`), and again
 * at once while passes find a full batch. One pass at a time per process; several
 * processes share the work through leases in libSQL.
 *
 * Answers come first: while the process serves more than `yieldAbove` requests a second
 * (it shares its cores with them), a pass takes only a small batch and the next waits a
 * little, so customers' requests keep the CPU and messages still leave at a floor rate
 * (`trickle`); the backlog is sent at full speed once the rush is over. Nothing waits
 * longer than the rush lasts, and nothing is dropped: messages stay in the outbox.
 * @module
 */
import type { Runner } from '../../outbox/runner'
import type { Scheduler } from '../types'

export interface Loop extends Scheduler {
  stop(): Promise<void>
}

export interface Yielding {
  /** Requests per second above which delivery yields (0: never). */
  yieldAbove: number
  /** Requests per second over the last second. */
  rate(): number
  /** Under load: at most this many messages per pass, passes this far apart. */
  trickle: { batch: number; gapMs: number }
}

export function startLoop(runner: Runner, intervalMs: number, batch: number, onError: (e: unknown) => void = (e) => console.error('delivery pass failed:', e), yielding?: Yielding): Loop {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  let dueAt = 0

  const busy = () => !!yielding && yielding.yieldAbove > 0 && yielding.rate() > yielding.yieldAbove
  const schedule = (ms: number) => {
    if (stopped) return
    if (timer) clearTimeout(timer)
    dueAt = Date.now() + ms
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
      const underLoad = busy()
      const limit = underLoad ? yielding!.trickle.batch : batch
      try {
        // Under load only as many new messages are prepared as the pass sends.
        const r = await runner.pass(limit, underLoad ? limit : undefined)
        // A full batch of deliveries, or of comments to tag: go on at once (or after the gap).
        full = r.claimed >= limit || r.more === true
      } catch (e) {
        onError(e)
      }
      running = null
      if (again || full) {
        again = false
        schedule(underLoad ? yielding!.trickle.gapMs : 0)
      } else schedule(intervalMs)
    })()
  }
  schedule(0)
  return {
    soon: () => {
      if (!busy()) return schedule(0)
      // Under load the next pass comes within the trickle's gap, not at once.
      const gap = yielding!.trickle.gapMs
      if (running) again = true
      else if (!timer || dueAt > Date.now() + gap) schedule(gap)
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}

/** Requests per second over the last second, in four quarter-second buckets (no allocation per request). */
export function requestMeter(now: () => number = Date.now) {
  const buckets = new Float64Array(4)
  let current = Math.floor(now() / 250)
  const roll = () => {
    const q = Math.floor(now() / 250)
    if (q === current) return
    for (let i = current + 1; i <= Math.min(q, current + 4); i++) buckets[i % 4] = 0
    current = q
  }
  return {
    hit() {
      roll()
      buckets[current % 4]++
    },
    rate() {
      roll()
      return buckets[0] + buckets[1] + buckets[2] + buckets[3]
    },
  }
}
