/**
 * The offline queue's rules as pure functions over a plain array: which items go out
 * now, what an answer from the server does to an item, and how long to wait before
 * the next try. `outbox.ts` runs them against storage, fetch and timers.
 * @module
 */

/** One request that must reach the server: an answer, its comment, or a dismissal. */
export interface Item {
  /** Unique per request: `a:<response id>`, `s<n>:<response id>` (the n-th change of its score), `c:<response id>`, `d:<display id>`. */
  id: string
  url: string
  method: 'POST' | 'PATCH'
  /** The exact JSON sent every time, so a retry is the same request (same response id). */
  body: string
  /** Another item that has to succeed first (a score change or a comment waits for what was queued before it). */
  after?: string
  tries: number
  /** Not before this time (ms since epoch). */
  at: number
  created: number
}

/** What came back: an HTTP status (0 when the request never got an answer). */
export interface Outcome {
  status: number
  retryAfter?: string | null
}

export type Verdict = 'done' | 'retry' | 'drop'

/** The storage key of the queue; the loader checks it to know whether anything waits. */
export const KEY = 'tp_q'
/** Older items are given up: their display token has long expired. */
export const MAX_AGE_MS = 7 * 86_400_000
/** A page that cannot reach the server for a long time still keeps a bounded queue. */
export const MAX_ITEMS = 50
const BASE_MS = 2_000
const CAP_MS = 10 * 60_000
const RETRY_AFTER_CAP_MS = 3_600_000

/**
 * 2xx is done; no answer, 429 and 5xx are tried again; any other status is final.
 * @example classify(503) // 'retry'
 * @example classify(422) // 'drop'
 */
export function classify(status: number): Verdict {
  if (status >= 200 && status < 300) return 'done'
  return status === 0 || status === 429 || status >= 500 ? 'retry' : 'drop'
}

/** Retry-After as a wait in ms (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null
  const s = header.trim()
  const ms = /^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s) - now
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS) : null
}

/**
 * How long to wait before try number `tries + 1`: the server's Retry-After when it gave
 * one, else 2 s doubling per try up to 10 min, with up to 25 % jitter so tabs spread out.
 * @example backoff(0, null, 0, () => 0) // 2000
 * @example backoff(3, '30', 0, () => 0) // 30000
 */
export function backoff(tries: number, retryAfter: string | null | undefined, now: number, random: () => number = Math.random): number {
  const told = retryAfterMs(retryAfter, now)
  if (told !== null) return told
  const plain = Math.min(BASE_MS * 2 ** Math.min(tries, 20), CAP_MS)
  return Math.round(plain * (1 + random() * 0.25))
}

/** Adds an item unless one with the same id is already waiting; keeps the newest MAX_ITEMS. */
export function add(items: readonly Item[], item: Item): Item[] {
  return items.some((x) => x.id === item.id) ? [...items] : [...items, item].slice(-MAX_ITEMS)
}

/** Whether `x` waits for another item still in the queue (a comment for its answer). */
const blocked = (items: readonly Item[], x: Item) => !!x.after && items.some((y) => y.id === x.after)

/**
 * Items to send now: not already on the wire, not waiting for another item, and due
 * (`force` ignores the backoff clock: going online, or the page going away).
 */
export function due(items: readonly Item[], now: number, inflight: ReadonlySet<string>, force = false): Item[] {
  return items.filter((x) => !inflight.has(x.id) && !blocked(items, x) && (force || x.at <= now))
}

export interface Settled {
  items: Item[]
  verdict: Verdict
  /** Given up: the item itself (on drop) and what was waiting for it. */
  dropped: Item[]
}

/**
 * Gives up items (a final answer from the server, or too old to try) together with what
 * waits for them: a comment whose answer was refused would only be refused in turn.
 * Dependencies are one level deep (a comment waits for its answer).
 */
export function drop(items: readonly Item[], ids: readonly string[]): Settled {
  const gone = (x: Item) => ids.includes(x.id) || (!!x.after && ids.includes(x.after))
  return { items: items.filter((x) => !gone(x)), verdict: 'drop', dropped: items.filter(gone) }
}

/** Ids of items too old to try again. */
export const expired = (items: readonly Item[], now: number) => items.filter((x) => now - x.created > MAX_AGE_MS).map((x) => x.id)

/**
 * Applies the server's answer for item `id` to the queue.
 * @example settle([answer, comment], answer.id, { status: 201 }, now).items // [comment], now unblocked
 */
export function settle(items: readonly Item[], id: string, o: Outcome, now: number, random?: () => number): Settled {
  const verdict = classify(o.status)
  if (verdict === 'drop') return drop(items, [id])
  const next = (x: Item): Item[] =>
    x.id !== id ? [x] : verdict === 'done' ? [] : [{ ...x, tries: x.tries + 1, at: now + backoff(x.tries, o.retryAfter, now, random) }]
  return { items: items.flatMap(next), verdict, dropped: [] }
}

/** Ms until the next item becomes due (0 if one is due now), or -1 when nothing waits on the clock. */
export function nextWake(items: readonly Item[], now: number, inflight: ReadonlySet<string>): number {
  const ready = items.filter((x) => !inflight.has(x.id) && !blocked(items, x))
  return ready.length ? Math.max(0, Math.min(...ready.map((x) => x.at)) - now) : -1
}
