/**
 * The browser suite's world: the real app on a real port over a fresh libSQL database,
 * the built widget and the fixture pages (plain HTML standing for customers' pages) on
 * the same origin, a second origin for "the customer's site is elsewhere", a collector
 * for CSP violation reports, and a Chromium driven by playwright-core.
 *
 * Two database set-ups, both real engines: the embedded file with the group-commit
 * writer (what `npm start` runs), or libSQL over HTTP through the Hrana test peer (what
 * Workers run), which a test can take down and bring back.
 * @module
 */
import { serve, type ServerType } from '@hono/node-server'
import type { Client } from '@libsql/client'
import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createApp } from '../../worker/app'
import type { Config } from '../../worker/config'
import { createProject, createSurvey } from '../../worker/db/seed'
import { openDatabase, type NodeDatabase } from '../../worker/runtime/node/database'
import { mountStatic } from '../../worker/runtime/node/static'
import { loadConfig } from '../../worker/config'
import { createRunner } from '../../worker/outbox/runner'
import { startLoop, type Loop } from '../../worker/runtime/node/loop'
import { closedLoopChecks } from '../../worker/followups/sla-scan'
import { allOf, retagPass } from '../../worker/themes/retag'
import { nodeOutbound } from '../../worker/runtime/node/outbound'
import { startHranaPeer, type HranaPeer } from '../support/hrana-peer'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
/** The built widget (worker/runtime/node/static.ts serves it from ./dist/widget, relative to the repo root). */
export const WIDGET_DIR = join(ROOT, 'dist', 'widget')
export const FIXTURES_DIR = join(ROOT, 'test', 'browser', 'fixtures')
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts')
export const CHROMIUM_PATH = process.env.TENPOINT_CHROMIUM ?? '/usr/bin/chromium'

/** What an ordinary desktop Chrome says (the headless default says "HeadlessChrome", which isbot flags). */
export const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36'
/** An Android WebView (the hosted page's home). */
export const WEBVIEW_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/136.0.0.0 Mobile Safari/537.36'

// ---------------------------------------------------------------------------
// Is there a browser? Under CI its absence is a failure, on a laptop a skip.
// ---------------------------------------------------------------------------

function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true
  const msg = `Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium: apt-get install -y chromium, or set TENPOINT_CHROMIUM).`
  if (process.env.CI === 'true') throw new Error(`browser suite: ${msg} CI needs it, so this fails rather than skipping.`)
  console.warn(`browser suite skipped: ${msg}`)
  return false
}
export const browserAvailable = chromiumPresent()

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/**
 * What every browser suite shares: one harness (app, database, static files) and one
 * Chromium for the file, and a fresh browser context per test, closed after it. The
 * fields are filled in by the suite's beforeAll.
 */
export function browserSuite(o: { harness?: Parameters<typeof startHarness>[0]; afterEach?: (h: Harness) => unknown } = {}) {
  const suite = {} as { h: Harness; browser: Browser; context?: BrowserContext; newContext(opts: BrowserContextOptions): Promise<BrowserContext> }
  suite.newContext = async (opts) => (suite.context = await suite.browser.newContext(opts))
  beforeAll(async () => {
    ;[suite.h, suite.browser] = await Promise.all([startHarness(o.harness), launchBrowser()])
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.h?.close()
  })
  afterEach(async () => {
    await suite.context?.close()
    suite.context = undefined
    await o.afterEach?.(suite.h)
  })
  return suite
}

/** Context options for a desktop visitor; tests override what they need. */
export const desktop = (o: BrowserContextOptions = {}): BrowserContextOptions => ({
  userAgent: DESKTOP_UA,
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  ...o,
})

/** A phone (the hosted page in a webview). */
export const phone = (o: BrowserContextOptions = {}): BrowserContextOptions => ({
  userAgent: WEBVIEW_UA,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'en-US',
  ...o,
})

// ---------------------------------------------------------------------------
// The widget build: once, even when several suite files start at the same moment.
// ---------------------------------------------------------------------------

export function ensureWidgetBuilt(): void {
  const target = join(WIDGET_DIR, 'tenpoint.js')
  if (existsSync(target)) return
  const lock = join(ROOT, 'dist', '.browser-suite-build.lock')
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // Someone else is building; a lock older than the deadline is stale.
      if (existsSync(target)) return
      if (Date.now() > deadline) throw new Error('browser suite: timed out waiting for another widget build')
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmdirSync(lock)
      } catch {}
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    if (!existsSync(target)) {
      console.log('browser suite: building the widget (dist/widget/tenpoint.js is missing)')
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.config.ts'], { cwd: ROOT, stdio: 'inherit' })
    }
  } finally {
    rmdirSync(lock)
  }
  if (!existsSync(target)) throw new Error('browser suite: the widget build finished without dist/widget/tenpoint.js')
}

