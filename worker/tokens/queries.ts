/**
 * API token statements: a token is stored as its SHA-256 only (the clear text is shown
 * once, at creation), looked up by that hash, and revoked by time, never deleted, so a
 * list still says which token did what.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { and, eq, isNull, lt, or } from 'drizzle-orm'
import { apiTokens } from '../db/schema'
import { names, pick, qb, stmt, type Row } from '../db/sql'

export type TokenScope = (typeof apiTokens.$inferSelect)['scope']
export const TOKEN_COLUMNS = ['id', 'projectId', 'name', 'scope', 'hint', 'createdAt', 'lastUsedAt', 'revokedAt'] as const
export type TokenRow = Row<typeof apiTokens, (typeof TOKEN_COLUMNS)[number]>

const T = names(apiTokens)
const SELECT = `SELECT ${pick(apiTokens, TOKEN_COLUMNS)} FROM ${T.$}`

/** How often a token's last-used time is written at most. */
export const LAST_USED_RESOLUTION_MS = 60_000

export const insertToken = (t: { id: string; projectId: string; name: string; scope: TokenScope; tokenHash: string; hint: string; now: number }): InStatement =>
  stmt(qb.insert(apiTokens).values({ id: t.id, projectId: t.projectId, name: t.name, scope: t.scope, tokenHash: t.tokenHash, hint: t.hint, createdAt: t.now }))

export const tokenByHash = (tokenHash: string): InStatement => ({ sql: `${SELECT} WHERE ${T.tokenHash} = ?`, args: [tokenHash] })

export const listTokens = (projectId: string): InStatement => ({ sql: `${SELECT} WHERE ${T.projectId} = ? ORDER BY ${T.createdAt} DESC, ${T.id}`, args: [projectId] })

export const tokenById = (projectId: string, id: string): InStatement => ({ sql: `${SELECT} WHERE ${T.projectId} = ? AND ${T.id} = ?`, args: [projectId, id] })

/** Revokes once: revoking again keeps the first time. */
export const revokeToken = (projectId: string, id: string, now: number): InStatement =>
  stmt(qb.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.projectId, projectId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt))))

/** Only writes when the stored time is older than the resolution, so concurrent requests rarely both write. */
export const touchToken = (id: string, now: number): InStatement =>
  stmt(
    qb
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now - LAST_USED_RESOLUTION_MS)))),
  )
