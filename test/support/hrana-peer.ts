/**
 * A test peer that speaks libSQL's HTTP protocol (Hrana over HTTP: the JSON pipeline
 * endpoints of versions 2 and 3) on top of the real libSQL engine, so `@libsql/client`
 * and `@libsql/client/web` can use `http://127.0.0.1:PORT` as if it were sqld/Turso.
 *
 * Model, and where it differs from sqld:
 * - One engine connection serves every stream. Each pipeline request runs as one
 *   synchronous unit, so requests never interleave statement by statement.
 * - A stream that ends a request inside a transaction (an interactive `transaction()`)
 *   owns the connection until it commits, rolls back, closes or goes idle. Requests of
 *   other streams wait for it (up to BUSY_TIMEOUT_MS, then fail with SQLITE_BUSY).
 *   sqld gives each stream its own connection, so there a reader would see the last
 *   committed snapshot instead of waiting.
 * - Only the JSON encoding is served. `GET /v3-protobuf` answers 404, which is how the
 *   client learns to fall back to `/v2` (and by default it never probes at all).
 * @module
 */
import Database from 'libsql'
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface HranaPeerOptions {
  /** SQLite file path, or ':memory:'. Either way the data survives stop()/start(). */
  path: string
  /** Port to listen on; 0 (the default) picks a free one, kept across restarts. */
  port?: number
}

export interface HranaPeer {
  /** Base URL for `createClient({ url })`, e.g. `http://127.0.0.1:43123`. */
  readonly url: string
  readonly port: number
  /** HTTP requests received so far, of any kind (pipelines, version probes, 404s). */
  readonly requests: number
  /** Closes the listening socket and destroys open connections ("database down"). */
  stop(): Promise<void>
  /** Listens again on the same port, serving the same database ("database back"). */
  start(): Promise<void>
  /** stop(), then closes the engine connection for good. */
  close(): Promise<void>
}

/** How long a request waits for another stream's open transaction before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000
/** How long a stream may sit idle before its baton expires (sqld uses a similar window). */
const STREAM_IDLE_MS = 10_000

// ---------------------------------------------------------------------------
// Wire format (JSON), as written by @libsql/hrana-client's http/json_encode.js and
// read by its json_decode.js.
// ---------------------------------------------------------------------------

type WireValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string }

interface SqlRef {
  sql?: string | null
  sql_id?: number | null
}

interface WireStmt extends SqlRef {
  args?: WireValue[]
  named_args?: { name: string; value: WireValue }[]
  want_rows?: boolean
}

type WireCond =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: WireCond }
  | { type: 'and' | 'or'; conds: WireCond[] }
  | { type: 'is_autocommit' }

interface WireBatch {
  steps: { condition?: WireCond | null; stmt: WireStmt }[]
}

type WireRequest =
  | { type: 'close' }
  | { type: 'execute'; stmt: WireStmt }
  | { type: 'batch'; batch: WireBatch }
  | ({ type: 'sequence' } & SqlRef)
  | ({ type: 'describe' } & SqlRef)
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'get_autocommit' }

interface WireError {
  message: string
  code: string
}

interface StmtResult {
  cols: { name: string | null; decltype: string | null }[]
  rows: WireValue[][]
  affected_row_count: number
  last_insert_rowid: string | null
}

interface BatchResult {
  step_results: (StmtResult | null)[]
  step_errors: (WireError | null)[]
}

type StreamResponse = { type: string } & Record<string, unknown>
type StreamResult = { type: 'ok'; response: StreamResponse } | { type: 'error'; error: WireError }

/** An error the client should receive as a Hrana error (and so as a LibsqlError). */
class HranaError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }

  wire(): WireError {
    return { message: this.message, code: this.code }
  }
}

const protoError = (message: string) => new HranaError(message, 'HRANA_PROTO_ERROR')

