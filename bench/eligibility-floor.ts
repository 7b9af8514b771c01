/**
 * The reading floor of the eligibility bench: the bare echo plus the reads a "no" cannot
 * skip — the person's aliases and their whole contact history, the very statements the
 * real path sends (worker/respondents.ts, worker/eligibility/queries.ts), through the
 * same engine on the same file — and nothing else: no key, validation, rate limit, CORS,
 * decision or response shaping. It shows how much of the bare echo's throughput any
 * server that reads the person's history before answering can keep.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { join } from 'node:path'
import { historyStatements } from '../worker/eligibility/queries'
import { aliasStatements } from '../worker/respondents'
import { openDatabase } from '../worker/runtime/node/database'

const { store } = await openDatabase(`file:${join(process.env.TENPOINT_DATA_DIR!, 'tenpoint.db')}`)
const project = process.env.PROJECT_ID!
const DAY = 86_400_000

const app = new Hono()
app.post('/echo', async (c) => {
  const b = await c.req.json()
  const anon = `a:${b.anonymous_id}`
  const now = Date.now()
  const [, merged] = await store.read(aliasStatements(project, anon, null))
  const keys = [anon, ...merged.rows.map((r) => String(r.anonKey))]
  const [history] = await store.read(historyStatements(project, keys, b.session_id, now - 400 * DAY, now))
  return c.json({ ...b, h: history.rows.length }, 200)
})
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (i) => console.log(`listening ${i.port}`))
