/**
 * Which address a request came from, on Node: the socket's, or — only behind a configured
 * number of trusted proxies — the one those proxies appended to X-Forwarded-For. A client
 * can prepend anything to that header; only the entries our own proxies added count.
 * @module
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import type { ClientAddress } from '../types'

/**
 * @example clientIpFrom('6.6.6.6, 198.51.100.9', '10.0.0.2', 1) // '198.51.100.9'
 */
export function clientIpFrom(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    const ip = hops[hops.length - trustedProxies]
    if (ip) return ip
  }
  return socketAddress ?? 'unknown'
}

export const nodeClientAddress =
  (trustedProxies: number): ClientAddress =>
  (c) =>
    clientIpFrom(c.req.header('x-forwarded-for'), getConnInfo(c).remote.address, trustedProxies)
