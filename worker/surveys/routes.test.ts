import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { T0, UA, world, type TestWorld } from '../../test/support/app'
import { asKey } from '../../test/support/secret'
import { createApp } from '../app'
import { ensureDemo } from '../db/seed'

let w: TestWorld
afterEach(() => w?.close())

const api = () => asKey(w, w.project.secretKey)
const ask = async (body: Record<string, unknown> = {}) => (await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', ...body })).json()

const FULL = {
  name: 'After delivery',
  kind: 'transactional',
  rules: {
    trigger_events: ['Order_Delivered', 'Ticket_Closed'],
    trigger_window_hours: 48,
    client_triggers: true,
    recontact_days: 30,
    dismiss_recontact_days: 7,
    max_displays: 2,
    display_period_days: 20,
    session_cap: 2,
    sampling_percent: 50,
    min_answer_ms: 800,
    fingerprint_daily_cap: 10,
  },
  texts: {
    en: { question: 'How likely are you to recommend {product}?', low: 'Not at all', high: 'Extremely', why: { detractor: 'What went wrong?' }, thanks: { promoter: 'Thanks!' } },
    uk: { question: 'Чи порадите ви {product}?' },
  },
  theme: { brand: '#4f46e5', position: 'bottom-left', mode: 'dark' },
  default_locale: 'uk',
  product: 'Acme',
}

describe('surveys', () => {
  it('create with every rule, texts per locale and theme; read, list', async () => {
    w = await world()
    const r = await api()('POST', '/v1/surveys', FULL)
    expect(r.status).toBe(201)
    const s = await r.json()
    expect(s.id).toMatch(/^srv_/)
    expect(s).toEqual({ id: s.id, ...FULL, status: 'active', created_at: T0, updated_at: null })
    expect(await (await api()('GET', `/v1/surveys/${s.id}`)).json()).toEqual(s)
    expect(await (await api()('GET', '/v1/surveys')).json()).toEqual({ surveys: [s] })
  })

  it('defaults for every rule left out', async () => {
    w = await world()
    const s = await (await api()('POST', '/v1/surveys', { name: 'nps', kind: 'relational' })).json()
    expect(s.rules).toEqual({
      trigger_events: [],
      trigger_window_hours: 72,
      client_triggers: false,
      recontact_days: 90,
      dismiss_recontact_days: 14,
      max_displays: 3,
      display_period_days: 30,
      session_cap: 1,
      sampling_percent: 100,
      min_answer_ms: 1200,
      fingerprint_daily_cap: 20,
    })
    expect(s).toMatchObject({ texts: {}, theme: {}, default_locale: null, product: null })
  })

  it('refuses invalid values with a field error for each, and stores nothing', async () => {
    w = await world()
    const r = await api()('POST', '/v1/surveys', {
      name: '',
      kind: 'weekly',
      status: 'archived',
      rules: { trigger_events: ['1bad'], sampling_percent: 101, recontact_days: -1, max_displays: 1.5, session_cap: '2', oops: true },
      texts: { 'not a locale!': { question: 'x' }, en: { question: 'a\u0000b', cta: 'x' } },
      theme: { brand: 'purple', position: 'top', mode: 'neon' },
      default_locale: 'english please',
      product: 'x'.repeat(101),
    })
    expect(r.status).toBe(422)
    expect(r.headers.get('content-type')).toBe('application/problem+json')
    const errors: { field: string; message: string }[] = (await r.json()).errors
    const fields = errors.map((e) => e.field)
    for (const f of [
      'name',
      'kind',
      'status',
      'rules.trigger_events.0',
      'rules.sampling_percent',
      'rules.recontact_days',
      'rules.max_displays',
      'rules.session_cap',
      'rules.oops',
      'texts.en.question',
      'texts.en.cta',
      'theme.brand',
      'theme.position',
      'theme.mode',
      'default_locale',
      'product',
    ]) {
      expect(fields, f).toContain(f)
    }
    expect(errors.find((e) => e.field === 'theme.brand')?.message).toBe('a hex colour such as #4f46e5')
    // The bad locale key is reported too (valibot names the key's path).
    expect(errors.some((e) => e.message.includes('BCP 47'))).toBe(true)
    expect(await w.count('surveys')).toBe(0)
  })

  it('PATCH merges rules, theme and texts; null removes; the kind never changes', async () => {
    w = await world()
    const s = await (await api()('POST', '/v1/surveys', FULL)).json()
    w.advance(1000)
    const r = await api()('PATCH', `/v1/surveys/${s.id}`, {
      name: 'Renamed',
      rules: { sampling_percent: 100, trigger_events: ['Order_Delivered'] },
      texts: { en: { low: 'Never' }, uk: null, ru: { question: 'Порекомендуете {product}?' } },
      theme: { brand: '#fff' },
      default_locale: null,
    })
    expect(r.status).toBe(200)
    const u = await r.json()
    expect(u.name).toBe('Renamed')
    expect(u.rules).toEqual({ ...FULL.rules, sampling_percent: 100, trigger_events: ['Order_Delivered'] })
    expect(u.texts).toEqual({ en: { ...FULL.texts.en, low: 'Never' }, ru: { question: 'Порекомендуете {product}?' } })
    expect(u.theme).toEqual({ ...FULL.theme, brand: '#fff' })
    expect(u.default_locale).toBeNull()
    expect(u.product).toBe('Acme')
    expect(u.updated_at).toBe(T0 + 1000)
    const k = await api()('PATCH', `/v1/surveys/${s.id}`, { kind: 'relational' })
    expect(k.status).toBe(422)
    expect((await k.json()).errors).toEqual([{ field: 'kind', message: 'unknown field' }])
    const bad = await api()('PATCH', `/v1/surveys/${s.id}`, { theme: { brand: '#12345' } })
    expect((await bad.json()).errors).toEqual([{ field: 'theme.brand', message: 'a hex colour such as #4f46e5' }])
    expect((await api()('PATCH', '/v1/surveys/srv_nope', { name: 'x' })).status).toBe(404)
  })

  it('a change is seen by the very next eligibility call, even with a long settings cache', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    const s = await (await api()('POST', '/v1/surveys', { name: 'r', kind: 'relational', texts: { en: { question: 'Old?' } } })).json()
    const first = await ask({ session_id: 'a', locale: 'en' })
    expect(first.survey.texts).toEqual({ question: 'Old?' })
    await api()('PATCH', `/v1/surveys/${s.id}`, { texts: { en: { question: 'New?' } }, rules: { session_cap: 5 } })
    const second = await ask({ session_id: 'a', locale: 'en' })
    expect(second.survey.texts).toEqual({ question: 'New?' })
    // And settings: a project product name.
    await api()('PATCH', '/v1/project', { product_name: 'Acme Store' })
    expect((await ask({ session_id: 'a', locale: 'en' })).survey.product).toBe('Acme Store')
  })

  it('another process (or isolate) sees a change once its cached copy expires (the cache TTL bounds staleness)', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    const other = createApp({ db: w.store, clock: () => w.now.t, cacheTtlMs: 200, config: { rateLimitPerIp: 100_000 } })
    const askOther = async (body: Record<string, unknown>) =>
      (await other.request('/v1/eligibility', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.project.publicKey}`, 'user-agent': UA }, body: JSON.stringify({ anonymous_id: 'o1', ...body }) })).json()
    const s = await (await api()('POST', '/v1/surveys', { name: 'r', kind: 'relational', rules: { session_cap: 10, max_displays: 10 } })).json()
    expect((await askOther({ session_id: 'a' })).show).toBe(true)
    await api()('POST', `/v1/surveys/${s.id}/pause`)
    // Within its TTL the other process may still serve its copy; after it, never.
    await new Promise((r) => setTimeout(r, 250))
    expect(await askOther({ session_id: 'b', survey_id: s.id })).toEqual({ show: false, reason: 'survey_paused' })
  })

  it('pause → survey_paused / no_active_survey; resume → shown again', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    const s = await (await api()('POST', '/v1/surveys', { name: 'r', kind: 'relational', rules: { session_cap: 10, max_displays: 10 } })).json()
    expect((await ask({ session_id: 'a' })).show).toBe(true)
    const p = await api()('POST', `/v1/surveys/${s.id}/pause`)
    expect((await p.json()).status).toBe('paused')
    expect(await ask({ session_id: 'b', survey_id: s.id })).toEqual({ show: false, reason: 'survey_paused' })
    expect(await ask({ session_id: 'b' })).toEqual({ show: false, reason: 'no_active_survey' })
    await api()('POST', `/v1/surveys/${s.id}/resume`)
    expect((await ask({ session_id: 'c' })).show).toBe(true)
    expect((await api()('POST', '/v1/surveys/srv_nope/pause')).status).toBe(404)
  })

  it('archive keeps the answers; never shown; listed only on request; cannot be resumed', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    const s = await (await api()('POST', '/v1/surveys', { name: 'r', kind: 'relational', rules: { min_answer_ms: 0 } })).json()
    const d = await ask({ session_id: 'a' })
    const answered = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: s.id, token: d.display.token, score: 9, anonymous_id: 'anon1' })
    expect(answered.status).toBe(201)
    const a = await api()('POST', `/v1/surveys/${s.id}/archive`)
    expect(a.status).toBe(200)
    expect((await a.json()).status).toBe('archived')
    expect(await w.count('responses', 'survey_id = ? AND counted = 1', s.id)).toBe(1)
    expect(await w.count('displays', 'survey_id = ?', s.id)).toBe(1)
    expect(await ask({ anonymous_id: 'someone-else', session_id: 'x' })).toEqual({ show: false, reason: 'no_active_survey' })
    expect(await ask({ anonymous_id: 'someone-else', session_id: 'y', survey_id: s.id })).toEqual({ show: false, reason: 'no_active_survey' })
    expect((await (await api()('GET', '/v1/surveys')).json()).surveys).toEqual([])
    const all = (await (await api()('GET', '/v1/surveys?include=archived')).json()).surveys
    expect(all.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([[s.id, 'archived']])
    expect((await api()('GET', `/v1/surveys/${s.id}`)).status).toBe(200)
    for (const action of ['pause', 'resume']) {
      const r = await api()('POST', `/v1/surveys/${s.id}/${action}`)
      expect(r.status).toBe(409)
      expect((await r.json()).type).toBe('urn:tenpoint:problem:survey_archived')
    }
    expect((await api()('POST', `/v1/surveys/${s.id}/archive`)).status).toBe(200)
    expect((await api()('GET', '/v1/surveys?include=everything')).status).toBe(422)
  })
})

describe('demo seeding', () => {
  it('creates the demo survey through the API create path, and the API reads it back', async () => {
    w = await world()
    const demo = await ensureDemo(w.client, T0)
    expect(demo.created).toBe(true)
    expect((await ensureDemo(w.client, T0)).created).toBe(false)
    const app = createApp({ db: w.store, clock: () => T0, cacheTtlMs: 0 })
    const r = await app.request('/v1/surveys/srv_delivery', { headers: { authorization: `Bearer ${demo.secretKey}` } })
    const s = await r.json()
    expect(s).toMatchObject({
      id: 'srv_delivery',
      kind: 'transactional',
      status: 'active',
      product: 'Demo Shop',
      theme: { brand: '#4f46e5', position: 'bottom-right', mode: 'auto' },
    })
    expect(s.rules).toMatchObject({ trigger_events: ['Order_Delivered'], client_triggers: true, trigger_window_hours: 72 })
  })
})
