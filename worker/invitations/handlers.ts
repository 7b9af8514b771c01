/**
 * The product's backend says "this order was delivered to this user": every
 * transactional survey listening to the event becomes eligible for that user for its
 * trigger window, once per order id.
 * @module
 */
import type { InvitationCreate } from '../../shared/contract'
import { HOUR } from '../../shared/eligibility'
import { rows } from '../db/store'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { openInvitation, readInvitation, type InvitationRow } from './queries'

export async function createInvitations(c: JsonContext<typeof InvitationCreate>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const now = deps.clock()
  const surveys = (await deps.directory.surveys(project.id)).filter(
    (s) => s.kind === 'transactional' && (body.survey_id ? s.id === body.survey_id : s.status === 'active' && s.rules.triggerEvents.includes(body.event)),
  )
  if (surveys.length === 0) {
    const field = body.survey_id ? 'survey_id' : 'event'
    throw new ApiError(422, 'unknown_survey', 'No transactional survey of this project listens to this event.', [{ field, message: 'no matching transactional survey' }])
  }
  const ids = surveys.map(() => crypto.randomUUID())
  const rs = await deps.db.write(
    surveys.flatMap((s, i) => [
      openInvitation({
        id: ids[i],
        projectId: project.id,
        surveyId: s.id,
        respondentKey: `u:${body.user_id}`,
        event: body.event,
        orderId: body.order_id,
        channel: body.channel ?? null,
        attributes: body.attributes ?? {},
        source: 'server',
        now,
        expiresAt: now + (body.window_hours ?? s.rules.triggerWindowHours) * HOUR,
      }),
      readInvitation(project.id, s.id, body.order_id),
    ]),
  )
  const out = surveys.map((_, i) => {
    const r = rows<InvitationRow>(rs[i * 2 + 1])[0]
    return { id: r.id, survey_id: r.surveyId, user_id: r.respondentKey.slice(2), event: r.event, order_id: r.triggerKey, expires_at: Number(r.expiresAt), replayed: r.id !== ids[i] }
  })
  return c.json({ invitations: out }, out.some((i) => !i.replayed) ? 201 : 200)
}
