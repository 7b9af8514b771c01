/**
 * Tenants come from the key and nowhere else. Public keys (pk_…) may write a project's
 * answers from browsers; secret keys (sk_…) and API tokens are for the product's backend
 * (see secret-auth.ts). The key rides in `Authorization: Bearer …` or, for the widget's
 * simple requests, `?key=`.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../deps'
import { originAllowed } from './cors'
import { ApiError } from './problem'

export function presentedKey(auth: string | undefined, query: string | undefined): string | undefined {
  const m = auth?.match(/^Bearer\s+(\S+)$/i)
  return m?.[1] ?? query
}

export function publicKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = presentedKey(c.req.header('authorization'), c.req.query('key'))
    if (!key) throw new ApiError(401, 'missing_key', 'Pass the project public key as Authorization: Bearer pk_… or ?key=pk_….')
    if (key.startsWith('sk_') || key.startsWith('tp_')) {
      throw new ApiError(401, 'wrong_key_kind', 'This endpoint takes a public key (pk_…). Never send a secret key from a browser; rotate it if it was exposed.')
    }
    const { deps } = c.var
    const project = /^pk_[A-Za-z0-9]{8,64}$/.test(key) ? await deps.directory.byPublicKey(key) : null
    if (!project) throw new ApiError(401, 'unknown_key', 'No project has this public key.')
    c.set('project', project)
    await checkOrigin(c.req.header('origin'), new URL(c.req.url).origin, project.rules.allowedOrigins)
    limit(c.var.deps, `ip:${deps.clientIp(c)}`, deps.config.rateLimitPerIp)
    limit(c.var.deps, `project:${project.id}`, deps.config.rateLimitPerProject)
    await next()
  }
}

export function limit(deps: AppEnv['Variables']['deps'], key: string, perMinute: number) {
  const wait = deps.limiter.hit(key, perMinute, deps.clock())
  if (wait > 0) throw new ApiError(429, 'rate_limited', `Slow down; retry in ${wait} s.`, undefined, { 'Retry-After': String(wait) })
}

async function checkOrigin(origin: string | undefined, self: string, allowed: string[]) {
  if (!origin || originAllowed(origin, self, allowed)) return
  throw new ApiError(403, 'origin_not_allowed', `Origin ${origin} is not in this project's allowed origins.`)
}
