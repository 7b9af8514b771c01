/**
 * What one outbox message becomes for one endpoint: a signed Standard Webhooks POST, a
 * Slack incoming-webhook call (text + blocks), a Telegram sendMessage, or an e-mail.
 * The message's payload is the same frozen JSON in every case; alerts render it in the
 * endpoint's language at send time.
 * @module
 */
import { Webhook } from 'standardwebhooks'
import { renderAlert, type AlertPayload } from '../../shared/closed-loop/alerts'
import type { Config } from '../config'
import type { Mail, OutboundRequest, OutboundResult } from '../runtime/types'
import type { EndpointRow, MessageRow } from './queries'

export type Prepared =
  | {
      kind: 'http'
      request: Pick<OutboundRequest, 'url' | 'headers' | 'body'>
      /** Reads a channel's own error format (Telegram's retry_after) into status and Retry-After. */
      judge?: (r: OutboundResult) => { status: number | null; retryAfter: string | null }
    }
  | { kind: 'mail'; mail: Mail }
  | { kind: 'invalid'; error: string }

const parse = <T>(s: string, d: T): T => {
  try {
    return JSON.parse(s) as T
  } catch {
    return d
  }
}

/**
 * The Standard Webhooks headers: webhook-id (the message id, the same on every attempt
 * and re-send), webhook-timestamp (this attempt), and one `v1,` signature per secret
 * still valid (two while a rotation overlaps).
 */
export function signedHeaders(id: string, body: string, at: number, secrets: string[]): Record<string, string> {
  const when = new Date(Math.floor(at / 1000) * 1000)
  return {
    'content-type': 'application/json',
    'user-agent': 'Tenpoint-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, when, body)).join(' '),
  }
}

export function prepareDelivery(m: MessageRow, e: EndpointRow, now: number, config: Config): Prepared {
  const config_ = parse<Record<string, unknown>>(e.config, {})
  if (e.kind === 'webhook') {
    const secrets = [e.secret, ...(e.previousSecret && Number(e.previousSecretUntil ?? 0) > now ? [e.previousSecret] : [])]
    return { kind: 'http', request: { url: e.url, headers: signedHeaders(m.id, m.payload, now, secrets), body: m.payload } }
  }
  const payload = parse<AlertPayload>(m.payload, { id: m.id, type: m.type, data: {} } as AlertPayload)
  // The channel's language, else the project's.
  const locale = typeof config_.locale === 'string' ? config_.locale : (payload.data.project?.locale ?? 'en')
  const text = renderAlert(payload, locale, config.publicUrl ?? '')
  if (e.kind === 'slack') {
    return { kind: 'http', request: { url: e.url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(text.slack) } }
  }
  if (e.kind === 'telegram') {
    const base = config.telegramApiBase.replace(/\/$/, '')
    return {
      kind: 'http',
      request: {
        url: `${base}/bot${e.secret}/sendMessage`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: config_.chat_id, text: text.telegram, parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
      },
      judge: (r) => {
        const answer = parse<{ ok?: boolean; error_code?: number; parameters?: { retry_after?: number } }>(r.body, {})
        if (r.status !== null && r.status < 300 && answer.ok === false) return { status: answer.error_code ?? 400, retryAfter: null }
        const after = answer.parameters?.retry_after
        return { status: r.status, retryAfter: typeof after === 'number' ? String(after) : r.retryAfter }
      },
    }
  }
  if (e.kind === 'email') {
    const to = Array.isArray(config_.to) ? (config_.to as string[]) : []
    if (to.length === 0) return { kind: 'invalid', error: 'no recipients' }
    return { kind: 'mail', mail: { to, subject: text.subject, text: text.plain, html: text.html } }
  }
  return { kind: 'invalid', error: `unknown endpoint kind ${e.kind}` }
}