function decodeValue(v: WireValue | undefined): unknown {
  switch (v?.type) {
    case 'null':
      return null
    case 'integer':
      // A bigint is what makes the engine bind an INTEGER (a JS number binds as REAL).
      if (typeof v.value !== 'string' || !/^-?\d+$/.test(v.value)) throw protoError(`Bad integer value ${JSON.stringify(v.value)}`)
      return BigInt(v.value)
    case 'float':
      return Number(v.value)
    case 'text':
      return String(v.value)
    case 'blob':
      return Buffer.from(v.base64 ?? '', 'base64')
    default:
      throw protoError(`Unsupported value ${JSON.stringify(v)}`)
  }
}

function encodeValue(x: unknown): WireValue {
  if (x === null) return { type: 'null' }
  // Statements run with safeIntegers, so INTEGER arrives as bigint and a number is always REAL.
  if (typeof x === 'bigint') return { type: 'integer', value: x.toString() }
  if (typeof x === 'number') return { type: 'float', value: x }
  if (typeof x === 'string') return { type: 'text', value: x }
  if (x instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('base64') }
  throw new Error(`The engine returned a value of unexpected type ${typeof x}`)
}

/**
 * True if `sql` has a `?` placeholder outside literals and comments. The engine's
 * named binding aborts the whole process (a Rust panic) on placeholders without a
 * name, so such statements must be refused before they reach it.
 */
function hasNamelessParameter(sql: string): boolean {
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]
    const skipTo = (end: string, from: number) => {
      const j = sql.indexOf(end, from)
      return j < 0 ? sql.length : j + end.length - 1
    }
    if (c === '?') return true
    // A doubled quote inside a literal just closes and reopens it, which this handles too.
    if (c === "'" || c === '"' || c === '`') i = skipTo(c, i + 1)
    else if (c === '[') i = skipTo(']', i + 1)
    else if (c === '-' && sql[i + 1] === '-') i = skipTo('\n', i + 2)
    else if (c === '/' && sql[i + 1] === '*') i = skipTo('*/', i + 2)
  }
  return false
}

// ---------------------------------------------------------------------------
// Engine: the real libSQL, through the `libsql` package's synchronous API.
// ---------------------------------------------------------------------------

type Connection = InstanceType<typeof Database>
type Statement = ReturnType<Connection['prepare']>

/** Maps an engine failure to what sqld would send: the primary SQLITE_* code and the engine's message. */
function engineError(e: unknown): unknown {
  if (!(e instanceof Database.SqliteError)) return e
  // Preparing whitespace or a lone comment yields a statement that fails with "not an error".
  if (e.code === 'SQLITE_OK') return new HranaError('SQL string does not contain any statement', 'SQL_NO_STATEMENT')
  // sqld reports primary codes (SQLITE_CONSTRAINT, not SQLITE_CONSTRAINT_UNIQUE).
  return new HranaError(e.message, /^SQLITE_[A-Z]+/.exec(e.code)?.[0] ?? 'SQLITE_ERROR')
}

class Engine {
  private readonly db: Connection
  /** Reads changes(), total_changes() and last_insert_rowid() without touching them. */
  private readonly counters: Statement

  constructor(path: string) {
    this.db = new Database(path)
    this.counters = this.db.prepare('SELECT changes(), total_changes(), last_insert_rowid()').raw().safeIntegers()
  }

  get inTransaction(): boolean {
    return this.db.inTransaction
  }

  execute(sql: string, stmt: WireStmt): StmtResult {
    const params = bindings(sql, stmt)
    try {
      const totalBefore = this.readCounters()[1]
      const prepared = this.db.prepare(sql)
      let cols: StmtResult['cols'] = []
      let rows: WireValue[][] = []
      // raw() only exists for statements that return rows; the rest must go through run().
      if (prepared.reader) {
        prepared.raw().safeIntegers()
        cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type }))
        // Rows are read even when unwanted: INSERT … RETURNING only writes while stepped.
        const out = prepared.all(params) as unknown[][]
        if (stmt.want_rows !== false) rows = out.map((row) => row.map(encodeValue))
      } else {
        prepared.run(params)
      }
      const [changes, totalAfter, rowid] = this.readCounters()
      // changes() keeps the count of the last INSERT/UPDATE/DELETE, even across a later
      // SELECT or DDL; only report it if this statement actually changed rows.
      const affected = totalAfter === totalBefore ? 0 : Number(changes)
      return { cols, rows, affected_row_count: affected, last_insert_rowid: rowid.toString() }
    } catch (e) {
      throw engineError(e)
    }
  }

  /** Runs several statements separated by semicolons, like sqld's `sequence`. */
  sequence(sql: string): void {
    try {
      this.db.exec(sql)
    } catch (e) {
      throw engineError(e)
    }
  }

  rollbackOpenTransaction(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
  }

  close(): void {
    this.db.close()
  }

  private readCounters(): [bigint, bigint, bigint] {
    return (this.counters.all([]) as [bigint, bigint, bigint][])[0]
  }
}

