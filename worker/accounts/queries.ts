/**
 * Account statements: users, their memberships, sessions (stored by the hash of the
 * cookie's value) and one-time links (stored by the hash of the token).
 * @module
 */
import type { InStatement } from '@libsql/client'
import { accountInvites, memberships, projects, sessions, users } from '../db/schema'
import { names, stmt, qb } from '../db/sql'

export type Role = (typeof memberships.$inferSelect)['role']
const U = names(users)
const M = names(memberships)
const S = names(sessions)
const I = names(accountInvites)
const P = names(projects)

export interface UserRow {
  id: string
  email: string
  passwordHash: string
}
export interface SessionRow {
  userId: string
  email: string
  projectId: string
  role: Role | null
  expiresAt: number
}
export interface InviteRow {
  projectId: string
  role: Role
  expiresAt: number
  usedAt: number | null
}
export interface MembershipRow {
  projectId: string
  name: string
  role: Role
}

export const userCount = (): InStatement => `SELECT count(*) AS n FROM ${U.$}`
export const userByEmail = (email: string): InStatement => ({
  sql: `SELECT ${U.id} AS id, ${U.email} AS email, ${U.passwordHash} AS passwordHash FROM ${U.$} WHERE ${U.email} = ?`,
  args: [email],
})
export const userById = (id: string): InStatement => ({
  sql: `SELECT ${U.id} AS id, ${U.email} AS email, ${U.passwordHash} AS passwordHash FROM ${U.$} WHERE ${U.id} = ?`,
  args: [id],
})
export const insertUser = (u: { id: string; email: string; passwordHash: string; now: number }): InStatement =>
  stmt(qb.insert(users).values({ id: u.id, email: u.email, passwordHash: u.passwordHash, createdAt: u.now }))
export const setPassword = (id: string, passwordHash: string): InStatement => ({ sql: `UPDATE ${U.$} SET ${U.passwordHash} = ? WHERE ${U.id} = ?`, args: [passwordHash, id] })

/** Joining twice keeps the first role (an owner re-invited as analyst stays owner). */
export const insertMembership = (m: { userId: string; projectId: string; role: Role; now: number }): InStatement =>
  stmt(qb.insert(memberships).values({ userId: m.userId, projectId: m.projectId, role: m.role, createdAt: m.now }).onConflictDoNothing())
export const membershipsOf = (userId: string): InStatement => ({
  sql: `SELECT m.${M.projectId} AS projectId, p.${P.name} AS name, m.${M.role} AS role FROM ${M.$} m JOIN ${P.$} p ON p.${P.id} = m.${M.projectId} WHERE m.${M.userId} = ? ORDER BY p.${P.name}, m.${M.projectId}`,
  args: [userId],
})

export const insertSession = (s: { idHash: string; userId: string; projectId: string; now: number; expiresAt: number }): InStatement =>
  stmt(qb.insert(sessions).values({ idHash: s.idHash, userId: s.userId, projectId: s.projectId, createdAt: s.now, expiresAt: s.expiresAt }))
/** The session with the role its account holds in the open project now (null: no longer a member). */
export const sessionByHash = (idHash: string): InStatement => ({
  sql: `SELECT s.${S.userId} AS userId, u.${U.email} AS email, s.${S.projectId} AS projectId, m.${M.role} AS role, s.${S.expiresAt} AS expiresAt
        FROM ${S.$} s JOIN ${U.$} u ON u.${U.id} = s.${S.userId}
        LEFT JOIN ${M.$} m ON m.${M.userId} = s.${S.userId} AND m.${M.projectId} = s.${S.projectId}
        WHERE s.${S.idHash} = ?`,
  args: [idHash],
})
/** Expired sessions of the account are dropped whenever it starts a new one, so the table stays small. */
export const deleteExpiredSessions = (userId: string, now: number): InStatement => ({ sql: `DELETE FROM ${S.$} WHERE ${S.userId} = ? AND ${S.expiresAt} <= ?`, args: [userId, now] })
export const deleteSession = (idHash: string): InStatement => ({ sql: `DELETE FROM ${S.$} WHERE ${S.idHash} = ?`, args: [idHash] })
export const deleteSessionsOf = (userId: string, except = ''): InStatement => ({ sql: `DELETE FROM ${S.$} WHERE ${S.userId} = ? AND ${S.idHash} <> ?`, args: [userId, except] })
export const switchProject = (idHash: string, projectId: string): InStatement => ({ sql: `UPDATE ${S.$} SET ${S.projectId} = ? WHERE ${S.idHash} = ?`, args: [projectId, idHash] })

export const insertInvite = (i: { tokenHash: string; projectId: string; role: Role; createdBy: string | null; now: number; expiresAt: number }): InStatement =>
  stmt(qb.insert(accountInvites).values({ tokenHash: i.tokenHash, projectId: i.projectId, role: i.role, createdBy: i.createdBy, createdAt: i.now, expiresAt: i.expiresAt }))
export const inviteByHash = (tokenHash: string): InStatement => ({
  sql: `SELECT ${I.projectId} AS projectId, ${I.role} AS role, ${I.expiresAt} AS expiresAt, ${I.usedAt} AS usedAt FROM ${I.$} WHERE ${I.tokenHash} = ?`,
  args: [tokenHash],
})
/** Marks the link used, only if nobody used it first (two tabs racing: one wins). */
export const useInvite = (tokenHash: string, now: number): InStatement => ({
  sql: `UPDATE ${I.$} SET ${I.usedAt} = ? WHERE ${I.tokenHash} = ? AND ${I.usedAt} IS NULL AND ${I.expiresAt} > ?`,
  args: [now, tokenHash, now],
})
/** Set-up links printed earlier and never used stop working when a new one is printed. */
export const expireSetupLinks = (now: number): InStatement => ({
  sql: `UPDATE ${I.$} SET ${I.expiresAt} = ? WHERE ${I.createdBy} IS NULL AND ${I.usedAt} IS NULL AND ${I.expiresAt} > ?`,
  args: [now, now],
})
