/**
 * When a webhook or alert is tried again, as the Standard Webhooks specification
 * recommends: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h
 * after each failure; after the last attempt the message is dead (kept, visible,
 * re-sendable). Pure: the caller passes the clock and the random source.
 * @module
 */

const S = 1000
const M = 60 * S
const H = 60 * M

/** Delay before attempt n+1 (index n), measured from the previous failure; attempt 1 is immediate. */
export const RETRY_SCHEDULE_MS = [0, 5 * S, 5 * M, 30 * M, 2 * H, 5 * H, 10 * H, 14 * H, 20 * H, 24 * H] as const
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length
/** A request that has not answered in this long is a failed attempt (retried). */
export const ATTEMPT_TIMEOUT_MS = 10 * S
/** An endpoint failing without a single success for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * H
/** ±10 % around each delay, so endpoints that failed together do not retry together. */
export const JITTER = 0.1

/**
 * What one HTTP answer means for the message.
 * - `delivered`: 2xx.
 * - `retry`: no answer (network error, timeout), 408, 429, 5xx.
 * - `gone`: 410 — the receiver asks us to stop; the endpoint is disabled.
 * - `rejected`: 3xx (redirects are never followed) and other 4xx — retrying the same
 *   request cannot succeed; the message is dead at once and can be re-sent after a fix.
 */
export type Verdict = 'delivered' | 'retry' | 'gone' | 'rejected'

export function verdictOf(status: number | null): Verdict {
  if (status === null) return 'retry'
  if (status >= 200 && status < 300) return 'delivered'
  if (status === 410) return 'gone'
  if (status === 408 || status === 429 || status >= 500) return 'retry'
  return 'rejected'
}

/** Seconds or an HTTP date, as in RFC 9110 §10.2.3; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * S
  const t = Date.parse(v)
  return Number.isFinite(t) ? Math.max(0, t - now) : null
}

/**
 * When the next attempt is due after `attemptsMade` failed attempts, or null when that
 * was the last one (the message is dead). A Retry-After longer than the schedule's
 * delay is honoured (up to the longest step, 24 h); a shorter one never hurries us.
 * @example nextAttemptAt(1, t, null, () => 0.5) // t + 5000
 */
export function nextAttemptAt(attemptsMade: number, now: number, retryAfterMs: number | null, random: () => number): number | null {
  if (attemptsMade >= MAX_ATTEMPTS) return null
  const base = RETRY_SCHEDULE_MS[attemptsMade]
  const jittered = Math.round(base * (1 + JITTER * (2 * random() - 1)))
  const wait = Math.max(jittered, Math.min(retryAfterMs ?? 0, RETRY_SCHEDULE_MS[MAX_ATTEMPTS - 1]))
  return now + wait
}
