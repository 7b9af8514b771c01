import { createClient } from '@libsql/client/web'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startHranaPeer, type HranaPeer } from './hrana'

let peer: HranaPeer
beforeAll(async () => void (peer = await startHranaPeer({ path: join(mkdtempSync(join(tmpdir(), 'hrana-')), 'db') })))
afterAll(() => peer.stop())

it('serves @libsql/client/web: types, batch rollback, transactions, constraint errors, down and up', async () => {
  const db = createClient({ url: peer.url })
  await db.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, x REAL, b BLOB)')
  await db.execute({ sql: 'INSERT INTO t (name, x, b) VALUES (?, ?, ?)', args: ['a', 1.5, new Uint8Array([1, 2])] })
  const rs = await db.execute({ sql: 'SELECT id, name, x, b FROM t WHERE name = :n', args: { n: 'a' } })
  expect(rs.rows[0].id).toBe(1)
  expect(rs.rows[0].x).toBe(1.5)
  expect(rs.columns).toEqual(['id', 'name', 'x', 'b'])

  // A failing batch rolls back as a whole.
  await expect(db.batch([{ sql: "INSERT INTO t (name) VALUES ('b')", args: [] }, { sql: "INSERT INTO t (name) VALUES ('a')", args: [] }], 'write')).rejects.toMatchObject({
    code: expect.stringContaining('SQLITE_CONSTRAINT'),
  })
  expect((await db.execute("SELECT COUNT(*) AS n FROM t WHERE name = 'b'")).rows[0].n).toBe(0)

  const tx = await db.transaction('write')
  await tx.execute("INSERT INTO t (name) VALUES ('c')")
  await tx.rollback()
  expect((await db.execute("SELECT COUNT(*) AS n FROM t WHERE name = 'c'")).rows[0].n).toBe(0)

  await peer.stop()
  await expect(db.execute('SELECT 1')).rejects.toBeTruthy()
  await peer.start()
  expect((await db.execute('SELECT COUNT(*) AS n FROM t')).rows[0].n).toBe(1)
})
