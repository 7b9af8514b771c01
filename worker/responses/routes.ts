/**
 * POST /v1/responses — store a score (idempotent by the client's id) and
 * PATCH /v1/responses/:id — add or edit the "why?" comment of that same response.
 * Suspicious answers are stored with flags, never dropped.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { ResponseUpdate, ResponseCreate, ResponseResult } from '../../shared/contract'
import { flagsFor } from '../../shared/fraud'
import { sha256Hex } from '../crypto'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import { bodyOf, jsonBody } from '../http/body'
import { acceptDisplayToken } from '../http/display-token'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import { ApiError } from '../http/problem'
import { checkIdentity, resolveRespondent } from '../respondents'
import { recordStatements, SELECT_RESPONSE, type StoredResponse } from './record'

export const responses = new Hono<AppEnv>()

const json = (schema: typeof ResponseResult) => ({ 'application/json': { schema: resolver(schema) } })

responses.post(
  '/',
  describeRoute({
    tags: ['widget'],
    summary: 'Submit a score (idempotent by id)',
    description:
      'The score is stored the moment it is chosen. Retrying the same id returns the first result (200, replayed: true); the same id with other content is 422. A second answer from the same person for the same order or display is stored flagged as duplicate and not counted.',
    security: [{ publicKey: [] }],
    responses: {
      201: { description: 'Stored', content: json(ResponseResult) },
      200: { description: 'Replay of an earlier submission with the same id', content: json(ResponseResult) },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(ResponseCreate),
  async (c) => {
    const { deps, project } = c.var
    const body = bodyOf(c, ResponseCreate)
    const now = deps.clock()
    const survey = (await deps.directory.surveys(project.id)).find((s) => s.id === body.survey_id)
    if (!survey) throw new ApiError(422, 'unknown_survey', 'This project has no such survey.', [{ field: 'survey_id', message: 'unknown survey' }])
    const claims = body.token ? acceptDisplayToken(project, body.token, now, body.survey_id) : null

    // The token names the person it was granted to; only without one is the body's identity looked up.
    const identity = checkIdentity(project, body)
    const respondentKey = claims?.r ?? (await resolveRespondent(deps.db, project, body, now)).key
    const ua = c.req.header('user-agent')
    const fingerprint = await deps.fingerprint(deps.clientIp(c), ua, now)
    const flags = flagsFor({
      userAgent: ua,
      honeypot: body.website,
      elapsedMs: claims ? now - claims.iat : null,
      minAnswerMs: survey.rules.minAnswerMs,
      unverifiedIdentity: identity.unverifiedIdentity,
    })
    const payloadHash = sha256Hex(JSON.stringify([body.survey_id, body.score, body.comment ?? null, body.anonymous_id, body.user_id ?? null, body.token ?? null]))
    const writeNonce = crypto.randomUUID()
    const rs = await deps.db.write(
      recordStatements({
        projectId: project.id,
        surveyId: survey.id,
        surveyKind: survey.kind,
        clientId: body.id,
        respondentKey,
        anonymousId: body.anonymous_id,
        userId: identity.userId,
        verified: identity.verified,
        displayId: claims?.d ?? null,
        triggerKey: claims?.t ?? 'untriggered',
        score: body.score,
        comment: body.comment ?? null,
        locale: body.locale ?? null,
        channel: body.channel ?? null,
        flags,
        fingerprint,
        fingerprintDailyCap: survey.rules.fingerprintDailyCap,
        payloadHash,
        writeNonce,
        now,
      }),
    )
    const row = first<StoredResponse>(rs[rs.length - 1])
    if (!row) throw new Error('response row missing after write')
    if (row.payload_hash !== payloadHash) {
      throw new ApiError(422, 'idempotency_conflict', 'This id was already used for a different answer. Generate a new id for a new answer.', [
        { field: 'id', message: 'already used with different content' },
      ])
    }
    const created = row.write_nonce === writeNonce
    return c.json(present(row, !created), created ? 201 : 200)
  },
)

responses.patch(
  '/:id',
  describeRoute({
    tags: ['widget'],
    summary: 'Add or edit the "why?" comment of a response',
    security: [{ publicKey: [] }],
    responses: {
      200: { description: 'The response with its comment', content: json(ResponseResult) },
      ...problemResponses(400, 401, 403, 404, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(ResponseUpdate),
  async (c) => {
    const { deps, project } = c.var
    const body = bodyOf(c, ResponseUpdate)
    const id = c.req.param('id')
    const now = deps.clock()
    // Only the browser that answered (same anonymous id) may write the comment.
    const rs = await deps.db.write([
      {
        sql: 'UPDATE responses SET comment = ?, commented_at = ? WHERE project_id = ? AND client_id = ? AND anonymous_id = ?',
        args: [body.comment ?? null, now, project.id, id, body.anonymous_id],
      },
      { sql: `${SELECT_RESPONSE} AND anonymous_id = ?`, args: [project.id, id, body.anonymous_id] },
    ])
    const row = rows<StoredResponse>(rs[1])[0]
    if (!row) throw new ApiError(404, 'not_found', 'No response with this id was given by this visitor in this project.')
    return c.json(present(row, false))
  },
)

function present(r: StoredResponse, replayed: boolean) {
  return {
    id: r.client_id,
    survey_id: r.survey_id,
    score: Number(r.score),
    comment: r.comment,
    created_at: Number(r.created_at),
    replayed,
  }
}

