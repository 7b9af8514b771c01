/**
 * The Cloudflare Workers entry (`wrangler deploy`): the same app on workerd, talking to
 * libSQL over HTTP (Turso or sqld) with LIBSQL_URL and LIBSQL_AUTH_TOKEN secrets. One
 * client and app per isolate; each request writes in its own transaction (isolates do
 * not share I/O across requests, so there is no cross-request group commit here).
 * The widget's files are served by the assets binding (see wrangler.toml).
 *
 * The closed loop (webhooks, alerts, SLA timers) runs from the Cron Trigger every minute
 * (`scheduled`), plus one immediate pass under `waitUntil` after a request that queued a
 * message. The outbox in libSQL stays the one durable record: a Queue could not be
 * written in the same transaction as the answer, so it would still need this outbox and
 * a relay in front of it, and it would add a second product to set up.
 * @module
 */
import { createClient } from '@libsql/client/web'
import { createApp } from '../../app'
import { loadConfig, type Config } from '../../config'
import { createStore, type Store } from '../../db/store'
import { closedLoopChecks } from '../../followups/sla-scan'
import { allOf, RETAG_BATCH, retagPass } from '../../themes/retag'
import { createRunner, type Runner } from '../../outbox/runner'
import { workersClientAddress } from './client-address'
import { httpMailer } from './mailer'
import { workersOutbound } from './outbound'

interface Env {
  LIBSQL_URL: string
  LIBSQL_AUTH_TOKEN?: string
  [key: string]: unknown
}

interface Ctx {
  waitUntil(p: Promise<unknown>): void
}

let isolate: { app: ReturnType<typeof createApp>; runner: Runner; retag: () => Promise<{ tagged: number }> } | undefined

function build(env: Env) {
  const db: Store = createStore(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN }))
  const config: Config = loadConfig(env as Record<string, string | undefined>)
  const retag = retagPass(db)
  // SLA timers, then a batch of comments to re-tag after a project changed its themes.
  const mailer = httpMailer(env)
  const runner = createRunner({ db, config, clock: Date.now, outbound: workersOutbound, mailer, before: allOf(closedLoopChecks(db, config), retag) })
  const app = createApp({
    db,
    config,
    clientIp: workersClientAddress,
    outbound: workersOutbound,
    mailer,
    scheduler: { soon: (c) => c.executionCtx.waitUntil(runner.pass().catch((e) => console.error('delivery pass failed', e))) },
  })
  return { app, runner, retag }
}

export default {
  async fetch(request: Request, env: Env, ctx: unknown) {
    isolate ??= build(env)
    const res = await isolate.app.fetch(request, env, ctx as never)
    // A libSQL HTTP client whose first contact failed stays closed; start afresh after a 503.
    if (res.status === 503) isolate = undefined
    return res
  },

  async scheduled(_event: unknown, env: Env, ctx: Ctx) {
    isolate ??= build(env)
    const { runner, retag } = isolate
    ctx.waitUntil(
      (async () => {
        // Passes until nothing is due or most of the invocation's time is used.
        const started = Date.now()
        while (Date.now() - started < 20_000) {
          const r = await runner.pass()
          if (r.claimed === 0) break
        }
        // Each pass above re-tagged one batch of comments; more batches while time is left.
        while (Date.now() - started < 20_000) {
          const t = await retag()
          if (t.tagged < RETAG_BATCH) break
        }
      })().catch((e) => {
        console.error('scheduled delivery failed', e)
        isolate = undefined
      }),
    )
  },
}
