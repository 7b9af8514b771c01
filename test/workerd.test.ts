/**
 * The Workers entry, as deployed: wrangler builds the bundle, Miniflare runs it in
 * workerd, and it talks libSQL over HTTP to the real engine (through the Hrana test peer,
 * standing in for Turso/sqld). Eligibility → response → comment, end to end.
 */
import type { Client } from '@libsql/client'
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase } from '../worker/runtime/node/database'
import { createProject, createSurvey } from '../worker/db/seed'
import { startHranaPeer, type HranaPeer } from './support/hrana-peer'
import { ensureWorkersAssets } from './support/workers-assets'
import { UA } from './support/app'

let peer: HranaPeer
let client: Client
let mf: Miniflare
let key: string
let secret: string

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'tenpoint-workers-'))
  ensureWorkersAssets()
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { stdio: 'pipe', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  peer = await startHranaPeer({ path: join(out, 'db') })
  client = (await openDatabase(peer.url)).client
  const p = await createProject(client, { name: 'Edge shop' })
  key = p.publicKey
  secret = p.secretKey
  await createSurvey(client, { id: 'tx', projectId: p.id, kind: 'transactional', name: 'delivery', rules: { triggerEvents: ['Order_Delivered'], minAnswerMs: 0 } })
  await fetch(`${peer.url}/health`)
  mf = new Miniflare({
    modules: true,
    script: readFileSync(join(out, 'entry.js'), 'utf8'),
    scriptPath: join(out, 'entry.js'),
    modulesRoot: out,
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    bindings: { LIBSQL_URL: peer.url },
  })
  // A backend opens the invitation with the secret key.
  const inv = await mf.dispatchFetch('http://edge.test/v1/invitations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${p.secretKey}` },
    body: JSON.stringify({ user_id: 'u1', event: 'Order_Delivered', order_id: 'ord-9', channel: 'web' }),
  })
  expect(inv.status).toBe(201)
}, 180_000)

afterAll(async () => {
  await mf?.dispose()
  await peer?.stop()
})

