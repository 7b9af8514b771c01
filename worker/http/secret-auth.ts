/**
 * The secret side of the API: the project's secret key (every scope), or an API token
 * made with it and scoped `read` (results, answers), `write` (surveys, settings,
 * follow-ups) or `admin` (tokens, keys). A public key reads nothing. The tenant is the
 * key's project; another project's objects are 404, never 403 (no existence oracle).
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../deps'
import { secretKey } from './keys'

export type Scope = 'read' | 'write' | 'admin'

/** Lets the request through with the project set when its key or token grants `scope`. */
export function secretAuth(_scope: Scope): MiddlewareHandler<AppEnv> {
  // API tokens and their scopes arrive with the management API; the secret key holds every scope.
  return secretKey()
}