// ---------------------------------------------------------------------------
// The servers.
// ---------------------------------------------------------------------------

/** Response headers per fixture page (the pages stand for customers' sites and their policies). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; report-uri /csp-report"
const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  'csp.html': { 'Content-Security-Policy': STRICT_CSP },
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
}

/** A file under `dir`, or null (never outside it). */
function fileUnder(dir: string, urlPath: string): string | null {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const path = normalize(join(dir, rel))
  if (path !== dir && !path.startsWith(dir + sep)) return null
  try {
    return statSync(path).isFile() ? path : null
  } catch {
    return null
  }
}

function fixtureResponse(name: string, vars: Record<string, string>): Response | null {
  const path = fileUnder(FIXTURES_DIR, name)
  if (!path) return null
  const ext = extname(path)
  const raw = readFileSync(path)
  const body: BodyInit = ext === '.html' || ext === '.js' || ext === '.css' ? raw.toString('utf8').replace(/\{\{(\w+)\}\}/g, (m, k: string) => vars[k] ?? m) : new Uint8Array(raw) as Uint8Array<ArrayBuffer>
  const base = name.split('/').pop()!
  return new Response(body, {
    headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store', ...FIXTURE_HEADERS[base] },
  })
}

function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ server: ServerType; origin: string }> {
  return new Promise((res) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => res({ server, origin: `http://127.0.0.1:${info.port}` }))
  })
}

const closeServer = (s: ServerType) =>
  new Promise<void>((res) => {
    ;(s as unknown as { closeAllConnections?: () => void }).closeAllConnections?.()
    s.close(() => res())
  })

export interface LoggedRequest {
  method: string
  path: string
  status: number
  retryAfter: string | null
  at: number
}

export interface ResponseRow {
  row_id: number
  client_id: string
  survey_id: string
  respondent_key: string
  anonymous_id: string
  user_id: string | null
  verified: number
  trigger_key: string
  score: number
  comment: string | null
  locale: string | null
  channel: string | null
  flags: string
  counted: number
  created_at: number
  commented_at: number | null
}

export interface Harness {
  /** The Tenpoint server: API, widget files and fixtures. */
  origin: string
  /** Another origin serving the same fixtures (a customer's site that embeds the tag). */
  otherOrigin: string
  project: { id: string; publicKey: string; secretKey: string }
  /** The transactional survey opened by `Order_Delivered`. */
  surveyId: string
  client: Client
  /** Present with `remote: true`: the database's HTTP server, to take down and bring back. */
  peer: HranaPeer | null
  /** Every CSP violation report the browser sent (raw bodies). */
  cspReports: string[]
  /** Every request the Tenpoint server answered. */
  log: LoggedRequest[]
  /** URL of a fixture page on the Tenpoint origin (or `other: true` for the other origin). */
  page(name: string, params?: Record<string, string | undefined>, o?: { other?: boolean }): string
  /** URL of the hosted survey page, as an app would open it in a webview. */
  hosted(params: Record<string, string | undefined>): string
  /** HMAC-SHA256(secret key, user id), hex: what the product's backend puts in the page. */
  userHash(userId: string): string
  rows(where?: string, ...args: (string | number | null)[]): Promise<ResponseRow[]>
  /** Poll until `rows(where)` has `n` rows (fails after `timeoutMs`). */
  waitForRows(n: number, where?: string, args?: (string | number | null)[], timeoutMs?: number): Promise<ResponseRow[]>
  close(): Promise<void>
}

export interface HarnessOptions {
  /** Put the database behind the Hrana peer (libSQL over HTTP) so it can be taken down. */
  remote?: boolean
  retryAfterSeconds?: number
  /** More app configuration (e.g. a higher sign-in limit for a suite that signs in often). */
  config?: Partial<Config>
  /** Run the closed loop as `npm start` does: the delivery loop in this process, and real outbound requests. */
  closedLoop?: boolean
}

