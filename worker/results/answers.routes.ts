/**
 * GET /v1/answers, GET /v1/answers/:id, POST /v1/answers/:id/exclude|reinstate — the
 * routes: OpenAPI descriptions, the secret side's scopes, query and body schemas.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { AnswerDetail, AnswerEdit, AnswerListQuery, AnswerPage } from '../../shared/results-contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { excludeAnswer, getAnswer, listAnswers, reinstateAnswer } from './answers.handlers'
import { queryParams } from './query'

export const answers = new Hono<AppEnv>()

const json = (schema: Parameters<typeof resolver>[0]) => ({ 'application/json': { schema: resolver(schema) } })
const conflict = { 409: { ...problemResponses(422)[422], description: 'The answer is not in a state this change applies to (see the problem code)' } }

answers.get(
  '/',
  describeRoute({
    tags: ['results'],
    summary: 'List answers with filters, newest first',
    description:
      'Filters combine with AND. Besides the listed parameters, `trait.KEY=value` and `attribute.KEY=value` match a trait or attribute. Pages are stable: pass `next_cursor` back as `cursor` until it is null.',
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'A page of answers', content: json(AnswerPage) }, ...problemResponses(401, 422, 429, 503) },
  }),
  secretAuth('read'),
  queryParams(AnswerListQuery, { properties: true }),
  listAnswers,
)

answers.get(
  '/:id',
  describeRoute({
    tags: ['results'],
    summary: 'One answer with its flags, context and history',
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'The answer', content: json(AnswerDetail) }, ...problemResponses(401, 404, 429, 503) },
  }),
  secretAuth('read'),
  getAnswer,
)

answers.post(
  '/:id/exclude',
  describeRoute({
    tags: ['results'],
    summary: 'Exclude a counted answer from every figure (e.g. a test by staff), with a reason',
    description: 'Adds the flag `excluded` and takes the answer out of the NPS; logged in its history with who, when and why.',
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'The answer as it is now', content: json(AnswerDetail) }, ...conflict, ...problemResponses(401, 404, 415, 422, 429, 503) },
  }),
  secretAuth('write'),
  jsonBody(AnswerEdit),
  excludeAnswer,
)

answers.post(
  '/:id/reinstate',
  describeRoute({
    tags: ['results'],
    summary: 'Count a flagged or excluded answer after all, with a reason',
    description:
      'Removes `excluded`, keeps the fraud flags as a record, and counts the answer. 409 when it is already counted, is a preview, or the person already has a counted answer for the same survey and trigger.',
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'The answer as it is now', content: json(AnswerDetail) }, ...conflict, ...problemResponses(401, 404, 415, 422, 429, 503) },
  }),
  secretAuth('write'),
  jsonBody(AnswerEdit),
  reinstateAnswer,
)
