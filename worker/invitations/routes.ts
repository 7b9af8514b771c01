/**
 * POST /v1/invitations — the product's backend (secret key) says "this order was
 * delivered to this user": every transactional survey listening to the event becomes
 * eligible for that user for its trigger window, once per order id.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { InvitationCreate, InvitationResult } from '../../shared/contract'
import { HOUR } from '../../shared/eligibility'
import { rows } from '../db/store'
import type { AppEnv } from '../deps'
import { bodyOf, jsonBody } from '../http/body'
import { secretKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import { ApiError } from '../http/problem'

export const invitations = new Hono<AppEnv>()

invitations.post(
  '/',
  describeRoute({
    tags: ['backend'],
    summary: 'Open transactional invitations for a user after an event',
    security: [{ secretKey: [] }],
    responses: {
      201: { description: 'Opened', content: { 'application/json': { schema: resolver(InvitationResult) } } },
      200: { description: 'Already open for this order (replay)', content: { 'application/json': { schema: resolver(InvitationResult) } } },
      ...problemResponses(400, 401, 413, 415, 422, 429, 503),
    },
  }),
  secretKey(),
  jsonBody(InvitationCreate),
  async (c) => {
    const { deps, project } = c.var
    const body = bodyOf(c, InvitationCreate)
    const now = deps.clock()
    const surveys = (await deps.directory.surveys(project.id)).filter(
      (s) => s.kind === 'transactional' && (body.survey_id ? s.id === body.survey_id : s.status === 'active' && s.rules.triggerEvents.includes(body.event)),
    )
    if (surveys.length === 0) {
      const field = body.survey_id ? 'survey_id' : 'event'
      throw new ApiError(422, 'unknown_survey', 'No transactional survey of this project listens to this event.', [{ field, message: 'no matching transactional survey' }])
    }
    const key = `u:${body.user_id}`
    const ids = surveys.map(() => crypto.randomUUID())
    const rs = await deps.db.write(
      surveys.flatMap((s, i) => [
        {
          sql: `INSERT INTO invitations (id, project_id, survey_id, respondent_key, event, trigger_key, channel, attributes, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          args: [ids[i], project.id, s.id, key, body.event, body.order_id, body.channel ?? null, JSON.stringify(body.attributes ?? {}), now, now + (body.window_hours ?? s.rules.triggerWindowHours) * HOUR],
        },
        { sql: 'SELECT id, survey_id, respondent_key, event, trigger_key, expires_at FROM invitations WHERE project_id = ? AND survey_id = ? AND trigger_key = ?', args: [project.id, s.id, body.order_id] },
      ]),
    )
    const out = surveys.map((_, i) => {
      const r = rows<{ id: string; survey_id: string; respondent_key: string; event: string; trigger_key: string; expires_at: number }>(rs[i * 2 + 1])[0]
      return { id: r.id, survey_id: r.survey_id, user_id: r.respondent_key.slice(2), event: r.event, order_id: r.trigger_key, expires_at: Number(r.expires_at), replayed: r.id !== ids[i] }
    })
    return c.json({ invitations: out }, out.some((i) => !i.replayed) ? 201 : 200)
  },
)
