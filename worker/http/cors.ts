/**
 * CORS for the public API, decided per project — the same rule keys.ts enforces with a 403.
 *
 * A preflight has no body and no Authorization value, so the only thing that can say which
 * project (and so which allowed origins) it is for is the key in the URL: `?key=pk_…`.
 * The widget, its outbox and the hosted page send every call that way. A preflight whose
 * key is missing or unknown, or whose project does not allow the origin, is answered
 * without Access-Control-Allow-Origin, so the browser never sends the request. (Answering
 * for "any origin some project allows" was rejected: a project with no list allows every
 * origin, so on a default install that union is everyone, and one tenant's list would
 * open the API to pages that another tenant never allowed.) Browser code that sends the
 * key in Authorization instead must also put it in the URL.
 *
 * Actual responses carry Access-Control-Allow-Origin only when the request's project
 * allows the origin, so a refused page cannot read even the error.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv, Deps } from '../deps'
import type { Project } from '../projects'
import type { MethodsFor } from './methods'

/** An empty list allows every origin; a request from this server's own origin is always allowed. */
export function originAllowed(origin: string, self: string, allowed: string[]): boolean {
  return allowed.length === 0 || origin === self || allowed.includes('*') || allowed.includes(origin)
}

async function projectOfKey(deps: Deps, key: string | undefined): Promise<Project | null> {
  return key && /^pk_[A-Za-z0-9]{8,64}$/.test(key) ? deps.directory.byPublicKey(key) : null
}

export function apiCors(methodsFor: MethodsFor): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin')
    // Server-to-server calls carry no Origin and need no CORS work on the hot path.
    if (!origin) return next()
    const self = new URL(c.req.url).origin
    c.header('Vary', 'Origin', { append: true })
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const methods = methodsFor(c.req.path)
      const project = methods.length ? await projectOfKey(c.var.deps, c.req.query('key')) : null
      if (project && originAllowed(origin, self, project.rules.allowedOrigins)) {
        c.header('Access-Control-Allow-Origin', origin)
        c.header('Access-Control-Allow-Methods', methods.join(', '))
        c.header('Access-Control-Allow-Headers', 'Content-Type, Authorization')
        c.header('Access-Control-Max-Age', '86400')
      }
      return c.body(null, 204)
    }
    await next()
    const project = c.get('project') as Project | undefined
    if (project && originAllowed(origin, self, project.rules.allowedOrigins)) c.header('Access-Control-Allow-Origin', origin)
  }
}
