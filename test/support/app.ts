/**
 * A fresh app on a fresh real libSQL file database for each route test, with a clock the
 * test controls and a known project. Nothing is mocked: the engine, the migrations and
 * the HTTP handling are the ones users run.
 * @module
 */
import type { Client } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp, type AppOptions } from '../../worker/app'
import { createProject, createSurvey, type NewSurvey } from '../../worker/db/seed'
import type { Store } from '../../worker/db/store'
import { openDatabase } from '../../worker/runtime/node/database'

export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)
export const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

export interface TestWorld {
  app: ReturnType<typeof createApp>
  client: Client
  store: Store
  project: { id: string; publicKey: string; secretKey: string }
  now: { t: number }
  /** Move the clock forward by ms. */
  advance(ms: number): void
  survey(s: Omit<NewSurvey, 'projectId'>): Promise<string>
  /** JSON request with the public key and a browser user agent. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  count(table: string, where?: string, ...args: unknown[]): Promise<number>
  /** What the secret side knows of an answer: counted or not, and its flags. */
  stored(clientId: string): Promise<{ counted: boolean; flags: string[] }>
  snapshot(): Promise<string>
  close(): Promise<void>
}

export async function world(opts: { settings?: Record<string, unknown>; app?: Partial<AppOptions>; ip?: string; group?: boolean } = {}): Promise<TestWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-'))
  // The Node server's store (grouped, prepared) by default; the remote/Workers one with group: false.
  const db = await openDatabase(`file:${join(dir, 'test.db')}`, { group: opts.group })
  const { client, store } = db
  const now = { t: T0 }
  const project = await createProject(client, { name: 'Acme', settings: opts.settings ?? {} }, T0)
  const app = createApp({
    db: store,
    clock: () => now.t,
    clientIp: (c) => c.req.header('x-test-ip') ?? opts.ip ?? '203.0.113.7',
    cacheTtlMs: 0,
    config: { rateLimitPerIp: 100_000, ...opts.app?.config },
    ...opts.app,
  })
  const w: TestWorld = {
    app,
    client,
    store,
    project,
    now,
    advance: (ms) => void (now.t += ms),
    survey: (s) => createSurvey(client, { ...s, projectId: project.id }, now.t),
    call: (method, path, body, headers) =>
      Promise.resolve(
        app.request(path, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${project.publicKey}`, 'user-agent': UA, ...headers },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    async count(table, where = '1 = 1', ...args) {
      const rs = await client.execute({ sql: `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, args: args as never })
      return Number(rs.rows[0].n)
    },
    async stored(clientId) {
      const rs = await client.execute({ sql: 'SELECT counted, flags FROM responses WHERE client_id = ?', args: [clientId] })
      const r = rs.rows[0]
      if (!r) throw new Error(`no response row ${clientId}`)
      return { counted: Number(r.counted) === 1, flags: JSON.parse(String(r.flags)) as string[] }
    },
    async snapshot() {
      const parts: string[] = []
      for (const t of ['responses', 'displays', 'invitations', 'aliases']) {
        const rs = await client.execute(`SELECT * FROM ${t} ORDER BY rowid`)
        parts.push(JSON.stringify(rs.rows))
      }
      return parts.join('\n')
    },
    async close() {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return w
}
