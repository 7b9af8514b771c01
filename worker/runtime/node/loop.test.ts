import { expect, it } from 'vitest'
import type { PassResult, Runner } from '../../outbox/runner'
import { requestMeter, startLoop } from './loop'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

it('runs a pass at start, on every interval, at once when woken, again at once after a full batch, and stops cleanly', async () => {
  const passes: number[] = []
  let claimed = 0
  const runner: Runner = {
    async pass(): Promise<PassResult> {
      passes.push(Date.now())
      await wait(5)
      const r = { claimed, delivered: claimed, failed: 0 }
      claimed = 0
      return r
    },
  }
  const loop = startLoop(runner, 10_000, 3, () => {})
  await wait(50)
  expect(passes).toHaveLength(1)
  loop.soon({} as never)
  await wait(50)
  expect(passes).toHaveLength(2)
  claimed = 3 // a full batch: the next pass follows at once
  loop.soon({} as never)
  await wait(80)
  expect(passes).toHaveLength(4)
  await loop.stop()
  loop.soon({} as never)
  await wait(30)
  expect(passes).toHaveLength(4)
})

it('a failing pass is reported and the loop goes on', async () => {
  const errors: unknown[] = []
  let n = 0
  const loop = startLoop({ pass: async () => { n++; throw new Error('db down') } }, 20, 50, (e) => errors.push(e))
  await wait(120)
  await loop.stop()
  expect(n).toBeGreaterThan(2)
  expect(errors.length).toBe(n)
})

it('under load a pass takes the small batch and passes are spaced by the gap; at full speed again once the load is gone', async () => {
  const limits: number[] = []
  const times: number[] = []
  let backlog = 1000
  const runner: Runner = {
    async pass(limit = 50): Promise<PassResult> {
      limits.push(limit)
      times.push(Date.now())
      const n = Math.min(limit, backlog)
      backlog -= n
      return { claimed: n, delivered: n, failed: 0 }
    },
  }
  let rate = 5000
  const loop = startLoop(runner, 10_000, 50, () => {}, { yieldAbove: 300, rate: () => rate, trickle: { batch: 10, gapMs: 40 } })
  await wait(300)
  // Busy: only small batches, never back to back, and a wake-up does not hurry the next one.
  for (let i = 0; i < 5; i++) loop.soon({} as never)
  expect(limits.length).toBeGreaterThanOrEqual(3)
  expect(limits.every((l) => l === 10)).toBe(true)
  const gaps = times.slice(1).map((t, i) => t - times[i])
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30)
  expect(backlog).toBeGreaterThan(800)
  // Quiet again: full batches back to back until the backlog is gone.
  rate = 0
  await wait(200)
  await loop.stop()
  expect(limits.at(-1)).toBe(50)
  expect(backlog).toBe(0)
})

it('counts requests over the last second', () => {
  let t = 10_000
  const m = requestMeter(() => t)
  for (let i = 0; i < 100; i++) m.hit()
  expect(m.rate()).toBe(100)
  t += 500
  for (let i = 0; i < 50; i++) m.hit()
  expect(m.rate()).toBe(150)
  t += 600 // the first 100 are now more than a second old
  expect(m.rate()).toBe(50)
  t += 5_000
  expect(m.rate()).toBe(0)
})

it('goes on at once while the work before the pass (comments to tag) fills its batch', async () => {
  let left = 5
  let passes = 0
  const runner: Runner = {
    async pass(): Promise<PassResult> {
      passes++
      const more = left > 0
      if (left > 0) left--
      return { claimed: 0, delivered: 0, failed: 0, more }
    },
  }
  const loop = startLoop(runner, 10_000, 50, () => {})
  await wait(150)
  await loop.stop()
  // Five passes that said "more", then one that found nothing left; then the interval (10 s).
  expect(passes).toBe(6)
  expect(left).toBe(0)
})
