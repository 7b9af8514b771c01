/**
 * The Tenpoint app: one Hono app for every runtime. Entries build the dependencies
 * (database, clock, how to read the client IP) once and pass them in; this file only
 * wires middleware and mounts the resources.
 * @module
 */
import { Hono } from 'hono'
import { accounts } from './accounts/routes'
import { openAPIRouteHandler } from 'hono-openapi'
import { loadConfig, type Config } from './config'
import type { Store } from './db/store'
import type { AppEnv, Deps } from './deps'
import { displays } from './displays/routes'
import { eligibility } from './eligibility/routes'
import { fingerprinter } from './fingerprint'
import { documentation } from './http/openapi'
import { apiCors } from './http/cors'
import { allowedMethods, notFoundOrNotAllowed } from './http/methods'
import { errorHandler } from './http/problem'
import { memoryLimiter } from './http/ratelimit'
import { imports } from './imports/routes'
import { invitations } from './invitations/routes'
import { directory } from './projects'
import { project } from './project/routes'
import { responses } from './responses/routes'
import { answers } from './results/answers.routes'
import { answerExports } from './results/export.routes'
import { stats } from './results/stats.routes'
import { themeStats } from './results/themes.routes'
import { surveys } from './surveys/routes'
import { tokens } from './tokens/routes'
import type { ClientAddress, Scheduler } from './runtime/types'
import { webhooks } from './webhooks/routes'
import { alerts } from './alerts/routes'
import { followupRoutes } from './followups/routes'
import { members } from './members/routes'

export interface AppOptions {
  db: Store
  config?: Partial<Config>
  clock?: () => number
  clientIp?: ClientAddress
  /** How long project and survey settings may be served from memory. */
  cacheTtlMs?: number
  /** Runs the closed loop's background work soon (Node: wakes the loop; Workers: waitUntil). */
  scheduler?: Scheduler
}

/**
 * How stale another process's or isolate's copy of a project or its surveys may be: a
 * change made through the API is seen at once by the process that made it, and by every
 * other one within this long.
 */
export const CACHE_TTL_MS = 10_000

export function createApp(o: AppOptions) {
  const config = { ...loadConfig({}), ...o.config }
  const clock = o.clock ?? Date.now
  const deps: Deps = {
    db: o.db,
    config,
    clock,
    clientIp: o.clientIp ?? (() => 'unknown'),
    directory: directory(o.db, o.cacheTtlMs ?? CACHE_TTL_MS, clock),
    limiter: memoryLimiter(),
    fingerprint: fingerprinter(o.db),
    scheduler: o.scheduler ?? { soon: () => {} },
  }
  const app = new Hono<AppEnv>()
  app.onError(errorHandler(config.retryAfterSeconds))
  // 404, or 405 with Allow when the path exists for other methods (read from the routes).
  const methodsFor = allowedMethods(app)
  app.notFound(notFoundOrNotAllowed(methodsFor))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  // Browsers call the public API from customers' origins: CORS is decided per project,
  // preflights by the key in the URL (see http/cors.ts).
  app.use('/v1/*', apiCors(methodsFor))

  app.route('/v1/eligibility', eligibility)
  app.route('/v1/responses', responses)
  app.route('/v1/displays', displays)
  app.route('/v1/invitations', invitations)
  app.route('/v1/answers', answerExports)
  app.route('/v1/answers', answers)
  app.route('/v1/stats/themes', themeStats)
  app.route('/v1/stats', stats)
  app.route('/v1/tokens', tokens)
  app.route('/v1/project', project)
  app.route('/v1/surveys', surveys)
  app.route('/v1/surveys', imports)
  app.route('/v1/webhooks', webhooks)
  app.route('/v1/alerts', alerts)
  app.route('/v1/followups', followupRoutes)
  app.route('/v1/members', members)

  // The dashboard: its accounts API, and its pages at /app (files served by the runtime).
  app.route('/auth', accounts)
  app.get('/', (c) => c.redirect('/app/'))
  app.get('/app', (c) => c.redirect('/app/'))

  app.get('/health', (c) => c.json({ ok: true }))
  // Documented routes only; `export.csv` is an API route, not a static file.
  app.get('/openapi.json', openAPIRouteHandler(app, { documentation, excludeStaticFile: false }))
  return app
}

export type App = ReturnType<typeof createApp>
