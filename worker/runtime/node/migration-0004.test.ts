/**
 * Migration 0004 on a database made before it: display tokens issued then keep verifying
 * (the new signing secret starts as the key they were signed with), and the project's
 * keys and surveys work through the management API.
 */
import { drizzle } from 'drizzle-orm/libsql'
import { migrate } from 'drizzle-orm/libsql/migrator'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createApp } from '../../app'
import { hmacHex, sha256Hex, signToken, verifyToken } from '../../crypto'
import { directory } from '../../projects'
import { createStore } from '../../db/store'
import { migratedBefore } from '../../../test/support/migrations'
import { MIGRATIONS } from './migrate'

it('a project from before 0004 keeps its display tokens valid and gains the management API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-0004-'))
  try {
    const client = await migratedBefore(dir, '0004')
    const secret = `sk_${'s'.repeat(40)}`
    await client.execute({
      sql: 'INSERT INTO projects (id, name, public_key, secret_key, secret_key_hash, settings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      args: ['prj_old', 'Old', `pk_${'p'.repeat(24)}`, secret, sha256Hex(secret), '{}', 1],
    })
    await client.execute("INSERT INTO surveys (id, project_id, kind, name, status, rules, content, created_at) VALUES ('srv_old', 'prj_old', 'relational', 'old', 'active', '{}', '{}', 1)")
    const now = Date.UTC(2026, 0, 1)
    const token = signToken(hmacHex(secret, 'tenpoint display token v1'), { p: 'prj_old', s: 'srv_old', r: 'a:x', d: 'd1', t: 'display:d1', iat: now, exp: now + 3_600_000 })

    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS })
    const store = createStore(client)
    const project = await directory(store, 0, () => now).byId('prj_old')
    expect(verifyToken(project!.tokenSecret, token, now).ok).toBe(true)

    // After a secret rotation the token still verifies: the signing secret does not rotate.
    const app = createApp({ db: store, clock: () => now, cacheTtlMs: 0 })
    const r = await app.request('/v1/project/keys/rotate', { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: '{"which":"secret"}' })
    expect(r.status).toBe(200)
    const rotated = await directory(store, 0, () => now).byId('prj_old')
    expect(rotated!.secretKey).not.toBe(secret)
    expect(verifyToken(rotated!.tokenSecret, token, now).ok).toBe(true)
    const list = await app.request('/v1/surveys', { headers: { authorization: `Bearer ${(await r.json()).key}` } })
    expect((await list.json()).surveys.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([['srv_old', 'active']])
    client.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
