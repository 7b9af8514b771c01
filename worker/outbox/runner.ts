/**
 * One delivery pass: claim what is due (leased), send each message to its endpoint —
 * signed per Standard Webhooks, or rendered for Slack, Telegram or e-mail — and settle
 * every attempt in its own transaction. Endpoints are served side by side; one
 * endpoint's messages go one at a time, oldest first (best-effort ordering). Node runs
 * passes in a loop inside the server process; Workers from a Cron Trigger and after
 * each write (`waitUntil`). Delivery is at least once: a crash after sending and before
 * settling sends the message again when the lease runs out, with the same webhook-id.
 * Attempts are settled a few at a time (`SETTLE_EVERY`, or after `SETTLE_WITHIN_MS`), in
 * one transaction: a commit per message cost more writer time than the message itself,
 * and a crash re-sends at most the attempts not yet settled (at most SETTLE_EVERY per
 * endpoint, the same webhook-id each time).
 * @module
 */
import type { InStatement } from '@libsql/client'
import { nextAttemptAt, parseRetryAfter, verdictOf, ATTEMPT_TIMEOUT_MS } from '../../shared/closed-loop/retry'
import type { Config } from '../config'
import { rows, type Store } from '../db/store'
import type { Mailer, Outbound } from '../runtime/types'
import { prepareDelivery, type Prepared } from './channels'
import { fanOutPending } from './events'
import { anyDue, claimDue, readEndpoints, readMessages, settle, type Claimed, type EndpointRow, type MessageRow } from './queries'

export interface RunnerDeps {
  db: Store
  config: Config
  clock: () => number
  outbound: Outbound
  mailer?: Mailer
  random?: () => number
  /** This process's or isolate's name in leases. */
  owner?: string
  /**
   * Further periodic work run at the start of each pass (SLA checks, comments to tag);
   * `limit` is the pass's batch; `{ more: true }` says a full batch was done and more waits.
   */
  before?: (now: number, limit: number) => Promise<unknown>
}

export interface PassResult {
  claimed: number
  delivered: number
  failed: number
  /** The work before the pass (`before`) found a full batch: more is waiting. */
  more?: boolean
}

export interface Runner {
  /**
   * One pass over at most `limit` due deliveries (default: the configured batch), after
   * fanning out at most `fanOut` new messages (default: four times `limit`).
   */
  pass(limit?: number, fanOut?: number): Promise<PassResult>
}

/** Attempts settled per transaction at most, and the longest an attempt waits for its settling. */
export const SETTLE_EVERY = 8
export const SETTLE_WITHIN_MS = 1_000

/** A lease always outlasts one attempt (10 s timeout) with room to record it. */
export const MIN_LEASE_MS = ATTEMPT_TIMEOUT_MS + 5_000

