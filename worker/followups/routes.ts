/**
 * /v1/followups — follow-up cases for detractors and VIPs: list (status, owner,
 * priority, breached, survey, period), read with the log, change status, assign, note,
 * and the SLA figures.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { FollowupAssign, FollowupCase, FollowupList, FollowupNote, FollowupStats, FollowupUpdate } from '../../shared/closed-loop/followup-contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { assignFollowup, followupStats, listFollowups, noteFollowup, readFollowup, updateFollowup } from './handlers'

export const followupRoutes = new Hono<AppEnv>()

const doc = (summary: string, schema: Parameters<typeof resolver>[0], ...problems: number[]) =>
  describeRoute({
    tags: ['followups'],
    summary,
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'OK', content: { 'application/json': { schema: resolver(schema) } } }, ...problemResponses(...problems) },
  })

followupRoutes.get('/', doc('List follow-ups (?status=open,contacted&owner&unassigned=true&priority&breached=true|false&survey_id&from&to&order=created|sla&before&offset&limit)', FollowupList, 401, 422), secretAuth('read'), listFollowups)
followupRoutes.get('/stats', doc('Time to first contact and to resolution (?from&to): median and share within SLA', FollowupStats, 401, 422), secretAuth('read'), followupStats)
followupRoutes.get('/:id', doc('A follow-up with its answer and every change', FollowupCase, 401, 404), secretAuth('read'), readFollowup)
followupRoutes.patch(
  '/:id',
  doc('Change status (open → contacted → resolved, or open → closed with a reason) or owner', FollowupCase, 400, 401, 404, 409, 415, 422),
  secretAuth('write'),
  jsonBody(FollowupUpdate),
  updateFollowup,
)
followupRoutes.post('/:id/assign', doc('Assign to someone', FollowupCase, 400, 401, 404, 415, 422), secretAuth('write'), jsonBody(FollowupAssign), assignFollowup)
followupRoutes.post('/:id/notes', doc('Add a note', FollowupCase, 400, 401, 404, 415, 422), secretAuth('write'), jsonBody(FollowupNote), noteFollowup)
