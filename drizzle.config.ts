import { defineConfig } from 'drizzle-kit'

// Migrations are generated from worker/db/schema.ts by `npm run db:generate` and committed.
export default defineConfig({
  dialect: 'turso',
  schema: './worker/db/schema.ts',
  out: './worker/db/migrations',
})
