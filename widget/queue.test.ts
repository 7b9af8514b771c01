// The offline queue's rules: what is retried, when, and that a comment never overtakes its answer.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { add, backoff, classify, drop, due, expired, MAX_AGE_MS, MAX_ITEMS, nextWake, retryAfterMs, settle, type Item } from './queue'

const item = (id: string, over: Partial<Item> = {}): Item => ({ id, url: 'u', method: 'POST', body: '{}', tries: 0, at: 0, created: 0, ...over })
const answer = item('a:1')
const comment = item('c:1', { method: 'PATCH', after: 'a:1' })
const none = new Set<string>()

describe('classify', () => {
  it.each([
    [200, 'done'],
    [201, 'done'],
    [0, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [400, 'drop'],
    [401, 'drop'],
    [403, 'drop'],
    [404, 'drop'],
    [409, 'drop'],
    [413, 'drop'],
    [415, 'drop'],
    [422, 'drop'],
  ])('%i → %s', (status, verdict) => expect(classify(status)).toBe(verdict))
})

describe('backoff', () => {
  it('doubles from 2 s up to 10 min without jitter', () => {
    expect([0, 1, 2, 3, 8, 9, 30].map((t) => backoff(t, null, 0, () => 0))).toEqual([2000, 4000, 8000, 16000, 512000, 600000, 600000])
  })
  it('adds at most 25 % jitter', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.double({ min: 0, max: 0.999999, noNaN: true }), (tries, r) => {
        const plain = backoff(tries, null, 0, () => 0)
        const d = backoff(tries, null, 0, () => r)
        return d >= plain && d <= plain * 1.25 + 1
      }),
    )
  })
  it('honours Retry-After in seconds or as a date, capped at an hour', () => {
    expect(backoff(5, '30', 0)).toBe(30_000)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(backoff(0, 'Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000)
    expect(retryAfterMs('99999', 0)).toBe(3_600_000)
    expect(retryAfterMs('soon', 0)).toBeNull()
    expect(retryAfterMs(null, 0)).toBeNull()
  })
})

describe('add', () => {
  it('keeps one item per id (a retry is the same request)', () => {
    const q = add(add([], answer), { ...answer, body: '{"other":1}' })
    expect(q).toEqual([answer])
  })
  it(`keeps the newest ${MAX_ITEMS}`, () => {
    let q: Item[] = []
    for (let i = 0; i < MAX_ITEMS + 5; i++) q = add(q, item(`a:${i}`))
    expect(q).toHaveLength(MAX_ITEMS)
    expect(q[0].id).toBe('a:5')
  })
})

describe('due', () => {
  it('holds a comment while its answer is queued, and frees it once the answer is gone', () => {
    expect(due([answer, comment], 0, none).map((x) => x.id)).toEqual(['a:1'])
    expect(due([comment], 0, none).map((x) => x.id)).toEqual(['c:1'])
  })
  it('skips items on the wire and items not due yet, unless forced', () => {
    const later = item('d:1', { at: 5000 })
    expect(due([answer, later], 0, new Set(['a:1']))).toEqual([])
    expect(due([answer, later], 0, none, true).map((x) => x.id)).toEqual(['a:1', 'd:1'])
  })
})

describe('settle', () => {
  it('removes a delivered item, which unblocks its comment', () => {
    const s = settle([answer, comment], 'a:1', { status: 201 }, 0)
    expect(s.items).toEqual([comment])
    expect(due(s.items, 0, none)).toEqual([comment])
  })
  it('schedules a retry of the same item after 503, honouring Retry-After', () => {
    const s = settle([answer, comment], 'a:1', { status: 503, retryAfter: '5' }, 1000)
    expect(s.verdict).toBe('retry')
    expect(s.items[0]).toEqual({ ...answer, tries: 1, at: 6000 })
    expect(s.items[1]).toBe(comment)
  })
  it('drops a refused answer together with its comment, and reports both', () => {
    const s = settle([answer, comment, item('d:9')], 'a:1', { status: 422 }, 0)
    expect(s.items.map((x) => x.id)).toEqual(['d:9'])
    expect(s.dropped.map((x) => x.id)).toEqual(['a:1', 'c:1'])
  })
  it('ignores an answer for an item no longer queued', () => {
    expect(settle([comment], 'a:1', { status: 201 }, 0).items).toEqual([comment])
  })
})

it('gives up items older than the display token can live', () => {
  const old = item('a:old', { created: 0 })
  const ids = expired([old, comment], MAX_AGE_MS + 1).filter((id) => id === 'a:old')
  expect(drop([old, answer, comment], ids).dropped.map((x) => x.id)).toEqual(['a:old'])
})

it('wakes up when the earliest unblocked item is due', () => {
  expect(nextWake([item('a:1', { at: 500 }), item('c:1', { after: 'a:1', at: 0 })], 100, none)).toBe(400)
  expect(nextWake([item('a:1', { at: 50 })], 100, none)).toBe(0)
  expect(nextWake([answer], 0, new Set(['a:1']))).toBe(-1)
  expect(nextWake([], 0, none)).toBe(-1)
})

it('never sends a comment before its answer succeeded, whatever the server answers', () => {
  const outcome = fc.constantFrom(0, 201, 200, 429, 500, 503, 404, 422)
  fc.assert(
    fc.property(fc.array(fc.tuple(outcome, fc.boolean()), { maxLength: 30 }), (steps) => {
      let q: Item[] = [answer, comment]
      let answered = false
      let t = 0
      for (const [status, force] of steps) {
        const batch = due(q, t, none, force)
        for (const x of batch) {
          if (x.id === 'c:1' && !answered) return false
          const s = settle(q, x.id, { status }, t)
          if (x.id === 'a:1' && s.verdict === 'done') answered = true
          q = s.items
        }
        t += 700_000
      }
      return true
    }),
  )
})
