/**
 * A test peer that speaks libSQL's HTTP protocol (Hrana v2/v3 over HTTP, JSON encoding)
 * on top of the real libSQL engine, standing in for sqld/Turso where neither can be
 * installed. Streams (batons) keep their own connection so interactive transactions work;
 * `stop()` closes the socket and drops open connections, so clients see the database
 * go away, and `start()` brings it back on the same port with the same file.
 * @module
 */
import Database from 'libsql'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

type Conn = InstanceType<typeof Database>
type Value = { type: 'null' } | { type: 'integer'; value: string } | { type: 'float'; value: number } | { type: 'text'; value: string } | { type: 'blob'; base64: string }
interface Stmt {
  sql?: string
  sql_id?: number
  args?: Value[]
  named_args?: { name: string; value: Value }[]
  want_rows?: boolean
}
type Cond = { type: 'ok' | 'error'; step: number } | { type: 'not'; cond: Cond } | { type: 'and' | 'or'; conds: Cond[] } | { type: 'is_autocommit' }
interface HranaError {
  message: string
  code: string
}

export interface HranaPeer {
  url: string
  port: number
  /** Pipeline requests served so far. */
  requests: number
  stop(): Promise<void>
  start(): Promise<void>
}

function decode(v: Value): unknown {
  switch (v.type) {
    case 'null':
      return null
    case 'integer':
      return BigInt(v.value)
    case 'float':
      return Number(v.value)
    case 'text':
      return v.value
    case 'blob':
      return Buffer.from(v.base64, 'base64')
  }
}

function encode(x: unknown): Value {
  if (x === null || x === undefined) return { type: 'null' }
  if (typeof x === 'bigint') return { type: 'integer', value: x.toString() }
  if (typeof x === 'number') return Number.isInteger(x) ? { type: 'integer', value: String(x) } : { type: 'float', value: x }
  if (typeof x === 'string') return { type: 'text', value: x }
  if (x instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(x).toString('base64') }
  return { type: 'text', value: String(x) }
}

const asError = (e: unknown): HranaError => ({
  message: e instanceof Error ? e.message : String(e),
  code: (e as { code?: string }).code ?? 'SQLITE_ERROR',
})

class Session {
  sqls = new Map<number, string>()
  constructor(readonly db: Conn) {}

  execute(s: Stmt) {
    const sql = s.sql ?? this.sqls.get(s.sql_id!)
    if (sql === undefined) throw Object.assign(new Error('unknown sql_id'), { code: 'SQL_NOT_FOUND' })
    const st = this.db.prepare(sql).safeIntegers(true)
    const args: unknown = s.named_args?.length
      ? Object.fromEntries(s.named_args.map((a) => [a.name.replace(/^[:@$]/, ''), decode(a.value)]))
      : (s.args ?? []).map(decode)
    if (st.reader) {
      const cols = (st.columns() as { name: string; type: string | null }[]).map((c) => ({ name: c.name, decltype: c.type ?? null }))
      const rows = (st.raw(true).all(args) as unknown[][]).map((r) => r.map(encode))
      return { cols, rows, affected_row_count: 0, last_insert_rowid: null, rows_read: rows.length, rows_written: 0 }
    }
    const info = st.run(args) as { changes: number; lastInsertRowid: number | bigint }
    return { cols: [], rows: [], affected_row_count: Number(info.changes), last_insert_rowid: String(info.lastInsertRowid), rows_read: 0, rows_written: Number(info.changes) }
  }

  batch(steps: { condition?: Cond | null; stmt: Stmt }[]) {
    const results: unknown[] = []
    const errors: (HranaError | null)[] = []
    const holds = (c: Cond | null | undefined): boolean => {
      if (!c) return true
      switch (c.type) {
        case 'ok':
          return results[c.step] != null
        case 'error':
          return errors[c.step] != null
        case 'not':
          return !holds(c.cond)
        case 'and':
          return c.conds.every(holds)
        case 'or':
          return c.conds.some(holds)
        case 'is_autocommit':
          return !this.db.inTransaction
      }
    }
    for (const step of steps) {
      if (!holds(step.condition)) {
        results.push(null)
        errors.push(null)
        continue
      }
      try {
        results.push(this.execute(step.stmt))
        errors.push(null)
      } catch (e) {
        results.push(null)
        errors.push(asError(e))
      }
    }
    return { step_results: results, step_errors: errors }
  }
}

