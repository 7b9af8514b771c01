import { expect, it } from 'vitest'
import type { PassResult, Runner } from '../../outbox/runner'
import { BUSY_PAUSE_MS, startLoop } from './loop'

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

it('delivery yields to a burst of answers: passes pause while writes pour in, and follow at once again when they stop', async () => {
  let passes = 0
  // Every pass finds a full batch: without a burst they would follow each other at once.
  const loop = startLoop({ pass: async () => (passes++, await wait(2), { claimed: 50, delivered: 50, failed: 0 }) }, 10_000, 50, () => {})
  // 600 ms of answers at ~1,000 writes a second.
  const burstEnd = Date.now() + 600
  while (Date.now() < burstEnd) {
    for (let i = 0; i < 10; i++) loop.soon({} as never)
    await wait(10)
  }
  const duringBurst = passes
  // Unpaused, 2 ms passes would run ~180 times in these 600 ms; paused, about one each
  // BUSY_PAUSE_MS once the burst is recognised (the first BUSY_WRITES writes take ~25 ms).
  expect(duringBurst).toBeLessThanOrEqual(Math.ceil(600 / BUSY_PAUSE_MS) + 10)
  await wait(BUSY_PAUSE_MS + 150)
  // Quiet again: full batches follow each other at once (2 ms each).
  expect(passes - duringBurst).toBeGreaterThan(10)
  await loop.stop()
})

it('a few answers do not slow delivery down', async () => {
  let passes = 0
  const loop = startLoop({ pass: async () => (passes++, await wait(2), { claimed: 50, delivered: 50, failed: 0 }) }, 10_000, 50, () => {})
  for (let i = 0; i < 5; i++) {
    loop.soon({} as never)
    await wait(20)
  }
  await loop.stop()
  expect(passes).toBeGreaterThan(20)
})