/** Positional args bind by index; named args bind by name without the `:`/`@`/`$` prefix. */
function bindings(sql: string, stmt: WireStmt): unknown[] | Record<string, unknown> {
  const args = (stmt.args ?? []).map(decodeValue)
  const named = stmt.named_args ?? []
  if (named.length === 0) return args
  if (args.length > 0) throw new HranaError('The test peer cannot mix positional args and named_args in one statement', 'ARGS_INVALID')
  if (hasNamelessParameter(sql)) throw new HranaError("The test peer cannot bind named_args to a statement with '?' placeholders", 'ARGS_INVALID')
  return Object.fromEntries(named.map((a) => [String(a.name).replace(/^[:@$]/, ''), decodeValue(a.value)]))
}

// ---------------------------------------------------------------------------
// Streams, batons and the HTTP server.
// ---------------------------------------------------------------------------

/** A Hrana stream: SQL texts stored by the client, and whether it has been closed. */
interface Stream {
  sqls: Map<number, string>
  closed: boolean
  idle?: NodeJS.Timeout
}

const VERSION_PATHS = new Set(['/v2', '/v3', '/health'])
const PIPELINE_PATHS = new Set(['/v2/pipeline', '/v3/pipeline'])

class Peer {
  requests = 0
  private readonly server = createServer((req, res) => void this.route(req, res))
  private readonly sockets = new Set<Socket>()
  /** Live streams by their current baton; every response hands out a fresh one. */
  private readonly streams = new Map<string, Stream>()
  /** The stream whose transaction is open on the connection, if any. */
  private owner: Stream | undefined
  private readonly waiters = new Set<() => void>()
  /** Bumped by stop(), so requests caught mid-flight do not run after a restart. */
  private epoch = 0
  private closed = false