let orderSeq = 0
/** A fresh order id: invitations are once per order, so every test needs its own. */
export const orderId = (prefix = 'A') => `${prefix}-${Date.now().toString(36)}-${++orderSeq}`

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  ensureWidgetBuilt()
  // mountStatic serves ./dist/widget relative to the working directory, as `npm start` does.
  if (resolve(process.cwd()) !== ROOT) process.chdir(ROOT)
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-browser-'))
  const file = join(dir, 'tenpoint.db')
  let peer: HranaPeer | null = null
  let db: NodeDatabase
  if (o.remote) {
    peer = await startHranaPeer({ path: file })
    db = await openDatabase(peer.url)
  } else {
    // The Node entry's store: writes grouped into shared transactions, as `npm start` runs it.
    db = await openDatabase(`file:${file}`)
  }
  const { client, store } = db
  const closeStore = () => db.close()

  const project = await createProject(client, { name: 'Acme Shop', settings: { productName: 'Acme Shop' } })
  const surveyId = await createSurvey(client, {
    id: 'srv_orders',
    projectId: project.id,
    kind: 'transactional',
    name: 'Order delivered',
    rules: {
      triggerEvents: ['Order_Delivered'],
      clientTriggers: true,
      triggerWindowHours: 72,
      // Tests answer faster than people; the "too fast" flag is tested at the route level.
      minAnswerMs: 0,
      fingerprintDailyCap: 100_000,
    },
    content: { product: 'Acme Shop', theme: { brand: '#4f46e5', position: 'bottom-right', mode: 'auto' } },
  })

  const config: Config = { ...loadConfig({}), rateLimitPerIp: 1_000_000, retryAfterSeconds: o.retryAfterSeconds ?? 2, ...o.config }
  // The background pass tags comments as `npm start` does; with `closedLoop` it also delivers.
  const loop: Loop = startLoop(
    createRunner({ db: store, config, clock: Date.now, outbound: nodeOutbound, before: o.closedLoop ? allOf(closedLoopChecks(store, config), retagPass(store)) : retagPass(store) }),
    200,
    config.outboxBatch,
  )
  const app = createApp({
    db: store,
    clientIp: () => '203.0.113.50',
    cacheTtlMs: 0,
    config,
    scheduler: loop,
    ...(o.closedLoop ? { outbound: nodeOutbound } : {}),
  })
  const cspReports: string[] = []
  const log: LoggedRequest[] = []
  /** Filled into fixtures: where the tag comes from and the project's public key. */
  const vars: Record<string, string> = { KEY: project.publicKey }

  app.post('/csp-report', async (c) => {
    cspReports.push(await c.req.text())
    return c.body(null, 204)
  })
  app.get('/fixtures/*', (c) => fixtureResponse(c.req.path.slice('/fixtures/'.length), vars) ?? c.notFound())
  // The widget's files, served exactly as the Node entry serves them (`npm start`).
  mountStatic(app, project.publicKey)

  const main = await listen(async (req) => {
    const res = await app.fetch(req)
    const url = new URL(req.url)
    log.push({ method: req.method, path: url.pathname, status: res.status, retryAfter: res.headers.get('retry-after'), at: Date.now() })
    return res
  })
  vars.API = main.origin

  // The customer's own site: the same fixtures, the tag still pointing at the Tenpoint origin.
  const other = await listen((req) => {
    const url = new URL(req.url)
    if (url.pathname.startsWith('/fixtures/')) return fixtureResponse(url.pathname.slice('/fixtures/'.length), vars) ?? new Response('not found', { status: 404 })
    return new Response('not found', { status: 404 })
  })

  const query = (params: Record<string, string | undefined> = {}) => {
    const q = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v)
    const s = q.toString()
    return s ? `?${s}` : ''
  }
  const rows: Harness['rows'] = async (where = '1 = 1', ...args) => {
    const stmt = { sql: `SELECT * FROM responses WHERE ${where} ORDER BY row_id`, args }
    // After the peer came back, the first request may still go out on a socket it closed.
    const rs = await client.execute(stmt).catch(() => client.execute(stmt))
    return rs.rows.map((r) => ({ ...r })) as unknown as ResponseRow[]
  }

  return {
    origin: main.origin,
    otherOrigin: other.origin,
    project,
    surveyId,
    client,
    peer,
    cspReports,
    log,
    page: (name, params, opts) => `${opts?.other ? other.origin : main.origin}/fixtures/${name}${query(params)}`,
    hosted: (params) => `${main.origin}/hosted.html${query(params)}`,
    userHash: (userId) => createHmac('sha256', project.secretKey).update(userId).digest('hex'),
    rows,
    async waitForRows(n, where, args = [], timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      let last: ResponseRow[] = []
      for (;;) {
        try {
          last = await rows(where, ...args)
          if (last.length === n) return last
        } catch {
          // the database may be down on purpose; keep polling
        }
        if (Date.now() > deadline) throw new Error(`expected ${n} response row(s) where ${where ?? 'true'} [${args.join(', ')}], found ${last.length}: ${JSON.stringify(last)}`)
        await sleep(100)
      }
    },
    async close() {
      await loop.stop()
      await closeServer(main.server)
      await closeServer(other.server)
      await closeStore()
      if (peer) await peer.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
