/**
 * The accounts that belong to one project (memberships_project index), e-mail first.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { memberships, users } from '../db/schema'
import { names } from '../db/sql'

const M = names(memberships)
const U = names(users)

export interface MemberRow {
  id: string
  email: string
  role: 'owner' | 'analyst'
}

export const membersOf = (projectId: string): InStatement => ({
  sql: `SELECT u.${U.id} AS id, u.${U.email} AS email, m.${M.role} AS role FROM ${M.$} m JOIN ${U.$} u ON u.${U.id} = m.${M.userId} WHERE m.${M.projectId} = ? ORDER BY u.${U.email}`,
  args: [projectId],
})
