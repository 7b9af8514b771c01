/**
 * The Tenpoint app: one Hono app for every runtime. Entries build the dependencies
 * (database, clock, how to read the client IP) once and pass them in; this file only
 * wires middleware and mounts the resources.
 * @module
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { openAPIRouteHandler } from 'hono-openapi'
import { loadConfig, type Config } from './config'
import type { Store } from './db/store'
import type { AppEnv, Deps } from './deps'
import { displays } from './displays/routes'
import { eligibility } from './eligibility/routes'
import { fingerprinter } from './fingerprint'
import { documentation } from './http/openapi'
import { errorHandler, problemResponse } from './http/problem'
import { memoryLimiter } from './http/ratelimit'
import { invitations } from './invitations/routes'
import { directory } from './projects'
import { responses } from './responses/routes'
import type { ClientAddress } from './runtime/types'

export interface AppOptions {
  db: Store
  config?: Partial<Config>
  clock?: () => number
  clientIp?: ClientAddress
  /** How long project and survey settings may be served from memory. */
  cacheTtlMs?: number
}

export function createApp(o: AppOptions) {
  const config = { ...loadConfig({}), ...o.config }
  const deps: Deps = {
    db: o.db,
    config,
    clock: o.clock ?? Date.now,
    clientIp: o.clientIp ?? (() => 'unknown'),
    directory: directory(o.db, o.cacheTtlMs ?? 10_000),
    limiter: memoryLimiter(),
    fingerprint: fingerprinter(o.db),
  }
  const app = new Hono<AppEnv>()
  app.onError(errorHandler(config.retryAfterSeconds))
  app.notFound((c) => problemResponse(c, 404, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  // Browsers call the public API from customers' origins; each project's allowed origins
  // are enforced per request once the key is known (see http/keys.ts).
  const corsHeaders = cors({ origin: (origin) => origin, allowHeaders: ['Content-Type', 'Authorization'], allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'], maxAge: 86_400 })
  // Server-to-server calls carry no Origin and need no CORS work on the hot path.
  app.use('/v1/*', (c, next) => (c.req.header('origin') ? corsHeaders(c, next) : next()))

  app.route('/v1/eligibility', eligibility)
  app.route('/v1/responses', responses)
  app.route('/v1/displays', displays)
  app.route('/v1/invitations', invitations)

  app.get('/health', (c) => c.json({ ok: true }))
  app.get('/openapi.json', openAPIRouteHandler(app, { documentation }))
  return app
}

export type App = ReturnType<typeof createApp>
