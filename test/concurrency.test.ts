/**
 * Races and retries against the real engine: concurrent duplicates must leave exactly
 * one counted row, with no 5xx, whether writes are grouped (Node) or direct (Workers).
 */
import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { world, type TestWorld } from './support/app'

let w: TestWorld
afterEach(() => w?.close())

async function transactionalDisplay(w: TestWorld) {
  await w.survey({ id: 'tx', kind: 'transactional', name: 'delivery', rules: { triggerEvents: ['Order_Delivered'], clientTriggers: true } })
  const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', session_id: 's', event: 'Order_Delivered', order_id: 'order-1' })
  const d = await r.json()
  expect(d.show).toBe(true)
  w.advance(5000)
  return d.display.token as string
}

for (const group of [true, false]) {
  describe(`${group ? 'grouped' : 'direct'} writes`, () => {
    it('50 concurrent submissions of the same response id: one row, one 201, the rest replays', async () => {
      w = await world({ group })
      const token = await transactionalDisplay(w)
      const body = { id: randomUUID(), survey_id: 'tx', token, score: 4, anonymous_id: 'anon1' }
      const res = await Promise.all(Array.from({ length: 50 }, () => w.call('POST', '/v1/responses', body)))
      const statuses = res.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 200)).toHaveLength(49)
      expect(await w.count('responses')).toBe(1)
    })

    it('50 concurrent different ids for the same order: exactly one counted, the rest stored as flagged duplicates', async () => {
      w = await world({ group })
      const token = await transactionalDisplay(w)
      const ids = Array.from({ length: 50 }, () => randomUUID())
      const res = await Promise.all(ids.map((id, i) => w.call('POST', '/v1/responses', { id, survey_id: 'tx', token, score: i % 11, anonymous_id: 'anon1' })))
      expect(res.every((r) => r.status === 201)).toBe(true)
      const stored = await Promise.all(ids.map((id) => w.stored(id)))
      expect(stored.filter((b) => b.counted)).toHaveLength(1)
      expect(stored.filter((b) => !b.counted && b.flags.includes('duplicate'))).toHaveLength(49)
      expect(await w.count('responses')).toBe(50)
      expect(await w.count('responses', 'counted = 1')).toBe(1)
      expect(await w.count('invitations', 'answered_at IS NOT NULL')).toBe(1)
    })
  })
}

describe('property: any sequence of retries leaves at most one row per key', () => {
  it('matches a model where the first payload of an id wins', async () => {
    w = await world()
    await w.survey({ id: 'rel', kind: 'relational', name: 'r', rules: { sessionCap: 1000, maxDisplays: 1000, recontactDays: 0 } })
    const tokens: string[] = []
    for (let i = 0; i < 3; i++) {
      const d = await (await w.call('POST', '/v1/eligibility', { anonymous_id: `p${i}`, session_id: `s${i}` })).json()
      tokens.push(d.display.token)
    }
    w.advance(5000)
    const ids = Array.from({ length: 4 }, () => randomUUID())
    // Each id keeps its own person (the widget reuses an id only for the same answer).
    const sub = fc.record({ id: fc.integer({ min: 0, max: 3 }), score: fc.integer({ min: 0, max: 2 }) })
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(sub, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), async (bursts) => {
        run++
        const idOf = (i: number) => ids[i].replace(/^.{8}/, (run % 1e8).toString(16).padStart(8, '0'))
        const first = new Map<number, number>()
        for (const burst of bursts) {
          // A burst is concurrent: order within it is up to the engine.
          const res = await Promise.all(
            burst.map((s) =>
              w.call('POST', '/v1/responses', { id: idOf(s.id), survey_id: 'rel', token: tokens[s.id % 3], score: s.score, anonymous_id: `p${s.id % 3}` }).then(async (r) => ({ s, status: r.status, body: await r.json() })),
            ),
          )
          for (const r of res) {
            expect([200, 201, 422]).toContain(r.status)
            if (r.status !== 422 && !first.has(r.s.id)) first.set(r.s.id, r.body.score)
          }
          for (const r of res) {
            const winner = first.get(r.s.id)
            if (winner === undefined) continue
            expect(r.status === 422).toBe(r.s.score !== winner)
          }
        }
        for (const [i, score] of first) {
          const rows = await w.client.execute({ sql: 'SELECT score FROM responses WHERE client_id = ?', args: [idOf(i)] })
          expect(rows.rows.map((x) => Number(x.score))).toEqual([score])
        }
        const dup = await w.client.execute(
          'SELECT COUNT(*) AS n FROM (SELECT 1 FROM responses WHERE counted = 1 GROUP BY project_id, survey_id, respondent_key, trigger_key HAVING COUNT(*) > 1)',
        )
        expect(Number(dup.rows[0].n)).toBe(0)
      }),
      { numRuns: 40 },
    )
  })
})
