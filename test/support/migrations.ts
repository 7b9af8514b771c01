/**
 * A database file migrated only up to (not including) one migration, as a project that
 * installed Tenpoint before it would have it; the test then applies the rest.
 * @module
 */
import { createClient, type Client } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { migrate } from 'drizzle-orm/libsql/migrator'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS } from '../../worker/runtime/node/migrate'

/** A client on `dir/db.sqlite` with the migrations before `tag` ('0013') applied. */
export async function migratedBefore(dir: string, tag: string): Promise<Client> {
  const before = join(dir, 'before')
  cpSync(MIGRATIONS, before, { recursive: true })
  const journalPath = join(before, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
  journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < tag)
  writeFileSync(journalPath, JSON.stringify(journal))
  const client = createClient({ url: `file:${join(dir, 'db.sqlite')}` })
  await migrate(drizzle(client), { migrationsFolder: before })
  return client
}