export function createRunner(d: RunnerDeps): Runner {
  const owner = d.owner ?? `runner_${crypto.randomUUID()}`
  const random = d.random ?? Math.random
  const leaseMs = Math.max(d.config.outboxLeaseMs, MIN_LEASE_MS)
  return {
    async pass(limit = d.config.outboxBatch, fanOutLimit = limit * 4) {
      const now = d.clock()
      let more = false
      if (d.before) {
        // The SLA scan failing must not stop deliveries (and the other way round).
        const b = await d.before(now, limit).catch((e) => console.error('tenpoint: SLA scan failed:', e instanceof Error ? e.message : e))
        more = (b as { more?: boolean } | undefined)?.more === true
      }
      const [due] = await d.db.read([anyDue(now)])
      if (due.rows.length === 0) return { claimed: 0, delivered: 0, failed: 0, more }
      const leaseUntil = now + leaseMs
      // New messages get their deliveries first, in the claim's transaction (by default a few
      // more than one pass sends, so the fan-out keeps ahead of the sending).
      const fanOut = fanOutPending(fanOutLimit, now)
      const claimedRs = (await d.db.write([...fanOut, claimDue(owner, now, leaseUntil, limit)]))[fanOut.length]
      const claimed = rows<Claimed>(claimedRs)
      const result: PassResult = { claimed: claimed.length, delivered: 0, failed: 0, more }
      if (claimed.length === 0) return result
      const [msgRs, epRs] = await d.db.read([readMessages([...new Set(claimed.map((c) => c.messageId))]), readEndpoints([...new Set(claimed.map((c) => c.endpointId))])])
      const messages = new Map(rows<MessageRow>(msgRs).map((m) => [m.id, m]))
      const eps = new Map(rows<EndpointRow>(epRs).map((e) => [e.id, e]))
      // Settlements waiting to be written, and since when the oldest has waited.
      let queued: InStatement[] = []
      let count = 0
      let since = 0
      const flush = async () => {
        if (count === 0) return
        const unit = queued
        queued = []
        count = 0
        await d.db.write(unit)
      }
      const byEndpoint = new Map<string, Claimed[]>()
      for (const c of claimed.sort((a, b) => Number(a.id) - Number(b.id))) byEndpoint.set(c.endpointId, [...(byEndpoint.get(c.endpointId) ?? []), c])
      await Promise.all(
        [...byEndpoint].map(async ([endpointId, list]) => {
          for (const c of list) {
            const m = messages.get(c.messageId)
            const e = eps.get(endpointId)
            if (!m || !e) continue
            // Never start an attempt that could outlive the lease: another sender may take it then.
            // What is left here is taken by a later pass when the lease runs out.
            if (d.clock() + ATTEMPT_TIMEOUT_MS + 2_000 > leaseUntil) break
            const { ok, settlement } = await attempt(d, owner, random, c, m, e)
            if (ok) result.delivered++
            else result.failed++
            if (count === 0) since = d.clock()
            queued.push(...settlement)
            count++
            if (count >= SETTLE_EVERY || d.clock() - since >= SETTLE_WITHIN_MS) await flush()
          }
        }),
      )
      await flush()
      return result
    },
  }
}

async function attempt(d: RunnerDeps, owner: string, random: () => number, c: Claimed, m: MessageRow, e: EndpointRow): Promise<{ ok: boolean; settlement: InStatement[] }> {
  const started = d.clock()
  const prepared: Prepared = prepareDelivery(m, e, started, d.config)
  let status: number | null = null
  let error: string | null = null
  let retryAfter: string | null = null
  let refused = false
  const t0 = Date.now()
  if (prepared.kind === 'http') {
    const r = await d.outbound({ ...prepared.request, allowPrivate: d.config.allowPrivateTargets, timeoutMs: ATTEMPT_TIMEOUT_MS })
    const judged = prepared.judge ? prepared.judge(r) : r
    status = judged.status
    retryAfter = judged.retryAfter
    error = r.error
    refused = r.refused
  } else if (prepared.kind === 'mail') {
    if (!d.mailer) error = 'no mailer configured on this runtime'
    else {
      const r = await d.mailer(prepared.mail)
      status = r.ok ? 250 : null
      error = r.error
    }
  } else {
    error = prepared.error
  }
  const durationMs = Date.now() - t0
  const now = d.clock()
  const base = refused ? 'rejected' : prepared.kind === 'invalid' ? 'rejected' : verdictOf(status)
  const verdict = refused ? 'refused' : base
  const attemptsMade = Number(c.attempts) + 1
  const next = base === 'retry' ? nextAttemptAt(attemptsMade, now, parseRetryAfter(retryAfter, now), random) : null
  const settlement = settle({
      deliveryId: Number(c.id),
      endpointId: e.id,
      owner,
      now,
      durationMs,
      statusCode: status,
      error: error ? error.slice(0, 500) : null,
      verdict,
      nextAttemptAt: next,
      link: `${d.config.publicUrl ?? ''}/v1/${e.kind === 'webhook' ? 'webhooks' : 'alerts'}/${e.id}`,
    })
  return { ok: base === 'delivered', settlement }
}
