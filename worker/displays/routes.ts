/**
 * POST /v1/displays/dismiss — "not now": the route (OpenAPI, public key, body schema).
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { DismissRequest } from '../../shared/contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import { dismissDisplay } from './handlers'

export const displays = new Hono<AppEnv>()

const Dismissed = v.object({ display_id: v.string(), dismissed: v.boolean() })

displays.post(
  '/dismiss',
  describeRoute({
    tags: ['widget'],
    summary: 'Dismiss a shown survey ("not now")',
    security: [{ publicKey: [] }],
    responses: {
      200: { description: 'Dismissed (or already dismissed or answered)', content: { 'application/json': { schema: resolver(Dismissed) } } },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(DismissRequest),
  dismissDisplay,
)
