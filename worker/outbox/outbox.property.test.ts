/**
 * Property: whatever the interleaving of answers, delivery passes that fail in any way,
 * clock jumps and crashed senders (a lease taken, sometimes the request sent, and the
 * process gone before settling), every outbox message reaches the receiver at least once
 * and always with the same id and the same bytes. Real app and database; the network is
 * an in-memory receiver scripted by fast-check.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loopWorld } from '../../test/support/loop'
import { rows } from '../db/store'
import type { Outbound, OutboundResult } from '../runtime/types'
import { claimDue } from './queries'

type Cmd =
  | { kind: 'answer'; score: number }
  | { kind: 'pass'; outcomes: (number | null)[] }
  | { kind: 'crash'; sent: boolean }
  | { kind: 'tick'; ms: number }

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('pass' as const), outcomes: fc.array(fc.constantFrom(200, 204, 500, 503, 429, 408, null), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('crash' as const), sent: fc.boolean() }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3 * 3_600_000 }) }),
)

describe('outbox', () => {
  it('delivers every message at least once, its payload never changing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 1, maxLength: 25 }), async (cmds) => {
        const got: { id: string; body: string; ok: boolean }[] = []
        let script: (number | null)[] = []
        const outbound: Outbound = async (req): Promise<OutboundResult> => {
          const status = script.length ? script.shift()! : 200
          got.push({ id: req.headers['webhook-id'], body: req.body, ok: status !== null && status < 300 })
          return { status, body: '', retryAfter: status === 429 ? '1' : null, error: status === null ? 'timeout' : null, refused: false }
        }
        const w = await loopWorld({ outbound, config: { outboxLeaseMs: 60_000 } })
        try {
          await w.endpoint({ url: 'https://crm.example.com/hook', events: ['*'] })
          let n = 0
          for (const c of cmds) {
            if (c.kind === 'answer') await w.answer(`p${n++}`, c.score)
            else if (c.kind === 'tick') w.tick(c.ms)
            else if (c.kind === 'pass') {
              script = [...c.outcomes]
              await w.runner.pass()
              script = []
            } else {
              // A sender takes leases and dies; maybe after its requests went out.
              const now = w.now.t
              const [rs] = await w.store.write([claimDue(`crashed-${n}`, now, now + w.config.outboxLeaseMs, 5)])
              if (c.sent) {
                const claimed = rows<{ messageId: string }>(rs)
                const [msgs] = await w.store.read([{ sql: `SELECT id, payload FROM outbox_messages WHERE id IN (${claimed.map(() => '?').join(',') || "''"})`, args: claimed.map((x) => x.messageId) }])
                for (const m of rows<{ id: string; payload: string }>(msgs)) got.push({ id: m.id, body: m.payload, ok: true })
              }
            }
          }
          // Then the network heals: time passes, dead messages are re-sent, passes run.
          for (let round = 0; round < 30; round++) {
            w.tick(25 * 3_600_000)
            const [dead] = await w.store.read([{ sql: "SELECT d.id, d.endpoint_id AS ep FROM outbox_deliveries d WHERE status = 'dead'", args: [] }])
            for (const d of rows<{ id: number; ep: string }>(dead)) await w.secret('POST', `/v1/webhooks/${d.ep}/deliveries/${d.id}/resend`)
            await w.drain()
            const [left] = await w.store.read([{ sql: "SELECT COUNT(*) AS n FROM outbox_deliveries WHERE status != 'delivered'", args: [] }])
            if (Number(rows<{ n: number }>(left)[0].n) === 0) break
          }
          const [stored] = await w.store.read([{ sql: 'SELECT id, payload FROM outbox_messages', args: [] }])
          const messages = rows<{ id: string; payload: string }>(stored)
          expect(messages.length).toBe(n)
          for (const m of messages) {
            const sends = got.filter((g) => g.id === m.id)
            expect(sends.some((s) => s.ok)).toBe(true)
            expect(sends.every((s) => s.body === m.payload)).toBe(true)
          }
          expect(got.every((g) => messages.some((m) => m.id === g.id))).toBe(true)
        } finally {
          await w.close()
        }
      }),
      { numRuns: 12 },
    )
  }, 120_000)
})
