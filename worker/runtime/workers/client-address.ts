/**
 * Which address a request came from, on Workers: Cloudflare sets CF-Connecting-IP itself,
 * and a client cannot forge it through the edge.
 * @module
 */
import type { ClientAddress } from '../types'

export const workersClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip') ?? 'unknown'
