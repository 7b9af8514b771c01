/**
 * `openDatabase(url)`: the one way the Node side (server, tests, bench, scripts) gets a
 * database — the directory made, the embedded file tuned, the migrations applied, and
 * the store built: the group-commit store for an embedded file, the remote one (one batch
 * per unit, as on Workers) for `http:`/`libsql:` URLs or when `group` is false.
 * @module
 */
import { createClient, type Client } from '@libsql/client'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createStore } from '../../db/store'
import type { Database } from '../types'
import { embeddedStore } from './embedded-store'
import { applyMigrations, tuneEmbedded } from './migrate'

export interface OpenOptions {
  authToken?: string
  /** For an embedded file: group writes on a writer thread (the server's store). Default true. */
  group?: boolean
  /** Apply the committed migrations. Default true. */
  migrate?: boolean
}

export interface NodeDatabase extends Database {
  /** A @libsql/client on the same database, for seeding and scripts. */
  client: Client
  embedded: boolean
}

export async function openDatabase(url: string, o: OpenOptions = {}): Promise<NodeDatabase> {
  const embedded = url.startsWith('file:')
  const path = embedded ? url.slice('file:'.length) : ''
  if (embedded) mkdirSync(dirname(path) || '.', { recursive: true })
  const client = createClient({ url, authToken: o.authToken })
  if (embedded) await tuneEmbedded(client)
  if (o.migrate !== false) await applyMigrations(client)
  const grouped = embedded && o.group !== false ? embeddedStore(path) : null
  return {
    client,
    embedded,
    store: grouped ?? createStore(client),
    async close() {
      await grouped?.close()
      client.close()
    },
  }
}
