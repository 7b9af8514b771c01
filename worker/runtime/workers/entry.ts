/**
 * The Cloudflare Workers entry (`wrangler deploy`): the same app on workerd, talking to
 * libSQL over HTTP (Turso or sqld) with LIBSQL_URL and LIBSQL_AUTH_TOKEN secrets. One
 * client and app per isolate; each request writes in its own transaction (isolates do
 * not share I/O across requests, so there is no cross-request group commit here).
 * The widget's files are served by the assets binding (see wrangler.toml).
 * @module
 */
import { createClient } from '@libsql/client/web'
import { createApp } from '../../app'
import { loadConfig } from '../../config'
import { createStore } from '../../db/store'
import { workersClientAddress } from './client-address'

interface Env {
  LIBSQL_URL: string
  LIBSQL_AUTH_TOKEN?: string
  [key: string]: unknown
}

let app: ReturnType<typeof createApp> | undefined

export default {
  async fetch(request: Request, env: Env, ctx: unknown) {
    app ??= createApp({
      db: createStore(createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN })),
      config: loadConfig(env as Record<string, string | undefined>),
      clientIp: workersClientAddress,
    })
    const res = await app.fetch(request, env, ctx as never)
    // A libSQL HTTP client whose first contact failed stays closed; start afresh after a 503.
    if (res.status === 503) app = undefined
    return res
  },
}
