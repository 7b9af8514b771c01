/**
 * The project's own row: settings as a JSON merge patch applied by the engine, and key
 * rotation, which moves the current key to `previous…` with the end of its overlap.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { eq, sql } from 'drizzle-orm'
import { projects } from '../db/schema'
import { names, pick, qb, stmt, type Row } from '../db/sql'

const P = names(projects)
export const INFO_COLUMNS = ['id', 'name', 'publicKey', 'settings', 'createdAt'] as const
export type ProjectInfoRow = Row<typeof projects, (typeof INFO_COLUMNS)[number]>

export const readProject = (id: string): InStatement => ({ sql: `SELECT ${pick(projects, INFO_COLUMNS)} FROM ${P.$} WHERE ${P.id} = ?`, args: [id] })

/** `themesChanged` bumps `themes.version` (the re-tag pass then brings every comment up to it). */
export const patchProject = (id: string, p: { name?: string; settings: object; themesChanged?: boolean }): InStatement => {
  const patched = sql`json_patch(${projects.settings}, ${JSON.stringify(p.settings)})`
  const settings = p.themesChanged
    ? sql`json_set(${patched}, '$.themes.version', COALESCE(json_extract(${projects.settings}, '$.themes.version'), 0) + 1)`
    : patched
  return stmt(
    qb
      .update(projects)
      .set({ ...(p.name !== undefined ? { name: p.name } : {}), settings })
      .where(eq(projects.id, id)),
  )
}

/** The new public key takes over; the old one keeps working until `until`. (SET reads the row as it was.) */
export const rotatePublicKey = (id: string, key: string, until: number): InStatement =>
  stmt(qb.update(projects).set({ previousPublicKey: sql`${projects.publicKey}`, previousPublicKeyUntil: until, publicKey: key }).where(eq(projects.id, id)))

export const rotateSecretKey = (id: string, key: string, keyHash: string, until: number): InStatement =>
  stmt(
    qb
      .update(projects)
      .set({
        previousSecretKey: sql`${projects.secretKey}`,
        previousSecretKeyHash: sql`${projects.secretKeyHash}`,
        previousSecretKeyUntil: until,
        secretKey: key,
        secretKeyHash: keyHash,
      })
      .where(eq(projects.id, id)),
  )
