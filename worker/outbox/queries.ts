/**
 * The delivery side of the outbox: claiming due deliveries under a lease, and settling
 * each attempt (attempt row, delivery state, endpoint health) in one transaction. A lease
 * is taken by a single UPDATE, so two processes or isolates never hold the same delivery
 * at the same moment; a crashed holder's lease simply runs out.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { endpoints, outboxAttempts, outboxDeliveries, outboxMessages } from '../db/schema'
import { names, pick, type Row } from '../db/sql'
import { DISABLE_AFTER_FAILING_MS } from '../../shared/closed-loop/retry'
import { anyUnfanned, newMessageId } from './events'

const D = names(outboxDeliveries)
const M = names(outboxMessages)
const E = names(endpoints)
const A = names(outboxAttempts)

export const CLAIMED = ['id', 'messageId', 'endpointId', 'attempts'] as const
export type Claimed = Row<typeof outboxDeliveries, (typeof CLAIMED)[number]>

/** Up to `limit` due deliveries of enabled endpoints, oldest first, leased to `owner` until `until`. */
export const claimDue = (owner: string, now: number, until: number, limit: number): InStatement => ({
  sql: `UPDATE ${D.$} SET ${D.leaseOwner} = :owner, ${D.leaseUntil} = :until
        WHERE ${D.id} IN (
          SELECT d.${D.id} FROM ${D.$} d INDEXED BY outbox_deliveries_due JOIN ${E.$} e ON e.${E.id} = d.${D.endpointId}
          WHERE d.${D.status} = 'pending' AND d.${D.nextAttemptAt} <= :now AND (d.${D.leaseUntil} IS NULL OR d.${D.leaseUntil} <= :now) AND e.${E.enabled} = 1
          ORDER BY d.${D.nextAttemptAt}, d.${D.id} LIMIT :limit)
        RETURNING ${pick(outboxDeliveries, CLAIMED)}`,
  args: { owner, now, until, limit },
})

/** Whether anything is due, or waits for its deliveries: a read, so an idle loop never opens a write transaction. */
export const anyDue = (now: number): InStatement => ({ sql: ANY_DUE, args: [now] })
const ANY_DUE = `SELECT 1 AS due WHERE EXISTS (SELECT 1 FROM ${D.$} INDEXED BY outbox_deliveries_due WHERE ${D.status} = 'pending' AND ${D.nextAttemptAt} <= ?)
  OR EXISTS (${anyUnfanned})`

export const MESSAGE = ['id', 'type', 'payload'] as const
export type MessageRow = Row<typeof outboxMessages, (typeof MESSAGE)[number]>
export const ENDPOINT = ['id', 'projectId', 'kind', 'url', 'secret', 'previousSecret', 'previousSecretUntil', 'config', 'enabled'] as const
export type EndpointRow = Row<typeof endpoints, (typeof ENDPOINT)[number]>

export const readMessages = (ids: string[]): InStatement => ({
  sql: `SELECT ${pick(outboxMessages, MESSAGE)} FROM ${M.$} WHERE ${M.id} IN (${ids.map(() => '?').join(', ')})`,
  args: ids,
})
export const readEndpoints = (ids: string[]): InStatement => ({
  sql: `SELECT ${pick(endpoints, ENDPOINT)} FROM ${E.$} WHERE ${E.id} IN (${ids.map(() => '?').join(', ')})`,
  args: ids,
})

export interface Settlement {
  deliveryId: number
  endpointId: string
  owner: string
  now: number
  durationMs: number
  statusCode: number | null
  error: string | null
  verdict: 'delivered' | 'retry' | 'gone' | 'rejected' | 'refused'
  /** When the delivery is tried next; null: it is finished (delivered or dead). */
  nextAttemptAt: number | null
  /** Where the owner's notice of a disabled endpoint links to. */
  link: string
}

/**
 * One attempt's outcome, as one transaction: the attempt row, the delivery (only while
 * this owner still holds its lease), the endpoint's health — and, when this attempt is
 * what disabled the endpoint (410, or failing for five days), a notice to the project's
 * other endpoints listening for `endpoint.disabled` (fanned out by the next pass).
 */
