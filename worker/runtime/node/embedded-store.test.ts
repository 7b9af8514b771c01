// The Node server's store on a real libSQL file: grouped writes answer after COMMIT, in
// order, with their own results, however many distinct statements pass through it.
import { createClient } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { embeddedStore } from './embedded-store'
import { first } from '../../db/store'

it('keeps every write and its result across more distinct SQL texts than it numbers at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-store-'))
  const file = join(dir, 'store.db')
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (n INTEGER NOT NULL, tag TEXT NOT NULL)')
  // A bare file without the app's tables: no rollups to fold.
  const store = embeddedStore(file, [])
  try {
    // 2,500 writes, each with its own SQL text (a comment tells them apart), sent in
    // bursts so some bursts straddle the point where the numbering starts over.
    const put = (n: number) => store.write([{ sql: `INSERT INTO t (n, tag) VALUES (?, ?) RETURNING n, tag -- ${n}`, args: [n, `v${n}`] }])
    for (let start = 0; start < 2500; start += 300) {
      const burst = Array.from({ length: Math.min(300, 2500 - start) }, (_, i) => put(start + i))
      const results = await Promise.all(burst)
      results.forEach((rs, i) => expect(first(rs[0])).toEqual({ n: start + i, tag: `v${start + i}` }))
    }
    const [count] = (await store.read(['SELECT COUNT(*) AS c, COUNT(DISTINCT n) AS d, SUM(tag = \'v\' || n) AS ok FROM t']))[0].rows
    expect(count).toEqual({ c: 2500, d: 2500, ok: 2500 })
  } finally {
    await store.close()
    client.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
