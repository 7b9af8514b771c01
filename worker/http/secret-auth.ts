/**
 * The secret side of the API: the project's secret key (every scope), or an API token
 * made with it and scoped `read` (results, answers), `write` (surveys, settings,
 * follow-ups) or `admin` (tokens, keys). Scopes nest: `admin` ⊇ `write` ⊇ `read`, so a
 * dashboard token that edits surveys can also read them. A public key reads nothing.
 * The tenant is the key's project; another project's objects are 404, never 403 (no
 * existence oracle) — every statement behind these routes is bounded by the project id.
 *
 * The dashboard calls the same routes with its session cookie instead (no Authorization
 * header): the open project's owner holds `admin`; an analyst holds `read`, plus `write`
 * for an analyst's own decisions only (exclude/reinstate an answer, a follow-up) — never
 * surveys, settings, tokens or keys. A cookie's state-changing call must pass the Origin
 * check (CSRF).
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { readSession, checkCsrf } from '../accounts/session'
import { sha256Hex } from '../crypto'
import { first } from '../db/store'
import type { AppEnv } from '../deps'
import { LAST_USED_RESOLUTION_MS, tokenByHash, touchToken, type TokenRow } from '../tokens/queries'
import { limit, presentedKey } from './keys'
import { ApiError } from './problem'

export type Scope = 'read' | 'write' | 'admin'
export const SCOPES: readonly Scope[] = ['read', 'write', 'admin']

/** Whether a token of scope `held` may make a call that needs `needed`. */
export const grants = (held: Scope, needed: Scope): boolean => SCOPES.indexOf(held) >= SCOPES.indexOf(needed)

export const SECRET_KEY = /^sk_[A-Za-z0-9]{16,128}$/
export const API_TOKEN = /^tp_[A-Za-z0-9]{40}$/

/** What an analyst may change: its decisions on answers, invitations, and follow-ups (status, owner, notes). */
export const ANALYST_WRITES: [method: string, path: RegExp][] = [
  ['POST', /^\/v1\/answers\/[^/]+\/(exclude|reinstate)$/],
  ['POST', /^\/v1\/invitations\/?$/],
  ['PATCH', /^\/v1\/followups\/[^/]+$/],
  ['POST', /^\/v1\/followups\/[^/]+\/(assign|notes)$/],
]

/** The scope a dashboard role holds for this request. */
export function roleScope(role: 'owner' | 'analyst', method: string, path: string): Scope {
  if (role === 'owner') return 'admin'
  return ANALYST_WRITES.some(([m, r]) => m === method && r.test(path)) ? 'write' : 'read'
}

/**
 * The dashboard's session as the credential: sets the project and the actor
 * (`user:<e-mail>`) and returns true when the role grants `scope` here; false when the
 * cookie names no live membership (the caller then asks for a key).
 */
async function fromSession(c: Context<AppEnv>, scope: Scope): Promise<boolean> {
  const { deps } = c.var
  const session = await readSession(c)
  if (!session?.role) return false
  checkCsrf(c)
  const project = await deps.directory.byId(session.projectId)
  if (!project) return false
  const held = roleScope(session.role, c.req.method, c.req.path)
  if (!grants(held, scope)) throw new ApiError(403, 'insufficient_scope', `This needs the ${scope} scope; an ${session.role} holds ${held} here.`)
  c.set('project', project)
  c.set('actor', `user:${session.email}`)
  limit(deps, `project:${project.id}`, deps.config.rateLimitPerProject)
  return true
}

/** Lets the request through with the project (and the actor: `secret_key`, `token:<id>` or `user:<e-mail>`) set when its key, token or session grants `scope`. */
export function secretAuth(scope: Scope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { deps } = c.var
    const key = presentedKey(c.req.header('authorization'), undefined)
    if (!key && c.req.header('cookie') && (await fromSession(c, scope))) return next()
    if (!key) throw new ApiError(401, 'missing_key', 'Pass the project secret key or an API token as Authorization: Bearer sk_… / tp_….')
    if (key.startsWith('pk_')) throw new ApiError(401, 'wrong_key_kind', 'This endpoint takes the secret key (sk_…) or an API token (tp_…), not the public key.')
    if (key.startsWith('tp_')) {
      const now = deps.clock()
      const [rs] = API_TOKEN.test(key) ? await deps.db.read([tokenByHash(sha256Hex(key))]) : [undefined]
      const token = rs && first<TokenRow>(rs)
      // Read from the database on every call (not cached), so a revocation holds at once everywhere.
      if (!token || token.revokedAt !== null) throw new ApiError(401, 'unknown_key', 'No project has this API token, or it was revoked.')
      const project = await deps.directory.byId(token.projectId)
      if (!project) throw new ApiError(401, 'unknown_key', 'No project has this API token.')
      if (!grants(token.scope, scope)) {
        throw new ApiError(403, 'insufficient_scope', `This call needs a token with the ${scope} scope (or the secret key); this token has ${token.scope}.`)
      }
      if (token.lastUsedAt === null || now - Number(token.lastUsedAt) >= LAST_USED_RESOLUTION_MS) await deps.db.write([touchToken(token.id, now)])
      c.set('project', project)
      c.set('actor', `token:${token.id}`)
    } else {
      const project = SECRET_KEY.test(key) ? await deps.directory.bySecretKey(key) : null
      if (!project) throw new ApiError(401, 'unknown_key', 'No project has this secret key.')
      c.set('project', project)
      c.set('actor', 'secret_key')
    }
    limit(deps, `project:${c.var.project.id}`, deps.config.rateLimitPerProject)
    await next()
  }
}
