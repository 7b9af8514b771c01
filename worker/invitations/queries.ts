/**
 * The invitation statements, one definition for both ways an invitation opens: the
 * product's backend (`POST /v1/invitations`, authoritative) and a page's `track()` when
 * the survey allows client triggers. Once per (survey, order): a page can never block or
 * take over the backend's invitation; the backend takes over a page-opened one.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { invitations } from '../db/schema'
import { names, pick, type Row } from '../db/sql'

const I = names(invitations)

export interface NewInvitation {
  id: string
  projectId: string
  surveyId: string
  respondentKey: string
  event: string
  orderId: string
  channel: string | null
  attributes: Record<string, unknown>
  source: 'server' | 'client'
  now: number
  expiresAt: number
}

/**
 * Opens the invitation. From the server it replaces a page-opened one for the same order
 * (new person, attributes and window; answered again only by a counted answer of that
 * person); from a page it never touches an existing one.
 */
export function openInvitation(n: NewInvitation): InStatement {
  const takeOver =
    n.source === 'server'
      ? `ON CONFLICT (${I.projectId}, ${I.surveyId}, ${I.triggerKey}) DO UPDATE SET
           ${I.id} = excluded.${I.id}, ${I.respondentKey} = excluded.${I.respondentKey}, ${I.event} = excluded.${I.event},
           ${I.channel} = excluded.${I.channel}, ${I.attributes} = excluded.${I.attributes}, ${I.source} = 'server',
           ${I.createdAt} = excluded.${I.createdAt}, ${I.expiresAt} = excluded.${I.expiresAt}, ${I.answeredAt} = NULL
         WHERE ${I.$}.${I.source} = 'client'`
      : 'ON CONFLICT DO NOTHING'
  return {
    sql: `INSERT INTO ${I.$} (${I.id}, ${I.projectId}, ${I.surveyId}, ${I.respondentKey}, ${I.event}, ${I.triggerKey}, ${I.channel}, ${I.attributes}, ${I.source}, ${I.createdAt}, ${I.expiresAt})
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ${takeOver}`,
    args: [n.id, n.projectId, n.surveyId, n.respondentKey, n.event, n.orderId, n.channel, JSON.stringify(n.attributes), n.source, n.now, n.expiresAt],
  }
}

export const INVITATION_COLUMNS = ['id', 'surveyId', 'respondentKey', 'event', 'triggerKey', 'expiresAt'] as const
export type InvitationRow = Row<typeof invitations, (typeof INVITATION_COLUMNS)[number]>

export const readInvitation = (projectId: string, surveyId: string, orderId: string): InStatement => ({
  sql: `SELECT ${pick(invitations, INVITATION_COLUMNS)} FROM ${I.$} WHERE ${I.projectId} = ? AND ${I.surveyId} = ? AND ${I.triggerKey} = ?`,
  args: [projectId, surveyId, orderId],
})
