/**
 * Checks that the Hrana test peer serves @libsql/client (the Workers build and the Node
 * build, both over http://) the way sqld would: value types, batches that roll back,
 * interactive transactions, constraint errors, and going down and coming back.
 */
import { createClient as createNodeClient } from '@libsql/client'
import { createClient as createWebClient, LibsqlError, type Client, type Config } from '@libsql/client/web'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHranaPeer, type HranaPeer } from './hrana-peer'

const tmp = mkdtempSync(join(tmpdir(), 'hrana-peer-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const count = async (db: Client, where = '1') => Number((await db.execute(`SELECT COUNT(*) AS n FROM items WHERE ${where}`)).rows[0].n)

// Both builds, each against its own peer: the Workers build on a file, the Node one in memory.
const suites: [string, (config: Config) => Client, string][] = [
  ['@libsql/client/web', createWebClient, join(tmp, 'web.db')],
  ['@libsql/client', createNodeClient, ':memory:'],
]

describe.each(suites)('%s over http', (_name, createClient, path) => {
  let peer: HranaPeer
  let db: Client

  beforeAll(async () => {
    peer = await startHranaPeer({ path })
    db = createClient({ url: peer.url })
    await db.execute('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER)')
  })
  afterAll(async () => {
    db.close()
    await peer.close()
  })

  it('round-trips every value type, with column names and declared types', async () => {
    await db.execute('CREATE TABLE vals (i INTEGER, f REAL, s TEXT, b BLOB, n ANY, big INTEGER)')
    const ins = await db.execute({
      sql: 'INSERT INTO vals VALUES (?, ?, ?, ?, ?, ?)',
      args: [42, 1.5, 'héllo ✓', new Uint8Array([0, 1, 255]), null, 9007199254740993n],
    })
    expect(ins.rowsAffected).toBe(1)
    expect(ins.lastInsertRowid).toBe(1n)

    const rs = await db.execute('SELECT i, f, s, b, n, typeof(i) AS ti, typeof(f) AS tf FROM vals')
    expect(rs.columns).toEqual(['i', 'f', 's', 'b', 'n', 'ti', 'tf'])
    expect(rs.columnTypes).toEqual(['INTEGER', 'REAL', 'TEXT', 'BLOB', 'ANY', '', ''])
    const row = rs.rows[0]
    expect(row.i).toBe(42)
    expect(row.f).toBe(1.5)
    expect(row.s).toBe('héllo ✓')
    expect(row.b).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(row.b as ArrayBuffer)]).toEqual([0, 1, 255])
    expect(row.n).toBeNull()
    // The engine stored what the wire said: 42 as INTEGER (column affinity), 1.5 as REAL.
    expect([row.ti, row.tf]).toEqual(['integer', 'real'])

    // 64-bit integers survive intact when the client asks for bigints.
    const exact = createClient({ url: peer.url, intMode: 'bigint' })
    expect((await exact.execute('SELECT big FROM vals')).rows[0].big).toBe(9007199254740993n)
    exact.close()
  })

  it('binds named arguments and reports affected rows', async () => {
    const rs = await db.execute({ sql: 'SELECT :a AS a, @b AS b, $c AS c', args: { a: 'x', b: 2n, c: null } })
    expect(rs.rows[0]).toMatchObject({ a: 'x', b: 2, c: null })

    await db.execute({ sql: 'INSERT INTO items (name, qty) VALUES (:name, :qty)', args: { name: 'named', qty: 1 } })
    const upd = await db.execute("UPDATE items SET qty = qty + 1 WHERE name = 'named'")
    expect(upd.rowsAffected).toBe(1)
    // A SELECT after a write changes nothing, whatever the connection's changes() says.
    expect((await db.execute('SELECT 1')).rowsAffected).toBe(0)
  })

  it('raises a unique violation as a LibsqlError with SQLITE_CONSTRAINT', async () => {
    await db.execute({ sql: 'INSERT INTO items (name) VALUES (?)', args: ['dup'] })
    const err = await db.execute({ sql: 'INSERT INTO items (name) VALUES (?)', args: ['dup'] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(LibsqlError)
    expect((err as LibsqlError).code).toContain('SQLITE_CONSTRAINT')
    expect((err as LibsqlError).message).toContain('UNIQUE constraint failed')
  })

  it('commits a write batch as a whole and rolls it back entirely when a step fails', async () => {
    const ok = await db.batch(
      [
        { sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['b1', 1] },
        { sql: 'INSERT INTO items (name, qty) VALUES (?, ?)', args: ['b2', 2] },
        "SELECT SUM(qty) AS s FROM items WHERE name LIKE 'b%'",
      ],
      'write',
    )
    expect(ok).toHaveLength(3)
    expect(ok[2].rows[0].s).toBe(3)

    const before = await count(db)
    const err = await db
      .batch(
        [
          { sql: 'INSERT INTO items (name) VALUES (?)', args: ['b3'] },
          { sql: 'INSERT INTO items (name) VALUES (?)', args: ['b1'] }, // unique violation
          { sql: 'INSERT INTO items (name) VALUES (?)', args: ['b4'] },
        ],
        'write',
      )
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(LibsqlError)
    expect((err as LibsqlError).code).toContain('SQLITE_CONSTRAINT')
    expect(await count(db)).toBe(before)
    expect(await count(db, "name IN ('b3', 'b4')")).toBe(0)

    // The connection is usable afterwards, i.e. the ROLLBACK step really ran.
    await db.batch([{ sql: 'INSERT INTO items (name) VALUES (?)', args: ['b5'] }], 'write')
    expect(await count(db, "name = 'b5'")).toBe(1)
  })

  it('runs interactive transactions across requests: commit keeps, rollback discards', async () => {
    const tx = await db.transaction('write')
    await tx.execute({ sql: 'INSERT INTO items (name) VALUES (?)', args: ['tx-commit'] })
    expect((await tx.execute("SELECT COUNT(*) AS n FROM items WHERE name = 'tx-commit'")).rows[0].n).toBe(1)
    await tx.commit()
    expect(await count(db, "name = 'tx-commit'")).toBe(1)

    const rb = await db.transaction('write')
    await rb.batch([
      { sql: 'INSERT INTO items (name) VALUES (?)', args: ['tx-rollback-1'] },
      { sql: 'INSERT INTO items (name) VALUES (?)', args: ['tx-rollback-2'] },
    ])
    await rb.rollback()
    expect(await count(db, "name LIKE 'tx-rollback%'")).toBe(0)
  })

  it('makes other streams wait for an open transaction, then lets them through', async () => {
    const tx = await db.transaction('write')
    await tx.execute("INSERT INTO items (name) VALUES ('held')")
    let done = false
    const other = db.execute("INSERT INTO items (name) VALUES ('after')").then(() => (done = true))
    await new Promise((r) => setTimeout(r, 100))
    expect(done).toBe(false)
    await tx.commit()
    await other
    expect(await count(db, "name IN ('held', 'after')")).toBe(2)
  })

  it('runs executeMultiple and migrate', async () => {
    await db.executeMultiple("CREATE TABLE multi (x); INSERT INTO multi VALUES (1); INSERT INTO multi VALUES (2);")
    expect((await db.execute('SELECT COUNT(*) AS n FROM multi')).rows[0].n).toBe(2)
    await db.migrate(['CREATE TABLE migrated (x)', 'INSERT INTO migrated VALUES (1)'])
    expect((await db.execute('SELECT x FROM migrated')).rows[0].x).toBe(1)
  })

  it('goes down on stop() and comes back on start() with the data intact', async () => {
    const before = await count(db)
    const seen = peer.requests
    await peer.stop()
    await expect(db.execute('SELECT 1')).rejects.toThrow()
    await expect(db.batch(['SELECT 1'], 'write')).rejects.toThrow()
    await peer.start()
    expect(await count(db)).toBe(before)
    await db.execute({ sql: 'INSERT INTO items (name) VALUES (?)', args: ['after-restart'] })
    expect(await count(db)).toBe(before + 1)
    expect(peer.requests).toBeGreaterThan(seen)
  })

  it('rolls back a transaction that was open when the peer went down', async () => {
    const tx = await db.transaction('write')
    await tx.execute("INSERT INTO items (name) VALUES ('lost')")
    await peer.stop()
    await peer.start()
    // The baton died with the old server, so the transaction is gone, not committed.
    await expect(tx.commit()).rejects.toThrow()
    tx.close()
    expect(await count(db, "name = 'lost'")).toBe(0)
    await db.execute("INSERT INTO items (name) VALUES ('lost')")
  })
})

// The client only sends what its version-2 code path needs; these pin down the rest of
// the protocol (v3 conditions, autocommit, batons) at the wire level.
describe('wire protocol', () => {
  let peer: HranaPeer
  beforeAll(async () => void (peer = await startHranaPeer({ path: ':memory:' })))
  afterAll(() => peer.close())

  const pipeline = async (body: unknown, version = 'v3') => {
    const res = await fetch(`${peer.url}/${version}/pipeline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    return { status: res.status, body: await res.json() }
  }
  const stmt = (sql: string) => ({ sql, args: [], named_args: [], want_rows: true })

  it('answers version probes: JSON v2/v3 yes, protobuf no', async () => {
    expect((await fetch(`${peer.url}/v2`)).status).toBe(200)
    expect((await fetch(`${peer.url}/v3`)).status).toBe(200)
    expect((await fetch(`${peer.url}/v3-protobuf`)).status).toBe(404)
  })

  it('evaluates ok, error, not, and, or and is_autocommit conditions', async () => {
    const { body } = await pipeline({
      requests: [
        {
          type: 'batch',
          batch: {
            steps: [
              { stmt: stmt('SELECT 1') },
              { stmt: stmt('SELECT nope') },
              { condition: { type: 'and', conds: [{ type: 'ok', step: 0 }, { type: 'error', step: 1 }] }, stmt: stmt('SELECT 2') },
              { condition: { type: 'not', cond: { type: 'ok', step: 2 } }, stmt: stmt('SELECT 3') },
              { condition: { type: 'or', conds: [{ type: 'ok', step: 3 }, { type: 'ok', step: 1 }] }, stmt: stmt('SELECT 4') },
              { condition: { type: 'is_autocommit' }, stmt: stmt('BEGIN') },
              { condition: { type: 'is_autocommit' }, stmt: stmt('SELECT 5') },
              { condition: { type: 'not', cond: { type: 'is_autocommit' } }, stmt: stmt('ROLLBACK') },
            ],
          },
        },
        { type: 'get_autocommit' },
        { type: 'close' },
      ],
    })
    const [batch, autocommit, close] = body.results
    const ran = batch.response.result.step_results.map((r: unknown) => r !== null)
    const failed = batch.response.result.step_errors.map((e: unknown) => e !== null)
    expect(ran).toEqual([true, false, true, false, false, true, false, true])
    expect(failed).toEqual([false, true, false, false, false, false, false, false])
    expect(batch.response.result.step_errors[1].code).toBe('SQLITE_ERROR')
    expect(batch.response.result.step_results[2].rows).toEqual([[{ type: 'integer', value: '2' }]])
    expect(autocommit.response).toEqual({ type: 'get_autocommit', is_autocommit: true })
    expect(close.response.type).toBe('close')
    expect(body.baton).toBeNull()
  })

  it('hands out a fresh baton per response and refuses a spent one', async () => {
    const first = await pipeline({ requests: [{ type: 'store_sql', sql_id: 1, sql: 'SELECT 7' }] }, 'v2')
    const baton = first.body.baton
    expect(typeof baton).toBe('string')
    const second = await pipeline({ baton, requests: [{ type: 'execute', stmt: { sql_id: 1, want_rows: true } }] }, 'v2')
    expect(second.body.results[0].response.result.rows).toEqual([[{ type: 'integer', value: '7' }]])
    expect(second.body.baton).not.toBe(baton)
    const spent = await pipeline({ baton, requests: [{ type: 'close' }] }, 'v2')
    expect(spent.status).toBe(400)
    expect(spent.body.code).toBe('STREAM_EXPIRED')
    await pipeline({ baton: second.body.baton, requests: [{ type: 'close' }] }, 'v2')
  })
})
