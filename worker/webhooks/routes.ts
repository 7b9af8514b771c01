/**
 * /v1/webhooks — signed webhook endpoints, their deliveries and attempts, re-sends and
 * secret rotation (secret side: `write` to change, `read` to look). `endpointRoutes`
 * also serves /v1/alerts (Slack, Telegram, e-mail): the same rows, another kind.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { Delivery, DeliveryList, Endpoint, EndpointCreate, EndpointList, EndpointUpdate, SecretRotate, TestSendResult } from '../../shared/closed-loop/contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { endpointHandlers } from './handlers'

const json = (schema: Parameters<typeof resolver>[0]) => ({ 'application/json': { schema: resolver(schema) } })

export function endpointRoutes(kinds: readonly string[], tag: string, what: string) {
  const h = endpointHandlers(kinds)
  const r = new Hono<AppEnv>()
  const doc = (summary: string, ok: number, schema: Parameters<typeof resolver>[0] | null, ...problems: number[]) =>
    describeRoute({
      tags: [tag],
      summary,
      security: [{ secretKey: [] }],
      responses: { [ok]: { description: 'OK', ...(schema ? { content: json(schema) } : {}) }, ...problemResponses(...(problems as Parameters<typeof problemResponses>)) },
    })
  r.post('/', doc(`Create ${what}`, 201, Endpoint, 400, 401, 413, 415, 422), secretAuth('write'), jsonBody(EndpointCreate), h.create)
  r.get('/', doc(`List ${what}s`, 200, EndpointList, 401), secretAuth('read'), h.list)
  r.get('/:id', doc(`Read ${what}`, 200, Endpoint, 401, 404), secretAuth('read'), h.read)
  r.patch('/:id', doc(`Change ${what} (enabled: true re-enables a disabled one)`, 200, Endpoint, 400, 401, 404, 415, 422), secretAuth('write'), jsonBody(EndpointUpdate), h.update)
  r.delete('/:id', doc(`Delete ${what}`, 204, null, 401, 404), secretAuth('write'), h.remove)
  r.get('/:id/deliveries', doc('Deliveries, newest first (?status=pending|delivered|dead&before=<id>&limit=)', 200, DeliveryList, 401, 404, 422), secretAuth('read'), h.deliveries)
  r.get('/:id/deliveries/:delivery', doc('One delivery with its payload and every attempt', 200, Delivery, 401, 404), secretAuth('read'), h.delivery)
  r.post('/:id/deliveries/:delivery/resend', doc('Send a dead or past message again (same webhook-id, fresh schedule)', 202, Delivery, 401, 404), secretAuth('write'), h.resend)
  r.post(
    '/:id/test',
    doc(`Send a clearly-marked test message to ${what} now (type "test", not stored in the outbox, never retried); the answer is the attempt`, 200, TestSendResult, 401, 403, 404),
    secretAuth('write'),
    h.test,
  )
  if (kinds.includes('webhook')) {
    r.post('/:id/rotate-secret', doc('New signing secret; the old one keeps signing beside it for overlap_hours', 200, Endpoint, 400, 401, 404, 415, 422), secretAuth('admin'), jsonBody(SecretRotate), h.rotate)
  }
  return r
}

export const webhooks = endpointRoutes(['webhook'], 'webhooks', 'a webhook endpoint')