  constructor(
    private readonly engine: Engine,
    public port: number,
  ) {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  async start(): Promise<void> {
    if (this.closed) throw new Error('The Hrana test peer has been closed')
    if (this.server.listening) return
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    this.port = (this.server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return
    this.epoch++
    // Like a restarted sqld: open transactions roll back and every baton becomes invalid.
    for (const stream of this.streams.values()) clearTimeout(stream.idle)
    this.streams.clear()
    this.engine.rollbackOpenTransaction()
    this.release()
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    // server.close() alone would let keep-alive connections linger and keep answering.
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  async close(): Promise<void> {
    await this.stop()
    if (!this.closed) this.engine.close()
    this.closed = true
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++
    const epoch = this.epoch
    const path = (req.url ?? '/').split('?')[0]
    try {
      if (req.method === 'GET' && VERSION_PATHS.has(path)) return send(res, 200, 'text/plain', '')
      if (req.method === 'POST' && PIPELINE_PATHS.has(path)) {
        const body = await readJson(req)
        if (epoch !== this.epoch) return
        const reply = await this.pipeline(body, epoch)
        if (reply) send(res, reply.status, 'application/json', JSON.stringify(reply.body))
        return
      }
      if (req.method === 'POST' && path === '/v3/cursor') return send(res, 501, 'text/plain', 'Cursors are not implemented by the Hrana test peer')
      send(res, 404, 'text/plain', `No route for ${req.method} ${path}`)
    } catch (e) {
      // The client turns an application/json body with a message into a ResponseError.
      if (e instanceof HranaError) return send(res, 400, 'application/json', JSON.stringify(e.wire()))
      send(res, 500, 'text/plain', e instanceof Error ? (e.stack ?? e.message) : String(e))
    }
  }

  private async pipeline(body: unknown, epoch: number): Promise<{ status: number; body: unknown } | undefined> {
    const { baton, requests } = parsePipeline(body)
    let stream: Stream
    if (baton === undefined) {
      stream = { sqls: new Map(), closed: false }
    } else {
      const found = this.streams.get(baton)
      if (!found) throw new HranaError('The stream for this baton has expired or never existed', 'STREAM_EXPIRED')
      this.streams.delete(baton)
      clearTimeout(found.idle)
      stream = found
    }

    const deadline = Date.now() + BUSY_TIMEOUT_MS
    while (this.owner && this.owner !== stream && Date.now() < deadline) {
      await this.released(deadline - Date.now())
      if (epoch !== this.epoch) return undefined
    }
    // From here on there is no await: the check above and the whole pipeline run as one
    // synchronous unit, so no other stream can slip in between.
    const locked = this.owner !== undefined && this.owner !== stream
    let results: StreamResult[]
    try {
      results = requests.map((request) => this.request(stream, request, locked))
    } catch (e) {
      // A peer bug (answered as HTTP 500) must not leave a half-done transaction behind
      // for the next stream to run inside.
      if (!locked) {
        this.engine.rollbackOpenTransaction()
        if (this.owner === stream) this.release()
      }
      throw e
    }

    if (!locked) {
      if (this.engine.inTransaction && !stream.closed) this.owner = stream
      else if (this.owner === stream) this.release()
    }
    let nextBaton: string | null = null
    if (!stream.closed) {
      const issued = randomUUID()
      nextBaton = issued
      this.streams.set(issued, stream)
      stream.idle = setTimeout(() => this.expire(issued), STREAM_IDLE_MS).unref()
    }
    // No base_url: the client keeps sending to the URL it was created with.
    return { status: 200, body: { baton: nextBaton, base_url: null, results } }
  }

  private request(stream: Stream, request: WireRequest, locked: boolean): StreamResult {
    try {
      if (stream.closed) throw new HranaError('The stream has already been closed', 'STREAM_CLOSED')
      return { type: 'ok', response: this.respond(stream, request, locked) }
    } catch (e) {
      if (e instanceof HranaError) return { type: 'error', error: e.wire() }
      throw e
    }
  }

  private respond(stream: Stream, request: WireRequest, locked: boolean): StreamResponse {
    // Statements cannot run while another stream's transaction holds the connection.
    const connection = () => {
      if (locked) throw new HranaError('database is locked', 'SQLITE_BUSY')
      return this.engine
    }
    switch (request.type) {
      case 'close':
        // Dropping a stream in sqld drops its connection, which rolls back its transaction.
        if (!locked) this.engine.rollbackOpenTransaction()
        stream.closed = true
        return { type: 'close' }
      case 'execute':
        return { type: 'execute', result: connection().execute(sqlOf(stream, request.stmt), request.stmt) }
      case 'batch':
        return { type: 'batch', result: this.batch(connection(), stream, request.batch) }
      case 'sequence':
        connection().sequence(sqlOf(stream, request))
        return { type: 'sequence' }
      case 'store_sql':
        if (typeof request.sql !== 'string' || typeof request.sql_id !== 'number') throw protoError('store_sql needs sql and sql_id')
        stream.sqls.set(request.sql_id, request.sql)
        return { type: 'store_sql' }
      case 'close_sql':
        stream.sqls.delete(request.sql_id)
        return { type: 'close_sql' }
      case 'get_autocommit':
        // A stream waiting behind another's transaction has none of its own.
        return { type: 'get_autocommit', is_autocommit: locked || !this.engine.inTransaction }
      case 'describe':
        throw new HranaError('describe is not implemented by the Hrana test peer', 'NOT_IMPLEMENTED')
      default:
        throw protoError(`Unknown request type ${JSON.stringify((request as { type?: unknown }).type)}`)
    }
  }

  private batch(engine: Engine, stream: Stream, batch: WireBatch): BatchResult {
    const steps = batch?.steps
    if (!Array.isArray(steps)) throw protoError('batch needs steps')
    steps.forEach((step, i) => step.condition && checkCond(step.condition, i))
    const results: BatchResult = { step_results: [], step_errors: [] }
    const holds = (cond: WireCond): boolean => {
      switch (cond.type) {
        case 'ok':
          return results.step_results[cond.step] !== null
        case 'error':
          return results.step_errors[cond.step] !== null
        case 'not':
          return !holds(cond.cond)
        case 'and':
          return cond.conds.every(holds)
        case 'or':
          return cond.conds.some(holds)
        case 'is_autocommit':
          return !engine.inTransaction
      }
    }
    for (const step of steps) {
      let result: StmtResult | null = null
      let error: WireError | null = null
      // A step whose condition fails is skipped: neither a result nor an error.
      if (!step.condition || holds(step.condition)) {
        try {
          result = engine.execute(sqlOf(stream, step.stmt), step.stmt)
        } catch (e) {
          if (!(e instanceof HranaError)) throw e
          error = e.wire()
        }
      }
      results.step_results.push(result)
      results.step_errors.push(error)
    }
    return results
  }

  private expire(baton: string): void {
    const stream = this.streams.get(baton)
    if (!stream) return
    this.streams.delete(baton)
    stream.closed = true
    if (this.owner === stream) {
      this.engine.rollbackOpenTransaction()
      this.release()
    }
  }

  private release(): void {
    this.owner = undefined
    for (const wake of [...this.waiters]) wake()
  }

  /** Resolves when the connection is released, or after `ms`, whichever comes first. */
  private released(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.waiters.add(done)
    })
  }
}

/** Conditions may only look back at earlier steps; sqld rejects the batch otherwise. */
function checkCond(cond: WireCond, stepIndex: number): void {
  switch (cond?.type) {
    case 'ok':
    case 'error':
      if (!Number.isInteger(cond.step) || cond.step < 0 || cond.step >= stepIndex) throw protoError(`Batch condition refers to step ${cond.step}, which does not run before step ${stepIndex}`)
      return
    case 'not':
      return checkCond(cond.cond, stepIndex)
    case 'and':
    case 'or':
      if (!Array.isArray(cond.conds)) throw protoError('Batch condition needs conds')
      return cond.conds.forEach((c) => checkCond(c, stepIndex))
    case 'is_autocommit':
      return
    default:
      throw protoError(`Unknown batch condition ${JSON.stringify(cond)}`)
  }
}

/** A statement carries either its SQL text or the id of a text stored with store_sql. */
function sqlOf(stream: Stream, ref: SqlRef | undefined): string {
  const { sql, sql_id: id } = ref ?? {}
  if (sql != null && id != null) throw protoError('Statement has both sql and sql_id')
  if (typeof sql === 'string') return sql
  if (id == null) throw protoError('Statement has neither sql nor sql_id')
  const stored = stream.sqls.get(id)
  if (stored === undefined) throw new HranaError(`SQL text ${id} was not stored on this stream`, 'SQL_NOT_FOUND')
  return stored
}

function parsePipeline(body: unknown): { baton: string | undefined; requests: WireRequest[] } {
  const b = body as { baton?: unknown; requests?: unknown } | null
  if (typeof b !== 'object' || b === null || !Array.isArray(b.requests)) throw protoError('Pipeline body needs a requests array')
  if (b.baton != null && typeof b.baton !== 'string') throw protoError('baton must be a string')
  return { baton: (b.baton as string | null) ?? undefined, requests: b.requests as WireRequest[] }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw protoError('Request body is not valid JSON')
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  // The client compares content-type exactly, so no "; charset=…" suffix.
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

/** Opens the database at `opts.path` and serves it over Hrana HTTP on 127.0.0.1. */
export async function startHranaPeer(opts: HranaPeerOptions): Promise<HranaPeer> {
  const engine = new Engine(opts.path)
  const peer = new Peer(engine, opts.port ?? 0)
  try {
    await peer.start()
  } catch (e) {
    engine.close()
    throw e
  }
  const port = peer.port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return peer.requests
    },
    stop: () => peer.stop(),
    start: () => peer.start(),
    close: () => peer.close(),
  }
}