export function settle(s: Settlement): InStatement[] {
  const ok = s.verdict === 'delivered'
  const status = ok ? 'delivered' : s.nextAttemptAt === null ? 'dead' : 'pending'
  const args = { id: s.deliveryId, owner: s.owner, now: s.now, ep: s.endpointId, code: s.statusCode, error: s.error, next: s.nextAttemptAt ?? s.now, status, cutoff: s.now - DISABLE_AFTER_FAILING_MS }
  const stmts: InStatement[] = [
    { sql: SETTLE.attempt, args: { ...args, dur: s.durationMs, verdict: s.verdict } },
    { sql: SETTLE.delivery, args },
  ]
  if (ok) {
    stmts.push({ sql: SETTLE.healthy, args })
    return stmts
  }
  stmts.push({ sql: SETTLE.failing, args })
  stmts.push({ sql: s.verdict === 'gone' ? SETTLE.disableGone : SETTLE.disableFailing, args })
  // The notice is written only when this very transaction disabled it (changes() of the UPDATE above).
  const mid = newMessageId()
  stmts.push({ sql: SETTLE.notice, args: { mid, ep: s.endpointId, now: s.now, link: s.link } })
  return stmts
}

// Built once (a delivery settles with every message sent).
const held = `${D.id} = :id AND ${D.leaseOwner} = :owner`
const disable = (reason: string, when: string) => `UPDATE ${E.$} SET ${E.enabled} = 0, ${E.disabledReason} = ${reason}, ${E.disabledAt} = :now, ${E.updatedAt} = :now
          WHERE ${E.id} = :ep AND ${E.enabled} = 1 AND ${when}`
const SETTLE = {
  attempt: `INSERT INTO ${A.$} (${A.deliveryId}, ${A.at}, ${A.durationMs}, ${A.statusCode}, ${A.error}, ${A.verdict})
            SELECT :id, :now, :dur, :code, :error, :verdict FROM ${D.$} WHERE ${held}`,
  delivery: `UPDATE ${D.$} SET ${D.status} = :status, ${D.attempts} = ${D.attempts} + 1, ${D.nextAttemptAt} = :next,
              ${D.leaseOwner} = NULL, ${D.leaseUntil} = NULL, ${D.lastStatusCode} = :code, ${D.lastError} = :error,
              ${D.finishedAt} = CASE WHEN :status = 'pending' THEN NULL ELSE :now END
            WHERE ${held}`,
  healthy: `UPDATE ${E.$} SET ${E.failingSince} = NULL WHERE ${E.id} = :ep AND ${E.failingSince} IS NOT NULL`,
  failing: `UPDATE ${E.$} SET ${E.failingSince} = COALESCE(${E.failingSince}, :now) WHERE ${E.id} = :ep`,
  disableGone: disable(`'gone'`, 'true'),
  disableFailing: disable(`'failing_5_days'`, `${E.failingSince} <= :cutoff`),
  notice: `INSERT INTO ${M.$} (${M.id}, ${M.projectId}, ${M.type}, ${M.payload}, ${M.createdAt})
            SELECT :mid, e.${E.projectId}, 'endpoint.disabled',
              json_object('id', :mid, 'type', 'endpoint.disabled', 'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', :now / 1000.0, 'unixepoch'),
                'data', json_object('endpoint', json_object('id', e.${E.id}, 'url', e.${E.url}, 'kind', e.${E.kind}, 'reason', e.${E.disabledReason},
                  'failing_since', strftime('%Y-%m-%dT%H:%M:%fZ', e.${E.failingSince} / 1000.0, 'unixepoch')), 'url', :link)), :now
            FROM ${E.$} e WHERE e.${E.id} = :ep AND changes() > 0 AND e.${E.enabled} = 0 AND e.${E.disabledAt} = :now`,
}

/** Re-send: the delivery is pending again with a fresh schedule, under the same message id. */
export const resend = (projectId: string, deliveryId: number, now: number): InStatement => ({
  sql: `UPDATE ${D.$} SET ${D.status} = 'pending', ${D.attempts} = 0, ${D.nextAttemptAt} = :now, ${D.finishedAt} = NULL
        WHERE ${D.projectId} = :p AND ${D.id} = :id RETURNING ${D.id} AS id`,
  args: { p: projectId, id: deliveryId, now },
})
