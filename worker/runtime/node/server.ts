/**
 * The Node entry (`npm start`): the app on @hono/node-server with an embedded libSQL
 * file (created and migrated on start) or any LIBSQL_URL, writes grouped into shared
 * transactions, the demo project on first start, and the widget's files.
 * @module
 */
import { serve } from '@hono/node-server'
import { setupLink } from '../../accounts/setup'
import { createApp } from '../../app'
import { databaseUrl, loadConfig } from '../../config'
import { ensureDemo } from '../../db/seed'
import { nodeClientAddress } from './client-address'
import { openDatabase } from './database'
import { mountStatic } from './static'
import { createRunner } from '../../outbox/runner'
import { closedLoopChecks } from '../../followups/sla-scan'
import { allOf, retagPass } from '../../themes/retag'
import { requestMeter, startLoop } from './loop'
import { smtpMailer } from './mailer'
import { nodeOutbound } from './outbound'

const env = process.env
const url = databaseUrl(env)
const db = await openDatabase(url, { authToken: env.LIBSQL_AUTH_TOKEN })
const demo = await ensureDemo(db.client)

const port = Number(env.PORT ?? 8787)
const host = env.HOST ?? '127.0.0.1'
const publicUrl = env.TENPOINT_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
const config = { ...loadConfig(env), publicUrl }
// Webhooks, alerts, SLA timers and the themes re-tag run inside this process (see runtime/node/loop.ts).
const mailer = smtpMailer(env.TENPOINT_SMTP_URL, env.TENPOINT_MAIL_FROM)
const runner = createRunner({
  db: db.store,
  config,
  clock: Date.now,
  outbound: nodeOutbound,
  mailer,
  // SLA timers, then a batch of comments to re-tag after a project changed its themes.
  before: allOf(closedLoopChecks(db.store, config), retagPass(db.store)),
})
const meter = requestMeter()
const loop = startLoop(runner, config.outboxIntervalMs, config.outboxBatch, undefined, { yieldAbove: config.outboxYieldAbove, rate: meter.rate, trickle: { batch: 10, gapMs: 100 } })
const app = createApp({ db: db.store, config, clientIp: nodeClientAddress(Number(env.TENPOINT_TRUSTED_PROXIES ?? 0)), scheduler: loop, outbound: nodeOutbound, mailer })
mountStatic(app, demo.publicKey)
// No account yet: a one-time link for the owner (there is no default password).
const setup = await setupLink(db.store, demo.id)

const server = serve(
  {
    fetch: (req, ...rest) => {
      meter.hit()
      return app.fetch(req, ...rest)
    },
    port,
    hostname: host,
    // A client that trickles its headers or body is cut off after this long (Node's own default is 300 s).
    serverOptions: { requestTimeout: config.requestTimeoutMs, headersTimeout: Math.min(config.requestTimeoutMs, 60_000), connectionsCheckingInterval: 1000 },
  },
  () => {
    console.log(`Tenpoint is running at ${publicUrl}  (database: ${db.embedded ? url : url.replace(/\?.*$/, '')})`)
    console.log(`Dashboard:        ${publicUrl}/app/`)
    if (setup) console.log(`\nCreate the owner account (one-time link, valid 24 h):\n  ${publicUrl}${setup}\n`)
    console.log(`Demo page:        ${publicUrl}/demo`)
    console.log(`API document:     ${publicUrl}/openapi.json`)
    console.log(`Public key:       ${demo.publicKey}`)
    console.log(`Secret key:       ${demo.secretKey}   (server-side only)`)
    console.log('\nPaste into your pages:\n')
    console.log(`<script async src="${publicUrl}/tenpoint.js" data-key="${demo.publicKey}"></script>\n`)
    console.log('See the demo survey at once (preview: shown whatever the caps, answers never counted):')
    console.log(`  ${publicUrl}/demo.html?key=${demo.publicKey}&tenpoint_preview=1`)
    console.log('Or make it due as a real customer would, from the page:')
    console.log(`  tenpoint('track', 'Order_Delivered', { order_id: 'ord_1001' })\n`)
  },
)

// Finish in-flight requests (their writes commit before they answer), then close the file.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(async () => {
      await loop.stop()
      await db.close()
      process.exit(0)
    })
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
