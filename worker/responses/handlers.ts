/**
 * Storing a score (idempotent by the client's id) and editing it from the same browser.
 * Suspicious answers are stored with flags, never dropped; the public answer never says
 * whether an answer was counted or how it was flagged (no oracle to tune a bot against).
 * @module
 */
import { platformOf } from '../../shared/context'
import type { ResponseCreate, ResponseUpdate } from '../../shared/contract'
import { flagsFor } from '../../shared/fraud'
import { sha256Hex } from '../crypto'
import { first } from '../db/store'
import type { JsonContext } from '../http/body'
import { acceptDisplayToken } from '../http/display-token'
import { ApiError } from '../http/problem'
import { checkIdentity, resolveRespondent } from '../respondents'
import { deadlines, followupSettings } from '../../shared/closed-loop/followup'
import { attachEdit, openFollowup } from '../followups/queries'
import { responseCreated, responseEdited } from '../outbox/events'
import { THEMES_PENDING, themesPending } from '../themes/queries'
import { editStatements, readStored, recordStatements, type StoredResponse } from './queries'

export async function createResponse(c: JsonContext<typeof ResponseCreate>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const now = deps.clock()
  const survey = (await deps.directory.surveys(project.id)).find((s) => s.id === body.survey_id)
  if (!survey) throw new ApiError(422, 'unknown_survey', 'This project has no such survey.', [{ field: 'survey_id', message: 'unknown survey' }])
  const claims = body.token ? acceptDisplayToken(project, body.token, now, body.survey_id) : null

  // The token names the person it was granted to; only without one is the body's identity looked up.
  const identity = checkIdentity(project, body, now)
  const respondentKey = claims?.r ?? (await resolveRespondent(deps.db, project, body, now)).key
  const ua = c.req.header('user-agent')
  const fingerprint = await deps.fingerprint(deps.clientIp(c), ua, now)
  const flags = flagsFor({
    userAgent: ua,
    honeypot: body.website,
    elapsedMs: claims ? now - claims.iat : null,
    minAnswerMs: survey.rules.minAnswerMs,
    unverifiedIdentity: identity.unverifiedIdentity,
    preview: claims?.pv === 1,
  })
  const payloadHash = sha256Hex(JSON.stringify([body.survey_id, body.score, body.comment ?? null, body.anonymous_id, body.user_id ?? null, body.token ?? null]))
  const writeNonce = crypto.randomUUID()
  const fu = followupSettings(project.rules.followups)
  const followup = fu.enabled
    ? openFollowup({ projectId: project.id, clientId: body.id, writeNonce, settings: fu, deadlines: deadlines(now, fu, project.rules.timeZone), link: followupLink(deps.config.publicUrl), now })
    : []
  // A comment's themes are tagged by the background pass right after (soon() below): the
  // answer is stored as "to tag" (themes version -1), and its write carries no tagging.
  const toTag = !!body.comment?.trim()
  // The answer, then (same transaction) the events it causes: written only when this
  // request really inserted the row, so a replay adds nothing and a crash loses nothing.
  const rs = await deps.db.write([
    ...recordStatements({
      projectId: project.id,
      surveyId: survey.id,
      surveyKind: survey.kind,
      clientId: body.id,
      respondentKey,
      anonymousId: body.anonymous_id,
      userId: identity.userId,
      verified: identity.verified,
      // A preview display was never stored; its id must not match a real one.
      displayId: claims && !claims.pv ? claims.d : null,
      triggerKey: claims?.t ?? 'untriggered',
      score: body.score,
      comment: body.comment ?? null,
      locale: body.locale ?? null,
      channel: body.channel ?? null,
      platform: platformOf(body.channel, ua),
      flags,
      fingerprint,
      fingerprintDailyCap: survey.rules.fingerprintDailyCap,
      newWithinDays: project.rules.newWithinDays,
      payloadHash,
      writeNonce,
      // Not tagged yet; only a stored comment is ever picked up by the pass.
      themesVersion: THEMES_PENDING,
      now,
    }),
    ...followup,
    ...responseCreated({ projectId: project.id, clientId: body.id, writeNonce, now }),
  ])
  const events = 1 + followup.length + 1
  const row = first<StoredResponse>(rs[0])
  if (!row) throw new Error('response row missing after write')
  if (row.payloadHash !== payloadHash) {
    throw new ApiError(422, 'idempotency_conflict', 'This id was already used for a different answer. Generate a new id for a new answer.', [
      { field: 'id', message: 'already used with different content' },
    ])
  }
  const created = row.writeNonce === writeNonce
  if (created && (toTag || rs.slice(1, events).some((r) => r.rowsAffected > 0))) deps.scheduler.soon(c)
  return c.json(present(row, !created), created ? 201 : 200)
}

export async function updateResponse(c: JsonContext<typeof ResponseUpdate, '/:id'>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const clientId = c.req.param('id')
  // Only the browser that answered (same anonymous id) may change its answer.
  const now = deps.clock()
  const rs = await deps.db.write([
    ...responseEdited({ projectId: project.id, clientId, anonymousId: body.anonymous_id, comment: body.comment, score: body.score, now }),
    ...attachEdit({ projectId: project.id, clientId, anonymousId: body.anonymous_id, comment: body.comment, score: body.score, now }),
    ...editStatements({ projectId: project.id, clientId, anonymousId: body.anonymous_id, comment: body.comment, score: body.score, now }),
    // A new comment or score: its themes are tagged again by the background pass.
    themesPending({ projectId: project.id, clientId, anonymousId: body.anonymous_id }),
    readStored(project.id, clientId, body.anonymous_id),
  ])
  const row = first<StoredResponse>(rs[rs.length - 1])
  if (!row) throw new ApiError(404, 'not_found', 'No response with this id was given by this visitor in this project.')
  if (rs.some((r) => r.rowsAffected > 0)) deps.scheduler.soon(c)
  return c.json(present(row, false))
}

/** Where a follow-up is read (the API; a dashboard links the same id). */
export const followupLink = (publicUrl: string | undefined) => `${publicUrl ?? ''}/v1/followups/`

function present(r: StoredResponse, replayed: boolean) {
  return { id: r.clientId, survey_id: r.surveyId, score: Number(r.score), comment: r.comment, created_at: Number(r.createdAt), replayed }
}