const post = (path: string, body: unknown, method = 'POST') =>
  mf.dispatchFetch(`http://edge.test${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': UA, 'cf-connecting-ip': '198.51.100.5' },
    body: JSON.stringify(body),
  })

it('runs eligibility → response → comment in workerd against libSQL over HTTP', async () => {
  const d = (await (await post('/v1/eligibility', { anonymous_id: 'dev1', user_id: 'u1', session_id: 's1' })).json()) as { show: boolean; display: { token: string } }
  expect(d.show).toBe(true)
  const id = randomUUID()
  const r = await post('/v1/responses', { id, survey_id: 'tx', token: d.display.token, score: 10, anonymous_id: 'dev1', user_id: 'u1' })
  expect(r.status).toBe(201)
  const replay = await post('/v1/responses', { id, survey_id: 'tx', token: d.display.token, score: 10, anonymous_id: 'dev1', user_id: 'u1' })
  expect(replay.status).toBe(200)
  const c = await post(`/v1/responses/${id}`, { anonymous_id: 'dev1', comment: 'Courier was lovely' }, 'PATCH')
  expect(c.status).toBe(200)

  const rows = await client.execute('SELECT score, comment, counted, trigger_key FROM responses')
  expect(rows.rows.map((x) => ({ ...x }))).toEqual([{ score: 10, comment: 'Courier was lovely', counted: 1, trigger_key: 'ord-9' }])
  // The invitation for that order is answered: not asked again.
  const again = (await (await post('/v1/eligibility', { anonymous_id: 'dev1', user_id: 'u1', session_id: 's2' })).json()) as { reason: string }
  expect(again.reason).toBe('invitation_answered')
})

const read = (path: string, method = 'GET', body?: unknown) =>
  mf.dispatchFetch(`http://edge.test${path}`, {
    method,
    headers: { authorization: `Bearer ${secret}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })

it('reads answers and figures, excludes an answer and streams the export in workerd', async () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const period = `survey=tx&from=${day(Date.now() - 86_400_000)}&to=${day(Date.now() + 86_400_000)}`
  const stats = (await (await read(`/v1/stats?${period}`)).json()) as Record<string, unknown>
  expect(stats).toMatchObject({ kind: 'transactional', n: 1, promoters: 1, nps: 100, low_confidence: true, displays: 1, funnel: { invitations: 1, displayed: 1, answered: 1 } })
  const trend = (await (await read(`/v1/stats/trend?${period}&unit=day`)).json()) as { points: { n: number }[] }
  expect(trend.points.map((p) => p.n).reduce((a, b) => a + b)).toBe(1)
  const byChannel = (await (await read(`/v1/stats/breakdown?${period}&by=channel`)).json()) as { total: { n: number } }
  expect(byChannel.total.n).toBe(1)
  const list = (await (await read('/v1/answers?bucket=promoter&has_comment=true')).json()) as { answers: { id: string; comment: string }[] }
  expect(list.answers.map((a) => a.comment)).toEqual(['Courier was lovely'])
  const id = list.answers[0].id
  const one = (await (await read(`/v1/answers/${id}`)).json()) as { history: { kind: string }[] }
  expect(one.history.map((h) => h.kind)).toEqual(['comment'])
  const ex = await read(`/v1/answers/${id}/exclude`, 'POST', { reason: 'staff test' })
  expect(ex.status).toBe(200)
  expect(await (await read(`/v1/stats?${period}`)).json()).toMatchObject({ n: 0, excluded: { total: 1, by_reason: { excluded: 1 } } })
  expect((await read(`/v1/answers/${id}/reinstate`, 'POST', { reason: 'not a test' })).status).toBe(200)
  const csv = await read('/v1/answers/export.csv')
  expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  const bytes = new Uint8Array(await csv.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the BOM (text() would strip it)
  const text = new TextDecoder().decode(bytes)
  expect(text.startsWith('id,created_at')).toBe(true)
  expect(text).toContain('Courier was lovely')
  const nd = (await (await read('/v1/answers/export.ndjson')).text()).trim().split('\n')
  expect(nd.map((l) => JSON.parse(l).id)).toEqual([id])
})

it('themes on workerd: stored with the comment, filtered, counted; a project rename re-tags from the Cron Trigger', async () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const period = `survey=tx&from=${day(Date.now() - 86_400_000)}&to=${day(Date.now() + 86_400_000)}`
  const list = (await (await read('/v1/answers?theme=delivery')).json()) as { answers: { comment: string; themes: unknown }[] }
  expect(list.answers.map((a) => [a.comment, a.themes])).toEqual([['Courier was lovely', [{ theme: 'delivery', sentiment: 'positive' }]]])
  const stats = (await (await read(`/v1/stats/themes?${period}`)).json()) as Record<string, unknown>
  expect(stats).toMatchObject({ answers: 1, comments: 1, themes: [{ theme: 'delivery', mentions: 1, share_of_comments: { value: 1, n: 1 } }] })
  const trend = (await (await read(`/v1/stats/themes/trend?${period}&unit=week`)).json()) as { themes: { theme: string }[] }
  expect(trend.themes.map((t) => t.theme)).toEqual(['delivery'])
  const p = await read('/v1/project', 'PATCH', { themes: { rename: { delivery: 'shipping' } } })
  expect(p.status).toBe(200)
  const worker = await mf.getWorker()
  await worker.scheduled({ cron: '* * * * *' })
  const after = (await (await read('/v1/answers?theme=shipping')).json()) as { answers: { id: string; themes: unknown }[] }
  expect(after.answers.map((a) => a.themes)).toEqual([[{ theme: 'shipping', sentiment: 'positive' }]])

  // Japanese is cut into words by Intl.Segmenter in workerd as on Node: a project's keyword
  // is found in the middle of a run of kana and kanji (unsegmented, only a run's start matches).
  expect((await read('/v1/project', 'PATCH', { themes: { custom: [{ id: 'courier', keywords: ['配達'] }] } })).status).toBe(200)
  expect((await post(`/v1/responses/${after.answers[0].id}`, { anonymous_id: 'dev1', comment: 'ポイントが付かないし配達も遅い' }, 'PATCH')).status).toBe(200)
  await worker.scheduled({ cron: '* * * * *' })
  const ja = (await (await read('/v1/answers?theme=courier')).json()) as { answers: { comment: string; themes: { theme: string }[] }[] }
  expect(ja.answers.map((a) => [a.comment, a.themes.map((t) => t.theme)])).toEqual([['ポイントが付かないし配達も遅い', expect.arrayContaining(['courier'])]])
})

it('the management API on workerd: a token, a survey created and paused through the API, seen by the next eligibility call; an import', async () => {
  const call = (method: string, path: string, body: unknown, auth: string, type = 'application/json') =>
    mf.dispatchFetch(`http://edge.test${path}`, { method, headers: { 'content-type': type, authorization: `Bearer ${auth}` }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const made = (await (await call('POST', '/v1/tokens', { name: 'edge', scope: 'write' }, secret)).json()) as { token: string }
  const created = await call('POST', '/v1/surveys', { name: 'relationship', kind: 'relational', texts: { en: { question: 'Edge?' } } }, made.token)
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const shown = (await (await post('/v1/eligibility', { anonymous_id: 'edge-dev', session_id: 'e1', survey_id: id, locale: 'en' })).json()) as { show: boolean; survey: { texts: unknown } }
  expect(shown.survey.texts).toEqual({ question: 'Edge?' })
  expect((await call('POST', `/v1/surveys/${id}/pause`, '', made.token)).status).toBe(200)
  expect(await (await post('/v1/eligibility', { anonymous_id: 'edge-dev2', session_id: 'e2', survey_id: id })).json()).toEqual({ show: false, reason: 'survey_paused' })
  const ndjson = '{"external_id":"w1","score":9,"created_at":"2026-01-01T00:00:00Z"}\n{"external_id":"w2","score":11,"created_at":"2026-01-01T00:00:00Z"}\n'
  const report = (await (await call('POST', `/v1/surveys/${id}/import`, ndjson, made.token, 'application/x-ndjson')).json()) as { imported: number; refused: number }
  expect(report).toMatchObject({ imported: 1, refused: 1 })
})

it('the tag seen per origin on workerd: recorded under waitUntil, read through GET /v1/install/seen', async () => {
  const from = (origin: string) =>
    mf.dispatchFetch('http://edge.test/v1/eligibility', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': UA, origin },
      body: JSON.stringify({ anonymous_id: `seen-${randomUUID()}` }),
    })
  expect((await from('https://edge-shop.example')).status).toBe(200)
  await expect
    .poll(async () => ((await (await read('/v1/install/seen')).json()) as { origins: { origin: string }[] }).origins.map((o) => o.origin), { timeout: 10_000 })
    .toContain('https://edge-shop.example')
})

it('bad input and a missing database are problems, not crashes, on workerd too', async () => {
  const bad = await post('/v1/responses', { id: randomUUID(), survey_id: 'tx', score: 10.5, anonymous_id: 'x' })
  expect(bad.status).toBe(422)
  expect(bad.headers.get('content-type')).toBe('application/problem+json')
  await peer.stop()
  const down = await post('/v1/eligibility', { anonymous_id: 'dev2' })
  expect(down.status).toBe(503)
  expect(down.headers.get('retry-after')).toBeTruthy()
  await peer.start()
})
