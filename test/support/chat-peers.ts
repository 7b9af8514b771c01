/**
 * Loopback stand-ins for Slack's incoming webhooks and Telegram's Bot API that check
 * each request against the shape the services document, and answer as they do:
 * Slack `ok` / `invalid_payload` / 429 with Retry-After; Telegram {ok, result} or
 * {ok: false, error_code, description, parameters: {retry_after}}.
 * @module
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Peer {
  url: string
  /** Requests accepted (shape valid), parsed. */
  accepted: any[]
  /** Requests refused for their shape, with why. */
  refused: { why: string; body: string }[]
  /** Script the next answers: 'ok', or a rate limit for n seconds. */
  script: ('ok' | { rateLimit: number })[]
  close(): Promise<void>
}

type PeerAnswer = { status: number; headers?: Record<string, string>; body: string }

async function listen(handler: (path: string, headers: Record<string, string | string[] | undefined>, body: string) => PeerAnswer): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const a = handler(req.url ?? '', req.headers, Buffer.concat(chunks).toString('utf8'))
      res.writeHead(a.status, a.headers)
      res.end(a.body)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const closer = (s: Server) => () => new Promise<void>((r) => s.close(() => r()))

/** Slack incoming webhook: JSON with `text` (the fallback) and Block Kit `blocks`. */
export async function startSlack(): Promise<Peer> {
  const peer: Peer = { url: '', accepted: [], refused: [], script: [], close: async () => {} }
  const check = (b: any): string | null => {
    if (typeof b.text !== 'string' || b.text.length === 0) return 'text missing'
    if (b.blocks !== undefined) {
      if (!Array.isArray(b.blocks) || b.blocks.length > 50) return 'blocks: array of at most 50'
      for (const k of b.blocks) {
        if (k.type === 'header') {
          if (k.text?.type !== 'plain_text' || typeof k.text.text !== 'string' || k.text.text.length > 150) return 'header: plain_text up to 150'
        } else if (k.type === 'section') {
          if (k.text && (!['mrkdwn', 'plain_text'].includes(k.text.type) || k.text.text.length > 3000)) return 'section text: up to 3000'
          if (k.fields && (k.fields.length > 10 || k.fields.some((f: any) => f.text.length > 2000))) return 'section fields: up to 10 of 2000'
          if (!k.text && !k.fields) return 'section needs text or fields'
        } else if (k.type === 'actions') {
          if (!Array.isArray(k.elements) || k.elements.some((e: any) => e.type !== 'button' || e.text?.type !== 'plain_text' || (e.url && e.url.length > 3000))) return 'actions: buttons'
        } else return `unknown block ${k.type}`
      }
    }
    return null
  }
  const { server, url } = await listen((path, headers, raw): PeerAnswer => {
    if (!String(headers['content-type']).startsWith('application/json')) {
      peer.refused.push({ why: 'content-type', body: raw })
      return { status: 400, body: 'invalid_payload' }
    }
    let b: any
    try {
      b = JSON.parse(raw)
    } catch {
      peer.refused.push({ why: 'json', body: raw })
      return { status: 400, body: 'invalid_payload' }
    }
    const why = check(b)
    if (why) {
      peer.refused.push({ why, body: raw })
      return { status: 400, body: 'invalid_blocks' }
    }
    const next = peer.script.shift() ?? 'ok'
    if (next !== 'ok') return { status: 429, headers: { 'retry-after': String(next.rateLimit) }, body: 'rate_limited' }
    peer.accepted.push({ path, ...b })
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' }
  })
  peer.url = url
  peer.close = closer(server)
  return peer
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji'])

/** Telegram's HTML parse mode: only the documented tags, balanced; entities & < > " only. */
function telegramHtmlProblem(text: string): string | null {
  const stack: string[] = []
  const re = /<(\/?)([a-z-]+)([^>]*)>|&([a-z]+|#\d+);|&|<|>/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (m[0] === '&' || m[0] === '<' || m[0] === '>') return `unescaped ${m[0]} at ${m.index}`
    if (m[4] !== undefined) {
      if (!['lt', 'gt', 'amp', 'quot'].includes(m[4]) && !m[4].startsWith('#')) return `unknown entity &${m[4]};`
      continue
    }
    const [, close, tag] = m
    if (!ALLOWED_TAGS.has(tag)) return `tag <${tag}> not supported`
    if (close) {
      if (stack.pop() !== tag) return `unbalanced </${tag}>`
    } else stack.push(tag)
  }
  return stack.length ? `unclosed <${stack[stack.length - 1]}>` : null
}

/** The visible length: text after HTML entities are parsed (what Telegram limits to 4,096). */
export const telegramVisibleLength = (html: string) => [...html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot);/g, '_')].length

export async function startTelegram(token: string): Promise<Peer> {
  const peer: Peer = { url: '', accepted: [], refused: [], script: [], close: async () => {} }
  const fail = (code: number, description: string, extra: object = {}) => ({ status: code, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: false, error_code: code, description, ...extra }) })
  const { server, url } = await listen((path, headers, raw): PeerAnswer => {
    if (path !== `/bot${token}/sendMessage`) return fail(404, 'Not Found')
    let b: any
    try {
      b = JSON.parse(raw)
    } catch {
      return fail(400, 'Bad Request: invalid JSON')
    }
    if (!String(headers['content-type']).startsWith('application/json')) return fail(400, 'Bad Request: content type')
    if (b.chat_id === undefined) return fail(400, 'Bad Request: chat_id is empty')
    if (typeof b.text !== 'string' || b.text.length === 0) return fail(400, 'Bad Request: message text is empty')
    if (b.parse_mode === 'HTML') {
      const why = telegramHtmlProblem(b.text)
      if (why) {
        peer.refused.push({ why, body: raw })
        return fail(400, `Bad Request: can't parse entities: ${why}`)
      }
    }
    if (telegramVisibleLength(b.text) > 4096) {
      peer.refused.push({ why: 'too long', body: raw })
      return fail(400, 'Bad Request: message is too long')
    }
    const next = peer.script.shift() ?? 'ok'
    if (next !== 'ok') return fail(429, `Too Many Requests: retry after ${next.rateLimit}`, { parameters: { retry_after: next.rateLimit } })
    peer.accepted.push(b)
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true, result: { message_id: peer.accepted.length, chat: { id: b.chat_id }, date: 0, text: b.text } }) }
  })
  peer.url = url
  peer.close = closer(server)
  return peer
}
