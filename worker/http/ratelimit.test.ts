import { describe, expect, it } from 'vitest'
import { memoryLimiter } from './ratelimit'

const T = Date.UTC(2026, 0, 15, 12, 0, 10) // 10 s into a minute
const ip = (i: number) => `ip:${(i >>> 24) & 255}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`

describe('memoryLimiter', () => {
  it('limits a key past its limit until the window ends, with the seconds left', () => {
    const l = memoryLimiter()
    for (let i = 0; i < 3; i++) expect(l.hit('ip:a', 3, T)).toBe(0)
    expect(l.hit('ip:a', 3, T)).toBe(50)
    expect(l.hit('ip:b', 3, T)).toBe(0)
    expect(l.hit('ip:a', 3, T + 50_000)).toBe(0) // next minute
  })

  it('a flood of 200k distinct keys neither frees a limited IP nor lifts the project limit', () => {
    const l = memoryLimiter()
    for (let i = 0; i < 121; i++) l.hit('ip:6.6.6.6', 120, T)
    expect(l.hit('ip:6.6.6.6', 120, T)).toBeGreaterThan(0)

    // Each request counts against its (random, fresh) IP and then the project, as keys.ts does.
    let falselyLimited = 0
    let projectPassed = 0
    for (let i = 0; i < 200_000; i++) {
      if (l.hit(ip(0x0a000000 + i * 7919), 120, T + 1) > 0) falselyLimited++
      else if (l.hit('project:prj_1', 150_000, T + 1) === 0) projectPassed++
    }
    expect(falselyLimited).toBe(0)
    // Never more than the limit (a sketch never under-counts), and hardly fewer.
    expect(projectPassed).toBeLessThanOrEqual(150_000)
    expect(projectPassed).toBeGreaterThan(149_990)
    expect(l.hit('project:prj_1', 150_000, T + 2)).toBeGreaterThan(0)

    const wait = l.hit('ip:6.6.6.6', 120, T + 2)
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(50)
    expect(l.hit('ip:6.6.6.7', 120, T + 2)).toBe(0)
  })

  it('a key hammering past its limit does not push its neighbours over theirs', () => {
    // Tiny sketch: every key collides; the hammering key still adds at most its limit.
    const l = memoryLimiter({ width: 2, depth: 1 })
    for (let i = 0; i < 10_000; i++) l.hit('ip:loud', 5, T)
    let limited = 0
    for (let i = 0; i < 4; i++) if (l.hit(`ip:quiet${i}`, 10, T) > 0) limited++
    expect(limited).toBe(0)
  })

  it('refuses a width that is not a power of two', () => {
    expect(() => memoryLimiter({ width: 1000 })).toThrow()
  })
})
