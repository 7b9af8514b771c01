/** `npm run db:migrate`: apply migrations to LIBSQL_URL (Turso, sqld) or the local file. */
import { createClient } from '@libsql/client'
import { applyMigrations } from './migrate'
import { databaseUrl } from '../../config'

const url = databaseUrl(process.env)
const client = createClient({ url, authToken: process.env.LIBSQL_AUTH_TOKEN })
await applyMigrations(client)
console.log(`migrated ${url.replace(/\?.*$/, '')}`)
client.close()
