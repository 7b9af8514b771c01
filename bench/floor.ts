/**
 * The storage floor for `npm run bench`: the bare echo plus the one thing the full path
 * cannot skip, storing the row — a plain INSERT of the same row into the same `responses`
 * table (same indexes, same migrations) through the same group-commit writer as the real
 * server. No validation, key, token, caps or dedupe. It shows how much of the bare
 * endpoint's throughput any server that commits each answer before its 2xx can keep.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { join } from 'node:path'
import { openDatabase } from '../worker/runtime/node/database'

const { store } = await openDatabase(`file:${join(process.env.TENPOINT_DATA_DIR!, 'floor.db')}`)

const INSERT = `INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, display_id, trigger_key,
  score, comment, payload_hash, write_nonce, fingerprint, created_at, counted, flags)
  VALUES (?, ?, 'transactional', ?, ?, ?, NULL, 'untriggered', ?, ?, '', '', 'bench', ?, 0, '[]')`

const app = new Hono()
app.post('/echo', async (c) => {
  const b = await c.req.json()
  await store.write([{ sql: INSERT, args: ['prj_floor', b.survey_id, b.id, `a:${b.anonymous_id}`, b.anonymous_id, b.score, b.comment ?? null, Date.now()] }])
  return c.json(b, 201)
})
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (i) => console.log(`listening ${i.port}`))
