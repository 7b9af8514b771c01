/**
 * The Node entry (`npm start`): the app on @hono/node-server with an embedded libSQL
 * file (created and migrated on start) or any LIBSQL_URL, writes grouped into shared
 * transactions, the demo project on first start, and the widget's files.
 * @module
 */
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createClient } from '@libsql/client'
import { mkdirSync } from 'node:fs'
import type { Context } from 'hono'
import { createApp } from './app'
import { databaseUrl, loadConfig } from './config'
import { applyMigrations, tuneEmbedded } from './db/migrate'
import { ensureDemo } from './db/seed'
import { createStore } from './db/store'
import { embeddedStore } from './db/embedded'
import { clientIpFrom } from './http/client-ip'
import { mountStatic } from './static-node'

const env = process.env
const url = databaseUrl(env)
const embedded = url.startsWith('file:')
if (embedded) mkdirSync(url.slice(5).replace(/\/[^/]*$/, '') || '.', { recursive: true })
const client = createClient({ url, authToken: env.LIBSQL_AUTH_TOKEN })
if (embedded) await tuneEmbedded(client)
await applyMigrations(client)
const demo = await ensureDemo(client)

const trustedProxies = Number(env.TENPOINT_TRUSTED_PROXIES ?? 0)
const clientIp = (c: Context) => clientIpFrom(c.req.header('x-forwarded-for'), getConnInfo(c).remote.address, trustedProxies)

const port = Number(env.PORT ?? 8787)
const host = env.HOST ?? '127.0.0.1'
const publicUrl = env.TENPOINT_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
const store = embedded ? embeddedStore(url.slice('file:'.length), client) : createStore(client)
const app = createApp({
  db: store,
  config: { ...loadConfig(env), publicUrl },
  clientIp,
})
mountStatic(app, demo.publicKey)

const server = serve({ fetch: app.fetch, port, hostname: host }, () => {
  console.log(`Tenpoint is running at ${publicUrl}  (database: ${embedded ? url : url.replace(/\?.*$/, '')})`)
  console.log(`Demo page:        ${publicUrl}/demo`)
  console.log(`API document:     ${publicUrl}/openapi.json`)
  console.log(`Public key:       ${demo.publicKey}`)
  console.log(`Secret key:       ${demo.secretKey}   (server-side only)`)
  console.log('\nPaste into your pages:\n')
  console.log(`<script async src="${publicUrl}/tenpoint.js" data-key="${demo.publicKey}"></script>\n`)
})

// Finish in-flight requests (their writes commit before they answer), then close the file.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(async () => {
      if ('close' in store) await (store as { close(): Promise<void> }).close()
      client.close()
      process.exit(0)
    })
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
