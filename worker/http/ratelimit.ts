/**
 * Fixed-window request counters in a count-min sketch (per process on Node, per isolate
 * on Workers). They shed load; correctness never depends on them: the database's unique
 * indexes still dedupe.
 *
 * Why a sketch and not a map of keys: a map must forget keys to stay bounded, and an
 * attacker who can present many addresses chooses what it forgets — clearing at N keys
 * (or evicting the least recently used) frees an IP that is already limited, and the
 * project's own counter with it. A count-min sketch has a fixed size whatever the number
 * of keys and never under-counts a key, so within its minute a limited key stays limited
 * and the per-project limit holds whatever the per-IP keys do. What it can do is
 * over-count: with conservative update, a key's estimate exceeds its true count by more
 * than e·N/width with probability below e^-depth, N being the hits counted this window.
 * Hits past a key's limit are not counted, so one hammering key adds at most its limit to
 * N; with the defaults (width 65,536, depth 4) a million counted hits in a minute cost an
 * honest key at most ~41 phantom hits (98 % of the time), well under 120 per IP.
 * The hashes are seeded at random per process, so nobody can craft keys that collide
 * with a victim's counters.
 * @module
 */

export interface RateLimiter {
  /** Count one hit; returns seconds to wait when over the limit, else 0. */
  hit(key: string, limitPerMinute: number, now: number): number
}

export interface SketchSize {
  /** Counters per row; a power of two. */
  width?: number
  /** Rows, each with its own hash. */
  depth?: number
}

const WINDOW_MS = 60_000

/**
 * Memory is fixed at `width × depth × 4` bytes: 1 MiB with the defaults.
 * @example
 * const limiter = memoryLimiter()
 * limiter.hit('ip:203.0.113.7', 120, Date.now()) // 0 until the 121st hit this minute
 */
export function memoryLimiter({ width = 1 << 16, depth = 4 }: SketchSize = {}): RateLimiter {
  if (width < 2 || (width & (width - 1)) !== 0) throw new Error('width must be a power of two')
  const mask = width - 1
  const counts = new Uint32Array(width * depth)
  const cells = new Uint32Array(depth)
  let windowStart = NaN
  // Drawn on first use: Workers allow random values only while handling a request.
  let seed: Uint32Array | undefined
  return {
    hit(key, limit, now) {
      const start = now - (now % WINDOW_MS)
      if (start !== windowStart) {
        counts.fill(0)
        windowStart = start
      }
      seed ??= crypto.getRandomValues(new Uint32Array(2))
      const [h1, h2] = hash2(key, seed[0], seed[1])
      let min = 0xffffffff
      for (let row = 0; row < depth; row++) {
        // Double hashing (Kirsch–Mitzenmacher): row i uses h1 + i·h2; h2 is odd.
        const at = row * width + ((h1 + Math.imul(row, h2)) & mask)
        cells[row] = at
        if (counts[at] < min) min = counts[at]
      }
      if (min >= limit) return Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000))
      // Conservative update: raise only the counters below the new estimate.
      const next = min + 1
      for (let row = 0; row < depth; row++) if (counts[cells[row]] < next) counts[cells[row]] = next
      return 0
    },
  }
}

/** Two seeded 32-bit hashes of a string in one pass (FNV-1a-style, murmur3 finaliser). */
function hash2(key: string, s1: number, s2: number): [number, number] {
  let a = 0x811c9dc5 ^ s1
  let b = 0x01000193 ^ s2
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i)
    a = Math.imul(a ^ ch, 0x01000193)
    b = Math.imul(b ^ ch, 0x5bd1e995)
  }
  return [fmix(a) >>> 0, (fmix(b) | 1) >>> 0]
}

function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}
