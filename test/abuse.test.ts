/**
 * What a hostile client tries against the public API, end to end over a real libSQL file:
 * flooding the rate limiter with fresh addresses, re-spelling a signed token, arrays where
 * objects belong, control characters in comments, wrong methods and foreign origins.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { UA, world, type TestWorld } from './support/app'

let w: TestWorld
afterEach(async () => {
  await w?.close()
})

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const problemOf = async (r: Response) => {
  expect(r.headers.get('content-type')).toBe('application/problem+json')
  return (await r.json()) as { type: string; status: number; errors?: { field: string; message: string }[] }
}
const fields = (p: { errors?: { field: string }[] }) => (p.errors ?? []).map((e) => e.field)

async function shown(w: TestWorld, anonymous_id = 'anon1') {
  const r = await w.call('POST', '/v1/eligibility', { anonymous_id, session_id: 's' })
  expect(r.status).toBe(200)
  return (await r.json()) as { show: true; survey: { id: string }; display: { token: string } }
}

describe('rate limits under a flood of fresh addresses', () => {
  it('a limited IP is still 429 with Retry-After, and the project limit still bites, after 60k other addresses', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000, config: { rateLimitPerIp: 3, rateLimitPerProject: 55_000 } } })
    // A cheap request that passes the key and both limits, then stops at the content type (415).
    const hit = (ip: string) =>
      w.app.request('/v1/responses', { method: 'POST', headers: { authorization: `Bearer ${w.project.publicKey}`, 'content-type': 'text/plain', 'x-test-ip': ip }, body: 'x' })
    for (let i = 0; i < 3; i++) expect((await hit('198.51.100.66')).status).toBe(415)
    expect((await hit('198.51.100.66')).status).toBe(429)

    // More distinct addresses than the old limiter kept before it cleared everything (50k).
    let passed = 0
    for (let i = 0; i < 60_000; i++) if ((await hit(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`)).status === 415) passed++
    expect(passed).toBeLessThanOrEqual(55_000 - 3)

    const limited = await hit('198.51.100.66')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await problemOf(limited)).type).toBe('urn:tenpoint:problem:rate_limited')
    // A fresh address is refused too: the project's own count survived the flood.
    expect((await hit('192.0.2.200')).status).toBe(429)
  }, 120_000)
})

describe('display tokens', () => {
  it('a signature re-spelt in the unused low bits of its last character is 403 and stores nothing', async () => {
    w = await world()
    await w.survey({ id: 'srv_main', kind: 'relational', name: 'main' })
    const { display } = await shown(w)
    w.advance(5000)
    const last = display.token.at(-1)!
    for (const bits of [1, 2, 3]) {
      const altered = display.token.slice(0, -1) + B64URL[B64URL.indexOf(last) ^ bits]
      const r = await w.call('POST', '/v1/responses', { id: crypto.randomUUID(), survey_id: 'srv_main', token: altered, score: 9, anonymous_id: 'anon1' })
      expect(r.status, `xor ${bits}`).toBe(403)
      const p = await problemOf(r)
      expect(p.type).toBe('urn:tenpoint:problem:invalid_token')
      expect(fields(p)).toContain('token')
    }
    expect(await w.count('responses')).toBe(0)
    const ok = await w.call('POST', '/v1/responses', { id: crypto.randomUUID(), survey_id: 'srv_main', token: display.token, score: 9, anonymous_id: 'anon1' })
    expect(ok.status).toBe(201)
  })
})

describe('key → value maps are plain objects', () => {
  it('traits as an array is 422 naming traits', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r' })
    for (const traits of [['a', 1], ['x', 'y'], []]) {
      const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'a', traits })
      expect(r.status, JSON.stringify(traits)).toBe(422)
      expect(fields(await problemOf(r))).toContain('traits')
    }
    expect(await w.count('displays')).toBe(0)
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'a', traits: { plan: 'pro', seats: 3 } })).status).toBe(200)
  })

  it('attributes as an array is 422 naming attributes, and no invitation is stored', async () => {
    w = await world()
    await w.survey({ kind: 'transactional', name: 't', rules: { triggerEvents: ['Order_Delivered'] } })
    const invite = (attributes: unknown) =>
      w.call('POST', '/v1/invitations', { user_id: 'u1', event: 'Order_Delivered', order_id: 'o1', attributes }, { authorization: `Bearer ${w.project.secretKey}` })
    const r = await invite(['x', 'y'])
    expect(r.status).toBe(422)
    expect(fields(await problemOf(r))).toContain('attributes')
    expect(await w.count('invitations')).toBe(0)
    const tooMany = await invite(Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, i])))
    expect(tooMany.status).toBe(422)
    expect(fields(await problemOf(tooMany))).toContain('attributes')
    expect((await invite({ sku: 'A-1', qty: 2 })).status).toBe(201)
  })

  it('/openapi.json says so: maxProperties 25 on traits and attributes', async () => {
    w = await world()
    const doc = await (await w.app.request('/openapi.json')).json()
    const body = (path: string) => {
      const s = doc.paths[path].post.requestBody.content['application/json'].schema
      return s.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s
    }
    expect(body('/v1/eligibility').properties.traits).toMatchObject({ type: 'object', maxProperties: 25 })
    expect(body('/v1/invitations').properties.attributes).toMatchObject({ type: 'object', maxProperties: 25 })
    expect(body('/v1/responses').properties.comment.pattern).toBeDefined()
  })
})

describe('control characters in comments', () => {
  const BAD = ['before\u0000after', 'esc \u001b[31m', 'bell\u0007', 'vt\u000b', 'ff\u000c']

  it('POST with a C0 control other than tab, CR, LF is 422 naming comment; nothing stored', async () => {
    w = await world()
    await w.survey({ id: 'srv_main', kind: 'relational', name: 'main' })
    const { display } = await shown(w)
    for (const comment of BAD) {
      const r = await w.call('POST', '/v1/responses', { id: crypto.randomUUID(), survey_id: 'srv_main', token: display.token, score: 3, comment, anonymous_id: 'anon1' })
      expect(r.status, JSON.stringify(comment)).toBe(422)
      expect(fields(await problemOf(r))).toContain('comment')
    }
    expect(await w.count('responses')).toBe(0)
  })

  it('PATCH with one is 422 naming comment and leaves the stored comment as it was', async () => {
    w = await world()
    await w.survey({ id: 'srv_main', kind: 'relational', name: 'main' })
    const { display } = await shown(w)
    const id = crypto.randomUUID()
    const created = await w.call('POST', '/v1/responses', { id, survey_id: 'srv_main', token: display.token, score: 3, comment: 'slow', anonymous_id: 'anon1' })
    expect(created.status).toBe(201)
    for (const comment of BAD) {
      const r = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment })
      expect(r.status, JSON.stringify(comment)).toBe(422)
      expect(fields(await problemOf(r))).toContain('comment')
    }
    const rs = await w.client.execute({ sql: 'SELECT comment FROM responses WHERE client_id = ?', args: [id] })
    expect(rs.rows[0].comment).toBe('slow')
  })

  it('tab, CR and LF round-trip exactly, through POST and PATCH', async () => {
    w = await world()
    await w.survey({ id: 'srv_main', kind: 'relational', name: 'main' })
    const { display } = await shown(w)
    const id = crypto.randomUUID()
    const text = 'line one\r\n\tline two\nend'
    const created = await w.call('POST', '/v1/responses', { id, survey_id: 'srv_main', token: display.token, score: 3, comment: text, anonymous_id: 'anon1' })
    expect(created.status).toBe(201)
    expect((await created.json()).comment).toBe(text)
    const edited = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment: `${text}\t!` })
    expect(edited.status).toBe(200)
    expect((await edited.json()).comment).toBe(`${text}\t!`)
    const rs = await w.client.execute({ sql: 'SELECT comment FROM responses WHERE client_id = ?', args: [id] })
    expect(rs.rows[0].comment).toBe(`${text}\t!`)
  })
})

describe('methods', () => {
  const request = (method: string, path: string) => w.app.request(path, { method, headers: { authorization: `Bearer ${w.project.publicKey}`, 'user-agent': UA } })

  it('a known path with a wrong method is 405 with Allow; an unknown path is 404', async () => {
    w = await world()
    const cases: [string, string, string[]][] = [
      ['GET', '/v1/responses', ['POST']],
      ['DELETE', '/v1/responses/6f9619ff-8b86-4d01-b42d-00cf4fc964ff', ['PATCH']],
      ['PUT', '/v1/eligibility', ['POST']],
      ['POST', '/health', ['GET', 'HEAD']],
      ['DELETE', '/openapi.json', ['GET', 'HEAD']],
    ]
    for (const [method, path, allow] of cases) {
      const r = await request(method, path)
      expect(r.status, `${method} ${path}`).toBe(405)
      expect(r.headers.get('allow')!.split(', ').sort()).toEqual([...allow, 'OPTIONS'].sort())
      expect((await problemOf(r)).type).toBe('urn:tenpoint:problem:method_not_allowed')
    }
    const missing = await request('GET', '/v1/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('allow')).toBeNull()
    expect((await problemOf(missing)).type).toBe('urn:tenpoint:problem:not_found')
  })

  it('a plain OPTIONS (no CORS) is 204 with Allow', async () => {
    w = await world()
    const r = await request('OPTIONS', '/v1/responses')
    expect(r.status).toBe(204)
    expect(r.headers.get('allow')).toBe('POST, OPTIONS')
    expect(r.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a route added later is in Allow by itself (no hand-kept list)', async () => {
    w = await world()
    w.app.put('/v1/extra', (c) => c.body(null, 204))
    const r = await request('PATCH', '/v1/extra')
    expect(r.status).toBe(405)
    expect(r.headers.get('allow')).toBe('PUT, OPTIONS')
  })
})

describe('CORS', () => {
  const SHOP = 'https://shop.example'
  const EVIL = 'https://evil.example'
  const preflight = (path: string, origin: string) =>
    w.app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })

  it('a preflight from an origin outside allowedOrigins gets no Access-Control-Allow-Origin', async () => {
    w = await world({ settings: { allowedOrigins: [SHOP] } })
    const key = w.project.publicKey
    const good = await preflight(`/v1/eligibility?key=${key}`, SHOP)
    expect(good.status).toBe(204)
    expect(good.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(good.headers.get('access-control-allow-methods')).toContain('POST')
    expect(good.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    expect(good.headers.get('vary')).toContain('Origin')

    for (const [what, r] of [
      ['foreign origin', await preflight(`/v1/eligibility?key=${key}`, EVIL)],
      ['no key', await preflight('/v1/eligibility', SHOP)],
      ['unknown key', await preflight('/v1/eligibility?key=pk_unknown12345', SHOP)],
      ['unknown path', await preflight(`/v1/nothing?key=${key}`, SHOP)],
    ] as const) {
      expect(r.headers.get('access-control-allow-origin'), what).toBeNull()
      expect(r.headers.get('access-control-allow-methods'), what).toBeNull()
    }
  })

  it('the PATCH preflight the widget sends offers PATCH', async () => {
    w = await world()
    const r = await w.app.request(`/v1/responses/6f9619ff-8b86-4d01-b42d-00cf4fc964ff?key=${w.project.publicKey}`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'PATCH' },
    })
    // No list: every origin may call this project.
    expect(r.headers.get('access-control-allow-origin')).toBe(EVIL)
    expect(r.headers.get('access-control-allow-methods')).toContain('PATCH')
  })

  it('actual responses carry Access-Control-Allow-Origin only for an allowed origin', async () => {
    w = await world({ settings: { allowedOrigins: [SHOP] } })
    await w.survey({ kind: 'relational', name: 'r' })
    const ok = await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { origin: SHOP })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe(SHOP)
    const refused = await w.call('POST', '/v1/eligibility', { anonymous_id: 'b' }, { origin: EVIL })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    // Server-to-server: no Origin, no CORS headers at all.
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'c' })).headers.get('access-control-allow-origin')).toBeNull()
  })
})
