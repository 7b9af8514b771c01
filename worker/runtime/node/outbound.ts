/**
 * Outgoing webhooks on Node: node:http(s) with a `lookup` that resolves the host and
 * refuses the connection when any address is loopback, private, link-local or metadata
 * (unless the operator allows private targets) — checked on the address actually
 * connected to, so DNS rebinding between a check and the connect is not possible.
 * Redirects are never followed; the whole exchange has a deadline.
 * @module
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { addressAllowed, classifyAddress } from '../../../shared/closed-loop/ssrf'
import type { Outbound, OutboundResult } from '../types'

const MAX_BODY = 4096

class Refused extends Error {}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0)
      const list = addresses as unknown as LookupAddress[]
      const bad = list.find((a) => !addressAllowed(a.address, allowPrivate))
      if (bad) return callback(new Refused(`refused address ${bad.address} (${classifyAddress(bad.address)})`), '', 0)
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
      callback(null, list[0].address, list[0].family)
    })
  }
}

/**
 * Connections are kept open and reused per receiver (a TLS handshake per message would
 * cost more than everything else a delivery does). The address check stays at connect:
 * a kept-alive connection only ever reaches an address that passed it. One pair of agents
 * per policy, so a connection opened under "private allowed" never serves a request
 * that must not reach a private address.
 */
const agents = new Map<boolean, { http: HttpAgent; https: HttpsAgent }>()
function agentsFor(allowPrivate: boolean) {
  let a = agents.get(allowPrivate)
  if (!a) {
    const options = { keepAlive: true, maxSockets: 8, maxFreeSockets: 8, timeout: 30_000, scheduling: 'lifo' as const }
    a = { http: new HttpAgent(options), https: new HttpsAgent(options) }
    agents.set(allowPrivate, a)
  }
  return a
}

export const nodeOutbound: Outbound = (req) =>
  new Promise<OutboundResult>((resolve) => {
    let url: URL
    try {
      url = new URL(req.url)
    } catch {
      return resolve({ status: null, body: '', retryAfter: null, error: 'invalid URL', refused: true })
    }
    const host = url.hostname.replace(/^\[|\]$/g, '')
    // An IP literal skips DNS (and our lookup), so it is judged here.
    if (classifyAddress(host) !== 'invalid' && !addressAllowed(host, req.allowPrivate)) {
      return resolve({ status: null, body: '', retryAfter: null, error: `refused address ${host} (${classifyAddress(host)})`, refused: true })
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    let settled = false
    const done = (r: OutboundResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(r)
    }
    const r = send(url, { method: 'POST', headers: { ...req.headers, 'content-length': Buffer.byteLength(req.body) }, lookup: guardedLookup(req.allowPrivate), agent: url.protocol === 'https:' ? agentsFor(req.allowPrivate).https : agentsFor(req.allowPrivate).http }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (c: Buffer) => {
        if (size < MAX_BODY) chunks.push(c)
        size += c.length
      })
      res.on('end', () =>
        done({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY), retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, error: null, refused: false }),
      )
      res.on('error', (e) => done({ status: res.statusCode ?? null, body: '', retryAfter: null, error: e.message, refused: false }))
    })
    const timer = setTimeout(() => {
      r.destroy(new Error(`timeout after ${req.timeoutMs} ms`))
    }, req.timeoutMs)
    r.on('error', (e) => done({ status: null, body: '', retryAfter: null, error: e.message, refused: e instanceof Refused }))
    r.end(req.body)
  })
