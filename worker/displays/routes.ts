/**
 * POST /v1/displays/dismiss — "not now". Starts the shorter re-ask clock for this person
 * and survey. Idempotent: a second dismissal of the same display changes nothing.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { DismissRequest } from '../../shared/contract'
import type { AppEnv } from '../deps'
import { bodyOf, jsonBody } from '../http/body'
import { acceptDisplayToken } from '../http/display-token'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'

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
  async (c) => {
    const { deps, project } = c.var
    const now = deps.clock()
    const claims = acceptDisplayToken(project, bodyOf(c, DismissRequest).token, now)
    const [res] = await deps.db.write([
      {
        sql: 'UPDATE displays SET dismissed_at = ? WHERE id = ? AND project_id = ? AND dismissed_at IS NULL AND answered_at IS NULL',
        args: [now, claims.d, project.id],
      },
    ])
    return c.json({ display_id: claims.d, dismissed: res.rowsAffected === 1 })
  },
)
