/**
 * POST /v1/responses and PATCH /v1/responses/:id — the routes: their OpenAPI
 * descriptions, the public key, the body schemas.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { ResponseCreate, ResponseResult, ResponseUpdate } from '../../shared/contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import { createResponse, updateResponse } from './handlers'

export const responses = new Hono<AppEnv>()

const json = { 'application/json': { schema: resolver(ResponseResult) } }

responses.post(
  '/',
  describeRoute({
    tags: ['widget'],
    summary: 'Submit a score (idempotent by id)',
    description:
      'The score is stored the moment it is chosen. Retrying the same id returns the first result (200, replayed: true); the same id with other content is 422. Suspicious answers (bots, duplicates, no display token…) are stored flagged and not counted; this endpoint does not say which (read flags with the secret key).',
    security: [{ publicKey: [] }],
    responses: {
      201: { description: 'Stored', content: json },
      200: { description: 'Replay of an earlier submission with the same id', content: json },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(ResponseCreate),
  createResponse,
)

responses.patch(
  '/:id',
  describeRoute({
    tags: ['widget'],
    summary: 'Add or edit the "why?" comment, or change the score, of a response',
    description: 'Only the browser that answered (same anonymous id) may change it. Every change is logged for analysts.',
    security: [{ publicKey: [] }],
    responses: {
      200: { description: 'The response as it is now', content: json },
      ...problemResponses(400, 401, 403, 404, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(ResponseUpdate),
  updateResponse,
)
