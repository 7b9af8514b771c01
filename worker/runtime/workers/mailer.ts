/**
 * E-mail alerts on Workers, where SMTP sockets are not the way: an HTTP mail API.
 * Resend's `POST /emails` is supported (TENPOINT_MAIL_API=resend, TENPOINT_MAIL_API_KEY,
 * TENPOINT_MAIL_FROM; TENPOINT_MAIL_API_URL points elsewhere for tests or a compatible
 * service). Without them e-mail deliveries fail and are retried like any other.
 * @module
 */
import type { Mailer } from '../types'

type Env = Record<string, unknown>

export function httpMailer(env: Env): Mailer | undefined {
  if (env.TENPOINT_MAIL_API !== 'resend' || typeof env.TENPOINT_MAIL_API_KEY !== 'string') return undefined
  const url = typeof env.TENPOINT_MAIL_API_URL === 'string' ? env.TENPOINT_MAIL_API_URL : 'https://api.resend.com/emails'
  const from = typeof env.TENPOINT_MAIL_FROM === 'string' ? env.TENPOINT_MAIL_FROM : 'Tenpoint <alerts@example.com>'
  const key = env.TENPOINT_MAIL_API_KEY
  return async (m) => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ from, to: m.to, subject: m.subject, html: m.html, text: m.text }),
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      })
      if (res.ok) return { ok: true, error: null }
      return { ok: false, error: `mail API answered ${res.status}: ${(await res.text()).slice(0, 200)}` }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) }
    }
  }
}
