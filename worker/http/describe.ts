/**
 * The OpenAPI description of a management route in one call: tag, secret-side security,
 * the JSON success responses and the shared problem responses.
 * @module
 */
import { describeRoute, resolver } from 'hono-openapi'
import type { GenericSchema } from 'valibot'
import { problemResponses } from './openapi'
import type { Scope } from './secret-auth'

export function describeManagement(o: { summary: string; description?: string; scope: Scope; ok: Record<number, [string, GenericSchema]>; problems: number[] }) {
  return describeRoute({
    tags: ['management'],
    summary: o.summary,
    description: `${o.description ? `${o.description} ` : ''}Scope: ${o.scope} (or the secret key).`,
    security: [{ secretKey: [] }],
    responses: {
      ...Object.fromEntries(Object.entries(o.ok).map(([code, [description, schema]]) => [code, { description, content: { 'application/json': { schema: resolver(schema) } } }])),
      ...problemResponses(...o.problems),
    },
  })
}
