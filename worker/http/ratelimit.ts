/**
 * Fixed-window request counters kept in memory (per process on Node, per isolate on
 * Workers). They shed load; correctness never depends on them: if a limiter forgets,
 * the database's unique indexes still dedupe.
 * @module
 */

export interface RateLimiter {
  /** Count one hit; returns seconds to wait when over the limit, else 0. */
  hit(key: string, limitPerMinute: number, now: number): number
}

export function memoryLimiter(maxKeys = 50_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(key, limit, now) {
      const start = now - (now % 60_000)
      let w = windows.get(key)
      if (!w || w.start !== start) {
        if (windows.size >= maxKeys) windows.clear()
        w = { start, count: 0 }
        windows.set(key, w)
      }
      w.count++
      return w.count > limit ? Math.max(1, Math.ceil((start + 60_000 - now) / 1000)) : 0
    },
  }
}
