import { expect, it } from 'vitest'
import type { PassResult, Runner } from '../../outbox/runner'
import { startLoop } from './loop'

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
