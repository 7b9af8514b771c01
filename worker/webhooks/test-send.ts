/**
 * "Send a test alert": one clearly-marked `test` message to one endpoint or alert
 * channel, now, through the same channel code the delivery runner uses (Standard
 * Webhooks signing, Slack blocks, Telegram sendMessage, e-mail) and the runtime's own
 * outbound sender (SSRF guard, no redirects, 10 s timeout). Nothing enters the outbox:
 * the answer is the attempt's result, and a failure is reported, never retried.
 * @module
 */
import type { Context } from 'hono'
import { ATTEMPT_TIMEOUT_MS, verdictOf } from '../../shared/closed-loop/retry'
import { first } from '../db/store'
import type { AppEnv } from '../deps'
import { ApiError } from '../http/problem'
import { prepareDelivery } from '../outbox/channels'
import { newMessageId } from '../outbox/events'
import { readEndpoints, type EndpointRow } from '../outbox/queries'

export interface TestResult {
  ok: boolean
  message_id: string
  status_code: number | null
  duration_ms: number
  error: string | null
  verdict: string
  sent_at: number
}

/** The payload of a test message: the envelope every message has, type `test`, no customer in it. */
export function testPayload(id: string, now: number, project: { id: string; name: string; locale: string }, url: string) {
  return { id, type: 'test', timestamp: new Date(now).toISOString(), data: { test: true, project, url } }
}

export async function sendTest(c: Context<AppEnv>, endpointId: string): Promise<TestResult> {
  const { deps, project } = c.var
  const [rs] = await deps.db.read([readEndpoints([endpointId])])
  const e = first<EndpointRow>(rs)
  if (!e || e.projectId !== project.id) throw new ApiError(404, 'not_found', 'No such endpoint in this project.')
  const now = deps.clock()
  const id = newMessageId()
  const link = `${deps.config.publicUrl ?? new URL(c.req.url).origin}/app/#/settings`
  const payload = JSON.stringify(testPayload(id, now, { id: project.id, name: project.name, locale: project.rules.defaultLocale }, link))
  const prepared = prepareDelivery({ id, type: 'test', payload }, e, now, deps.config)
  const t0 = Date.now()
  let status: number | null = null
  let error: string | null = null
  let refused = false
  if (prepared.kind === 'http') {
    if (!deps.outbound) throw new ApiError(501, 'not_available', 'This server cannot send outbound requests from a request (no outbound sender configured).')
    const r = await deps.outbound({ ...prepared.request, allowPrivate: deps.config.allowPrivateTargets, timeoutMs: ATTEMPT_TIMEOUT_MS })
    const judged = prepared.judge ? prepared.judge(r) : r
    status = judged.status
    error = r.error
    refused = r.refused
  } else if (prepared.kind === 'mail') {
    if (!deps.mailer) error = 'no mailer configured on this server (TENPOINT_SMTP_URL, or TENPOINT_MAIL_API on Workers)'
    else {
      const r = await deps.mailer(prepared.mail)
      status = r.ok ? 250 : null
      error = r.error
    }
  } else error = prepared.error
  const judged = refused ? 'refused' : prepared.kind === 'invalid' ? 'rejected' : verdictOf(status)
  // Never retried: what would have been retried is simply a failure here.
  const verdict = judged === 'retry' ? 'failed' : judged
  return { ok: verdict === 'delivered', message_id: id, status_code: status, duration_ms: Date.now() - t0, error: error ? error.slice(0, 500) : null, verdict, sent_at: now }
}
