/**
 * Webhook endpoints and alert channels (the same rows, by kind), their deliveries and
 * attempts, re-sends and secret rotation.
 * @module
 */
import type { Context } from 'hono'
import type * as v from 'valibot'
import { endpointUrlProblem } from '../../shared/closed-loop/ssrf'
import type { EndpointCreate, EndpointUpdate, SecretRotate } from '../../shared/closed-loop/contract'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { resend } from '../outbox/queries'
import { sendTest } from './test-send'
import { deleteEndpoint, insertEndpoint, listDeliveries, listEndpoints, readDelivery, readEndpoint, updateEndpoint, type DeliveryRow, type EndpointListRow } from './queries'

/** A new signing secret: whsec_ + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return `whsec_${btoa(String.fromCharCode(...bytes))}`
}

const parse = (s: string) => {
  try {
    return JSON.parse(s)
  } catch {
    return {}
  }
}

export function presentEndpoint(r: EndpointListRow) {
  return {
    id: r.id,
    kind: r.kind,
    url: r.url,
    events: parse(r.events) as string[],
    filter: parse(r.filter) as Record<string, unknown>,
    description: r.description,
    enabled: Number(r.enabled) === 1,
    disabled_reason: r.disabledReason,
    failing_since: r.failingSince === null ? null : Number(r.failingSince),
    // The webhook secret is the receiver's to keep; a Telegram bot token is never echoed.
    ...(r.kind === 'webhook' ? { secret: r.secret } : {}),
    config: parse(r.config) as Record<string, unknown>,
    created_at: Number(r.createdAt),
  }
}

function checkTarget(c: Context<AppEnv>, kind: string, url: string | undefined, secret: string | undefined, config: Record<string, unknown> | undefined) {
  const allow = c.var.deps.config.allowPrivateTargets
  if (kind === 'webhook' || kind === 'slack') {
    if (!url) throw new ApiError(422, 'validation_failed', 'A URL is required.', [{ field: 'url', message: 'required' }])
    const problem = endpointUrlProblem(url, allow)
    if (problem) throw new ApiError(422, 'validation_failed', `This URL cannot receive webhooks: ${problem}.`, [{ field: 'url', message: problem }])
  }
  if (kind === 'webhook' && secret !== undefined && !/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/.test(secret)) {
    throw new ApiError(422, 'validation_failed', 'A webhook secret is whsec_ followed by base64.', [{ field: 'secret', message: 'whsec_ + base64' }])
  }
  if (kind === 'telegram') {
    if (!secret || !/^\d+:[A-Za-z0-9_-]{20,}$/.test(secret)) throw new ApiError(422, 'validation_failed', 'Pass the bot token as secret.', [{ field: 'secret', message: 'a Telegram bot token' }])
    if (config?.chat_id === undefined) throw new ApiError(422, 'validation_failed', 'Pass config.chat_id.', [{ field: 'config.chat_id', message: 'required' }])
  }
  if (kind === 'email' && !Array.isArray(config?.to)) throw new ApiError(422, 'validation_failed', 'Pass config.to (recipients).', [{ field: 'config.to', message: 'required' }])
}

export const endpointHandlers = (kinds: readonly string[]) => ({
  async create(c: JsonContext<typeof EndpointCreate>) {
    const { deps, project } = c.var
    const b = c.req.valid('json')
    const kind = b.kind ?? 'webhook'
    if (!kinds.includes(kind)) throw new ApiError(422, 'validation_failed', `Here kind is one of ${kinds.join(', ')}.`, [{ field: 'kind', message: 'not allowed here' }])
    checkTarget(c, kind, b.url, b.secret, b.config)
    const now = deps.clock()
    const id = `ep_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`
    await deps.db.write([
      insertEndpoint({
        id,
        projectId: project.id,
        kind,
        url: b.url ?? '',
        description: b.description ?? '',
        secret: kind === 'webhook' ? (b.secret ?? newWebhookSecret()) : (b.secret ?? ''),
        events: JSON.stringify(b.events),
        filter: JSON.stringify(b.filter ?? {}),
        config: JSON.stringify(b.config ?? {}),
        enabled: b.enabled === false ? 0 : 1,
        createdAt: now,
        updatedAt: now,
      }),
    ])
    const [rs] = await deps.db.read([readEndpoint(project.id, id)])
    return c.json(presentEndpoint(first<EndpointListRow>(rs)!), 201)
  },

  async list(c: Context<AppEnv>) {
    const [rs] = await c.var.deps.db.read([listEndpoints(c.var.project.id, kinds)])
    return c.json({ endpoints: rows<EndpointListRow>(rs).map(presentEndpoint) })
  },

  async read(c: Context<AppEnv>) {
    return c.json(presentEndpoint(await mustRead(c, kinds)))
  },

  async update(c: JsonContext<typeof EndpointUpdate, '/:id'>) {
    const { deps, project } = c.var
    const b = c.req.valid('json')
    const before = await mustRead(c, kinds)
    const config = b.config ?? parse(before.config)
    if (b.url !== undefined) checkTarget(c, before.kind, b.url, undefined, config)
    const now = deps.clock()
    await deps.db.write([
      updateEndpoint(project.id, before.id, {
        ...(b.url !== undefined ? { url: b.url } : {}),
        ...(b.events ? { events: JSON.stringify(b.events) } : {}),
        ...(b.filter ? { filter: JSON.stringify(b.filter) } : {}),
        ...(b.description !== undefined ? { description: b.description } : {}),
        ...(b.config ? { config: JSON.stringify(b.config) } : {}),
        // Re-enabling starts its health clock afresh.
        ...(b.enabled === true ? { enabled: 1, disabledReason: null, disabledAt: null, failingSince: null } : {}),
        ...(b.enabled === false ? { enabled: 0, disabledReason: 'by_user', disabledAt: now } : {}),
        updatedAt: now,
      }),
    ])
    return c.json(presentEndpoint(await mustRead(c, kinds)))
  },

  async remove(c: Context<AppEnv>) {
    const e = await mustRead(c, kinds)
    await c.var.deps.db.write(deleteEndpoint(c.var.project.id, e.id, c.var.deps.clock()))
    return c.body(null, 204)
  },

  async rotate(c: JsonContext<typeof SecretRotate, '/:id/rotate-secret'>) {
    const { deps, project } = c.var
    const b = c.req.valid('json')
    const e = await mustRead(c, kinds)
    if (e.kind !== 'webhook') throw new ApiError(422, 'validation_failed', 'Only webhook endpoints have a signing secret.')
    const now = deps.clock()
    await deps.db.write([
      updateEndpoint(project.id, e.id, { secret: b.secret ?? newWebhookSecret(), previousSecret: e.secret, previousSecretUntil: now + (b.overlap_hours ?? 24) * 3_600_000, updatedAt: now }),
    ])
    return c.json(presentEndpoint(await mustRead(c, kinds)))
  },

  async deliveries(c: Context<AppEnv>) {
    const e = await mustRead(c, kinds)
    const status = c.req.query('status')
    if (status !== undefined && !['pending', 'delivered', 'dead'].includes(status)) throw new ApiError(422, 'validation_failed', 'status is pending, delivered or dead.')
    const before = c.req.query('before') ? Number(c.req.query('before')) : undefined
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 50) || 50))
    const [rs] = await c.var.deps.db.read([listDeliveries(c.var.project.id, e.id, status, before, limit)])
    return c.json({ deliveries: rows<DeliveryRow>(rs).map((d) => presentDelivery(d)) })
  },

  async delivery(c: Context<AppEnv>) {
    const e = await mustRead(c, kinds)
    const id = Number(c.req.param('delivery'))
    const [rs, attempts] = await c.var.deps.db.read(readDelivery(c.var.project.id, e.id, id))
    const d = first<DeliveryRow>(rs)
    if (!d) throw new ApiError(404, 'not_found', 'No such delivery.')
    return c.json(presentDelivery(d, rows<{ at: number; durationMs: number; statusCode: number | null; error: string | null; verdict: string }>(attempts)))
  },

  async test(c: Context<AppEnv>) {
    const e = await mustRead(c, kinds)
    return c.json(await sendTest(c, e.id))
  },

  async resend(c: Context<AppEnv>) {
    const { deps, project } = c.var
    const e = await mustRead(c, kinds)
    const id = Number(c.req.param('delivery'))
    const [check] = await deps.db.read([readDelivery(project.id, e.id, id)[0]])
    if (!first(check)) throw new ApiError(404, 'not_found', 'No such delivery.')
    await deps.db.write([resend(project.id, id, deps.clock())])
    deps.scheduler.soon(c)
    const [rs] = await deps.db.read([readDelivery(project.id, e.id, id)[0]])
    return c.json(presentDelivery(first<DeliveryRow>(rs)!), 202)
  },
})

async function mustRead(c: Context<AppEnv>, kinds: readonly string[]): Promise<EndpointListRow> {
  const [rs] = await c.var.deps.db.read([readEndpoint(c.var.project.id, c.req.param('id') ?? '')])
  const r = first<EndpointListRow>(rs)
  if (!r || !kinds.includes(r.kind)) throw new ApiError(404, 'not_found', 'No such endpoint in this project.')
  return r
}

function presentDelivery(d: DeliveryRow, attempts?: { at: number; durationMs: number; statusCode: number | null; error: string | null; verdict: string }[]) {
  return {
    id: Number(d.id),
    message_id: d.messageId,
    event: d.type,
    status: d.status,
    attempts: Number(d.attempts),
    next_attempt_at: d.status === 'pending' ? Number(d.nextAttemptAt) : null,
    last_status_code: d.lastStatusCode === null ? null : Number(d.lastStatusCode),
    last_error: d.lastError,
    created_at: Number(d.createdAt),
    finished_at: d.finishedAt === null ? null : Number(d.finishedAt),
    ...(attempts
      ? { attempt_log: attempts.map((a) => ({ at: Number(a.at), duration_ms: Number(a.durationMs), status_code: a.statusCode === null ? null : Number(a.statusCode), error: a.error, verdict: a.verdict })) }
      : {}),
    ...(d.payload !== undefined ? { payload: parse(d.payload) } : {}),
  }
}

export type Handlers = ReturnType<typeof endpointHandlers>
export type _Unused = v.GenericSchema
