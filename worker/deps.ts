/**
 * What the app is built from. Entries (Node, Workers, tests) make these once and pass
 * them in; handlers reach them through `c.get('deps')`.
 * @module
 */
import type { Context } from 'hono'
import type { Config } from './config'
import type { Store } from './db/store'
import type { Directory, Project } from './projects'
import type { RateLimiter } from './http/ratelimit'
import type { Mailer, Outbound, Scheduler } from './runtime/types'

export interface Deps {
  db: Store
  config: Config
  /** Milliseconds since the epoch; tests pass a controllable clock. */
  clock: () => number
  /** The client address as the platform reports it (socket, CF-Connecting-IP, trusted proxy). */
  clientIp: (c: Context) => string
  directory: Directory
  limiter: RateLimiter
  /** Hashed IP + user agent under today's salt. */
  fingerprint: (ip: string, userAgent: string | undefined, now: number) => Promise<string>
  /** Asks for a delivery pass soon (after a write that queued messages). */
  scheduler: Scheduler
  /** Sends one outbound request now (a test alert); absent where the runtime gave none. */
  outbound?: Outbound
  /** Sends e-mail now (a test alert); absent where no mailer is configured. */
  mailer?: Mailer
}

export type AppEnv = {
  Variables: {
    deps: Deps
    project: Project
    /** Who made a secret-side call: `secret_key`, `token:<id>` or `user:<e-mail>` (for audit trails). */
    actor: string
  }
}
