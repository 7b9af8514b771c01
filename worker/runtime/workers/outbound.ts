/**
 * Outgoing webhooks on Workers: fetch with `redirect: 'manual'` and a deadline. A Worker
 * cannot resolve names itself, so only IP-literal hosts are judged here; Cloudflare's
 * egress does not reach private networks or the Worker's own infrastructure.
 * @module
 */
import { addressAllowed, classifyAddress } from '../../../shared/closed-loop/ssrf'
import type { Outbound } from '../types'

export const workersOutbound: Outbound = async (req) => {
  let url: URL
  try {
    url = new URL(req.url)
  } catch {
    return { status: null, body: '', retryAfter: null, error: 'invalid URL', refused: true }
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (classifyAddress(host) !== 'invalid' && !addressAllowed(host, req.allowPrivate)) {
    return { status: null, body: '', retryAfter: null, error: `refused address ${host} (${classifyAddress(host)})`, refused: true }
  }
  if (!req.allowPrivate && /(^|\.)(localhost|local|internal)$/i.test(host)) return { status: null, body: '', retryAfter: null, error: `refused host ${host}`, refused: true }
  try {
    const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body, redirect: 'manual', signal: AbortSignal.timeout(req.timeoutMs) })
    const body = (await res.text()).slice(0, 4096)
    return { status: res.status, body, retryAfter: res.headers.get('retry-after'), error: null, refused: false }
  } catch (e) {
    return { status: null, body: '', retryAfter: null, error: e instanceof Error ? e.message : String(e), refused: false }
  }
}
