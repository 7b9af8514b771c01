import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ATTEMPTS, RETRY_SCHEDULE_MS, nextAttemptAt, parseRetryAfter, verdictOf } from './retry'

describe('retry schedule', () => {
  it('follows the Standard Webhooks recommendation and then gives up', () => {
    expect(RETRY_SCHEDULE_MS.map((ms) => ms / 1000)).toEqual([0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400])
    const mid = () => 0.5
    expect(nextAttemptAt(1, 0, null, mid)).toBe(5000)
    expect(nextAttemptAt(9, 0, null, mid)).toBe(86_400_000)
    expect(nextAttemptAt(MAX_ATTEMPTS, 0, null, mid)).toBeNull()
  })

  it('jitters within ±10 % and honours a longer Retry-After, capped at 24 h', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ATTEMPTS - 1 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (n, r) => {
        const at = nextAttemptAt(n, 1000, null, () => r)!
        const base = RETRY_SCHEDULE_MS[n]
        return at - 1000 >= Math.floor(base * 0.9) && at - 1000 <= Math.ceil(base * 1.1)
      }),
    )
    expect(nextAttemptAt(1, 0, 120_000, () => 0.5)).toBe(120_000)
    expect(nextAttemptAt(3, 0, 1000, () => 0.5)).toBe(1_800_000)
    expect(nextAttemptAt(1, 0, 10 * 86_400_000, () => 0.5)).toBe(86_400_000)
  })

  it('classifies answers', () => {
    expect([200, 204, 299].map(verdictOf)).toEqual(['delivered', 'delivered', 'delivered'])
    expect([null, 408, 429, 500, 503].map(verdictOf)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry'])
    expect([301, 302, 400, 401, 404].map(verdictOf)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected'])
    expect(verdictOf(410)).toBe('gone')
  })

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000)
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000)
    expect(parseRetryAfter('soon', 0)).toBeNull()
    expect(parseRetryAfter(null, 0)).toBeNull()
  })
})
