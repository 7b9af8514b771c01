/**
 * Which methods a path answers, read from the app's own route table: a wrong method on a
 * known path is 405 with `Allow` (RFC 9110 §15.5.6), a plain OPTIONS is 204 with `Allow`,
 * and the CORS preflight offers the same list. Nothing here is a hand-kept list, so a
 * route a resource adds or moves shows up by itself.
 * @module
 */
import type { Context } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { problemBody } from './problem'

/** The methods registered for a path ([] for an unknown path), with HEAD and OPTIONS. */
export type MethodsFor = (path: string) => string[]

/**
 * @example allowedMethods(app)('/v1/responses/abc') // ['PATCH', 'OPTIONS']
 */
export function allowedMethods(app: { routes: readonly { method: string; path: string }[] }): MethodsFor {
  let router: TrieRouter<string> | undefined
  return (path) => {
    // Built on the first request, when Hono's own router is frozen too, so routes an entry
    // adds after createApp (the Node server's /demo) count.
    if (!router) {
      router = new TrieRouter<string>()
      // Every route under 'ALL' with its real method as the value: one match finds them all.
      // Middleware (app.use) is registered as ALL and answers no method of its own.
      for (const r of app.routes) if (r.method !== 'ALL') router.add('ALL', r.path, r.method)
    }
    const found = new Set(router.match('GET', path)[0].map(([method]) => method))
    if (found.size === 0) return []
    if (found.has('GET')) found.add('HEAD') // Hono answers HEAD from the GET route
    found.add('OPTIONS')
    return [...found]
  }
}

/** The app's not-found handler: 404 for an unknown path, 405 (or 204 to OPTIONS) for a known one. */
export function notFoundOrNotAllowed(methodsFor: MethodsFor) {
  return (c: Context) => {
    const { method, path } = c.req
    const allow = methodsFor(path)
    const problem = (status: ContentfulStatusCode, code: string, title: string, detail: string) => {
      c.header('Content-Type', 'application/problem+json')
      return c.body(JSON.stringify({ ...problemBody(status, code, detail), title }), status)
    }
    if (allow.length === 0) return problem(404, 'not_found', 'Not found', `No route for ${method} ${path}.`)
    c.header('Allow', allow.join(', '))
    if (method === 'OPTIONS') return c.body(null, 204)
    return problem(405, 'method_not_allowed', 'Method not allowed', `${path} does not answer ${method}; see Allow.`)
  }
}
