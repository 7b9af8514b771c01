/**
 * Members of one project: every statement is bounded by the project id (the tenant), and
 * the last owner is kept by the statement itself (a demotion or removal that would leave
 * no owner changes nothing), so two owners demoting each other at once cannot both win.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { memberships, sessions, users } from '../db/schema'
import { names } from '../db/sql'

const M = names(memberships)
const U = names(users)
const S = names(sessions)

export interface MemberRow {
  id: string
  email: string
  role: 'owner' | 'analyst'
  joinedAt: number
}

export const listMembers = (projectId: string): InStatement => ({
  sql: `SELECT u.${U.id} AS id, u.${U.email} AS email, m.${M.role} AS role, m.${M.createdAt} AS joinedAt
        FROM ${M.$} m JOIN ${U.$} u ON u.${U.id} = m.${M.userId} WHERE m.${M.projectId} = ? ORDER BY m.${M.createdAt}, u.${U.email}`,
  args: [projectId],
})

export const readMember = (projectId: string, userId: string): InStatement => ({
  sql: `SELECT u.${U.id} AS id, u.${U.email} AS email, m.${M.role} AS role, m.${M.createdAt} AS joinedAt
        FROM ${M.$} m JOIN ${U.$} u ON u.${U.id} = m.${M.userId} WHERE m.${M.projectId} = ? AND m.${M.userId} = ?`,
  args: [projectId, userId],
})

/** Another owner remains after this member stops being one. */
const anotherOwner = `EXISTS (SELECT 1 FROM ${M.$} o WHERE o.${M.projectId} = ? AND o.${M.role} = 'owner' AND o.${M.userId} <> ?)`

export const setRole = (projectId: string, userId: string, role: 'owner' | 'analyst'): InStatement => ({
  sql: `UPDATE ${M.$} SET ${M.role} = ? WHERE ${M.projectId} = ? AND ${M.userId} = ? AND (? = 'owner' OR ${M.role} <> 'owner' OR ${anotherOwner})`,
  args: [role, projectId, userId, role, projectId, userId],
})

export const removeMember = (projectId: string, userId: string): InStatement => ({
  sql: `DELETE FROM ${M.$} WHERE ${M.projectId} = ? AND ${M.userId} = ? AND (${M.role} <> 'owner' OR ${anotherOwner})`,
  args: [projectId, userId, projectId, userId],
})

/**
 * The removed member's browsers that had this project open are signed out. (Every
 * request re-reads the membership anyway, so the session stopped working already.)
 */
export const endSessionsIn = (projectId: string, userId: string): InStatement => ({
  sql: `DELETE FROM ${S.$} WHERE ${S.userId} = ? AND ${S.projectId} = ? AND NOT EXISTS (SELECT 1 FROM ${M.$} WHERE ${M.projectId} = ? AND ${M.userId} = ?)`,
  args: [userId, projectId, projectId, userId],
})
