/**
 * The committed migrations must match schema.ts: drizzle-kit, run against a copy of them,
 * has nothing to generate. (Change the schema, then `npm run db:generate` and commit.)
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

it('migrations are generated from the current schema (no drift)', () => {
  // drizzle-kit wants paths relative to the working directory.
  const dir = join('node_modules', '.cache', `tenpoint-drift-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  try {
    cpSync('worker/db/migrations', join(dir, 'migrations'), { recursive: true })
    const config = join(dir, 'drizzle.config.mjs')
    writeFileSync(config, `export default { dialect: 'turso', schema: './worker/db/schema.ts', out: './${dir}/migrations' }\n`)
    const before = readdirSync(join(dir, 'migrations')).length
    const run = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8' })
    const out = run.stdout + run.stderr
    // drizzle-kit exits 0 even on errors, so the message is what counts.
    expect(out, out).toContain('No schema changes')
    expect(readdirSync(join(dir, 'migrations')).length).toBe(before)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