export async function startHranaPeer(opts: { path: string; port?: number }): Promise<HranaPeer> {
  const streams = new Map<string, Session>()
  let nextBaton = 1
  const open = () => {
    const db = new Database(opts.path)
    db.exec('PRAGMA busy_timeout = 5000')
    return new Session(db)
  }

  function pipeline(body: { baton: string | null; requests: { type: string; [k: string]: unknown }[] }) {
    let session = body.baton ? streams.get(body.baton) : open()
    if (!session) return { status: 400, json: { message: 'unknown baton' } }
    if (body.baton) streams.delete(body.baton)
    let closed = false
    const results = body.requests.map((r) => {
      try {
        switch (r.type) {
          case 'execute':
            return ok({ type: 'execute', result: session!.execute(r.stmt as Stmt) })
          case 'batch':
            return ok({ type: 'batch', result: session!.batch((r.batch as { steps: { condition?: Cond; stmt: Stmt }[] }).steps) })
          case 'sequence': {
            const sql = (r.sql as string | undefined) ?? session!.sqls.get(r.sql_id as number)
            session!.db.exec(sql ?? '')
            return ok({ type: 'sequence' })
          }
          case 'store_sql':
            session!.sqls.set(r.sql_id as number, r.sql as string)
            return ok({ type: 'store_sql' })
          case 'close_sql':
            session!.sqls.delete(r.sql_id as number)
            return ok({ type: 'close_sql' })
          case 'get_autocommit':
            return ok({ type: 'get_autocommit', is_autocommit: !session!.db.inTransaction })
          case 'describe':
            return { type: 'error', error: { message: 'describe is not supported by this test peer', code: 'NOT_SUPPORTED' } }
          case 'close':
            closed = true
            return ok({ type: 'close' })
          default:
            return { type: 'error', error: { message: `unknown request ${r.type}`, code: 'UNKNOWN_REQUEST' } }
        }
      } catch (e) {
        return { type: 'error', error: asError(e) }
      }
    })
    let baton: string | null = null
    if (closed) session.db.close()
    else {
      baton = `b${nextBaton++}`
      streams.set(baton, session)
    }
    return { status: 200, json: { baton, base_url: null, results } }
  }

  const peer: HranaPeer = { url: '', port: opts.port ?? 0, requests: 0, stop: async () => {}, start: async () => {} }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const send = (status: number, body?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(body === undefined ? '' : JSON.stringify(body))
      }
      const path = (req.url ?? '/').split('?')[0]
      if (req.method === 'GET' && (path === '/v2' || path === '/v3' || path === '/health')) return send(200)
      if (req.method === 'POST' && (path === '/v2/pipeline' || path === '/v3/pipeline')) {
        peer.requests++
        try {
          const out = pipeline(JSON.parse(Buffer.concat(chunks).toString('utf8')))
          return send(out.status, out.json)
        } catch (e) {
          return send(400, { message: asError(e).message })
        }
      }
      send(404, { message: 'not found' })
    })
  })

  const listen = () =>
    new Promise<void>((resolve) => {
      server.listen(peer.port, '127.0.0.1', () => {
        peer.port = (server.address() as AddressInfo).port
        peer.url = `http://127.0.0.1:${peer.port}`
        resolve()
      })
    })
  peer.start = listen
  peer.stop = () =>
    new Promise<void>((resolve) => {
      for (const s of streams.values()) s.db.close()
      streams.clear()
      server.close(() => resolve())
      server.closeAllConnections()
    })
  await listen()
  return peer
}

const ok = (response: unknown) => ({ type: 'ok', response })
