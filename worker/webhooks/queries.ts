/**
 * Endpoint and delivery rows for the management API: every statement is bounded by the
 * project (the tenant), so another project's ids are simply not found.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { endpoints, outboxAttempts, outboxDeliveries, outboxMessages } from '../db/schema'
import { names, pick, qb, stmt, type Row } from '../db/sql'
import { and, eq } from 'drizzle-orm'

const D = names(outboxDeliveries)
const M = names(outboxMessages)
const A = names(outboxAttempts)

export const ENDPOINT_COLUMNS = ['id', 'kind', 'url', 'description', 'secret', 'events', 'filter', 'config', 'enabled', 'disabledReason', 'failingSince', 'createdAt'] as const
export type EndpointListRow = Row<typeof endpoints, (typeof ENDPOINT_COLUMNS)[number]>

export const listEndpoints = (projectId: string, kinds: readonly string[]): InStatement => ({
  sql: `SELECT ${pick(endpoints, ENDPOINT_COLUMNS)} FROM "endpoints" WHERE "project_id" = ? AND "kind" IN (${kinds.map(() => '?').join(', ')}) ORDER BY "created_at"`,
  args: [projectId, ...kinds],
})

export const readEndpoint = (projectId: string, id: string): InStatement => ({
  sql: `SELECT ${pick(endpoints, ENDPOINT_COLUMNS)} FROM "endpoints" WHERE "project_id" = ? AND "id" = ?`,
  args: [projectId, id],
})

export const insertEndpoint = (row: typeof endpoints.$inferInsert) => stmt(qb.insert(endpoints).values(row))

export const updateEndpoint = (projectId: string, id: string, set: Partial<typeof endpoints.$inferInsert>) =>
  stmt(qb.update(endpoints).set(set).where(and(eq(endpoints.projectId, projectId), eq(endpoints.id, id))))

/** Deleting an endpoint ends what it was still owed (dead, kept for the record). */
export const deleteEndpoint = (projectId: string, id: string, now: number): InStatement[] => [
  {
    sql: `UPDATE ${D.$} SET ${D.status} = 'dead', ${D.lastError} = 'endpoint deleted', ${D.finishedAt} = ? WHERE ${D.endpointId} = ? AND ${D.projectId} = ? AND ${D.status} = 'pending'`,
    args: [now, id, projectId],
  },
  stmt(qb.delete(endpoints).where(and(eq(endpoints.projectId, projectId), eq(endpoints.id, id)))),
]

export interface DeliveryRow {
  id: number
  messageId: string
  type: string
  status: 'pending' | 'delivered' | 'dead'
  attempts: number
  nextAttemptAt: number
  lastStatusCode: number | null
  lastError: string | null
  createdAt: number
  finishedAt: number | null
  payload?: string
}

const DELIVERY_SELECT = `d.${D.id} AS id, d.${D.messageId} AS messageId, m.${M.type} AS type, d.${D.status} AS status, d.${D.attempts} AS attempts,
  d.${D.nextAttemptAt} AS nextAttemptAt, d.${D.lastStatusCode} AS lastStatusCode, d.${D.lastError} AS lastError, d.${D.createdAt} AS createdAt, d.${D.finishedAt} AS finishedAt`

/** Newest first, optionally one status, before a cursor id. */
export const listDeliveries = (projectId: string, endpointId: string, status: string | undefined, before: number | undefined, limit: number): InStatement => ({
  sql: `SELECT ${DELIVERY_SELECT} FROM ${D.$} d JOIN ${M.$} m ON m.${M.id} = d.${D.messageId}
        WHERE d.${D.projectId} = ? AND d.${D.endpointId} = ? AND (? IS NULL OR d.${D.status} = ?) AND (? IS NULL OR d.${D.id} < ?)
        ORDER BY d.${D.id} DESC LIMIT ?`,
  args: [projectId, endpointId, status ?? null, status ?? null, before ?? null, before ?? null, limit],
})

export const readDelivery = (projectId: string, endpointId: string, id: number): InStatement[] => [
  {
    sql: `SELECT ${DELIVERY_SELECT}, m.${M.payload} AS payload FROM ${D.$} d JOIN ${M.$} m ON m.${M.id} = d.${D.messageId}
          WHERE d.${D.projectId} = ? AND d.${D.endpointId} = ? AND d.${D.id} = ?`,
    args: [projectId, endpointId, id],
  },
  {
    sql: `SELECT ${pick(outboxAttempts, ['at', 'durationMs', 'statusCode', 'error', 'verdict'])} FROM ${A.$}
          WHERE ${A.deliveryId} = ? AND EXISTS (SELECT 1 FROM ${D.$} WHERE ${D.id} = ? AND ${D.projectId} = ?) ORDER BY ${A.at}, ${A.id}`,
    args: [id, id, projectId],
  },
]
