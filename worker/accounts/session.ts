/**
 * Dashboard sessions: a random 256-bit id in an HttpOnly, SameSite=Lax cookie (Secure
 * except on plain-HTTP localhost), stored in libSQL as its SHA-256 only, so a leaked
 * database holds no usable session. Every state-changing request carried by the cookie
 * must come from this server's own origin (Origin header), which with SameSite=Lax is
 * the CSRF defence OWASP lists for APIs called by fetch: no form or other site can send
 * a same-origin Origin header.
 * @module
 */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../crypto'
import { first } from '../db/store'
import type { AppEnv } from '../deps'
import { ApiError } from '../http/problem'
import { deleteExpiredSessions, insertSession, sessionByHash, type SessionRow } from './queries'

export const COOKIE = 'tp_session'
export const SESSION_TTL_MS = 30 * 24 * 3_600_000
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

const isLocalHttp = (url: URL) => url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

export interface Session extends SessionRow {
  idHash: string
}

/** Starts a session for the account in the project, and sets its cookie. */
export async function startSession(c: Context<AppEnv>, userId: string, projectId: string): Promise<void> {
  const { deps } = c.var
  const id = randomBytes(32).toString('base64url')
  const now = deps.clock()
  await deps.db.write([deleteExpiredSessions(userId, now), insertSession({ idHash: sha256Hex(id), userId, projectId, now, expiresAt: now + SESSION_TTL_MS })])
  setCookie(c, COOKIE, id, {
    httpOnly: true,
    secure: !isLocalHttp(new URL(c.req.url)),
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  })
}

export const endCookie = (c: Context<AppEnv>) => deleteCookie(c, COOKIE, { path: '/', secure: !isLocalHttp(new URL(c.req.url)) })

/** The live session the cookie names, or null (no cookie, unknown, expired). */
export async function readSession(c: Context<AppEnv>): Promise<Session | null> {
  const id = getCookie(c, COOKIE)
  if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return null
  const idHash = sha256Hex(id)
  const [rs] = await c.var.deps.db.read([sessionByHash(idHash)])
  const s = first<SessionRow>(rs)
  if (!s || Number(s.expiresAt) <= c.var.deps.clock()) return null
  return { ...s, idHash }
}

/** This server's origins: the one the request reached, and the configured public URL. */
function ownOrigins(c: Context<AppEnv>): string[] {
  const out = [new URL(c.req.url).origin]
  const pub = c.var.deps.config.publicUrl
  if (pub) out.push(new URL(pub).origin)
  return out
}

/** Refuses a state-changing request that did not come from this server's own pages. */
export function checkCsrf(c: Context<AppEnv>): void {
  if (SAFE.has(c.req.method)) return
  const origin = c.req.header('origin')
  if (!origin || !ownOrigins(c).includes(origin)) {
    throw new ApiError(403, 'cross_site_request', 'A signed-in change must come from this server’s own pages (Origin header).')
  }
}
