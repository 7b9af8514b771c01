/**
 * POST /v1/eligibility — the route: its OpenAPI description, the public key, the body schema.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { EligibilityRequest, EligibilityResponse } from '../../shared/contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import { decideEligibility } from './handlers'

export const eligibility = new Hono<AppEnv>()

eligibility.post(
  '/',
  describeRoute({
    tags: ['widget'],
    summary: 'Decide whether to show a survey to this person now',
    description:
      'The survey\'s language is the request\'s `locale`, else the browser\'s Accept-Language, else the survey\'s or project\'s default. With `preview: true` the survey is shown whatever the caps and its answer is stored flagged `preview`, never counted.',
    security: [{ publicKey: [] }],
    responses: {
      200: { description: 'The survey to show, or why not', content: { 'application/json': { schema: resolver(EligibilityResponse) } } },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(EligibilityRequest),
  decideEligibility,
)
