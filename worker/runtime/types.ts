/**
 * What every runtime adapter provides to the one app, and nothing more: the store the
 * handlers write through, where a request came from, and (where the runtime serves them
 * itself) the widget's static files. `worker/runtime/node/` and `worker/runtime/workers/`
 * each implement these; nothing outside `worker/runtime/` knows which one is running, as
 * Hono's adapters each implement one `GetConnInfo`.
 * @module
 */
import type { Context } from 'hono'
import type { Store } from '../db/store'

/** The client's address as the platform reports it (socket, trusted proxy, CF-Connecting-IP). */
export type ClientAddress = (c: Context) => string

/** A database the app can use: the store, and how to let go of it. */
export interface Database {
  store: Store
  close(): Promise<void>
}
