import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { T0, UA, world, type TestWorld } from '../../test/support/app'
import { asKey, tokenFor } from '../../test/support/secret'
import { hmacHex } from '../crypto'

const HOUR = 3_600_000
let w: TestWorld
afterEach(() => w?.close())

const api = () => asKey(w, w.project.secretKey)
const eligibility = (publicKey: string, body: Record<string, unknown>) =>
  w.app.request('/v1/eligibility', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${publicKey}`, 'user-agent': UA },
    body: JSON.stringify({ anonymous_id: 'anon1', ...body }),
  })

describe('project settings', () => {
  it('GET shows every setting with its effective value; PATCH changes only what is sent', async () => {
    w = await world({ settings: { productName: 'Acme' } })
    const g = await (await api()('GET', '/v1/project')).json()
    expect(g).toEqual({
      id: w.project.id,
      name: 'Acme',
      public_key: w.project.publicKey,
      created_at: T0,
      allowed_origins: [],
      cooldown_days: 7,
      cooldown_across_kinds: false,
      require_verified_identity: false,
      default_locale: 'en',
      product_name: 'Acme',
      time_zone: 'UTC',
      new_within_days: 30,
      followups: expect.objectContaining({ enabled: false, first_contact_minutes: 60, resolution_hours_high: 24, resolution_hours_normal: 48, owners: [] }),
      themes: { custom: [], rename: {}, disable: [], version: 0 },
    })
    expect(JSON.stringify(g)).not.toContain(w.project.secretKey)
    const change = {
      name: 'Acme Inc',
      allowed_origins: ['https://shop.example', 'http://localhost:5173'],
      cooldown_days: 14,
      cooldown_across_kinds: true,
      require_verified_identity: true,
      default_locale: 'pt-BR',
      time_zone: 'Europe/Kyiv',
      new_within_days: 60,
    }
    const p = await api()('PATCH', '/v1/project', change)
    expect(p.status).toBe(200)
    expect(await p.json()).toEqual({ ...g, ...change })
    const removed = await (await api()('PATCH', '/v1/project', { product_name: null })).json()
    expect(removed.product_name).toBeNull()
    expect(removed.cooldown_days).toBe(14)
  })

  it('follow-ups are turned on and configured through the API, merged into what is stored, every field checked', async () => {
    w = await world()
    const on = await api()('PATCH', '/v1/project', { followups: { enabled: true, owners: ['anna', 'boris'], business_hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } } })
    expect(on.status).toBe(200)
    expect((await on.json()).followups).toMatchObject({ enabled: true, owners: ['anna', 'boris'], business_hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } })
    const more = await (await api()('PATCH', '/v1/project', { followups: { first_contact_minutes: 30, business_hours: null } })).json()
    expect(more.followups).toMatchObject({ enabled: true, owners: ['anna', 'boris'], first_contact_minutes: 30, business_hours: null })
    const stored = JSON.parse(String((await w.client.execute({ sql: 'SELECT settings FROM projects WHERE id = ?', args: [w.project.id] })).rows[0].settings))
    expect(stored.followups).toMatchObject({ enabled: true, owners: ['anna', 'boris'], firstContactMinutes: 30 })
    const bad = await api()('PATCH', '/v1/project', { followups: { enabled: 'yes', business_hours: { days: [0], start: '18:00', end: '09:00' }, vip_trait: 'a.b' } })
    expect(bad.status).toBe(422)
    const fields = (await bad.json()).errors.map((e: { field: string }) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['followups.enabled', 'followups.business_hours.days.0', 'followups.vip_trait']))
  })

  it('a field error for every invalid value, and nothing changes', async () => {
    w = await world()
    const before = await (await api()('GET', '/v1/project')).json()
    const r = await api()('PATCH', '/v1/project', {
      name: '',
      allowed_origins: ['https://shop.example/', 'shop.example', 42],
      cooldown_days: -1,
      cooldown_across_kinds: 'yes',
      require_verified_identity: 1,
      default_locale: 'english',
      product_name: '',
      time_zone: 'Mars/Olympus',
      new_within_days: 0,
      secret_key: 'sk_mine',
    })
    expect(r.status).toBe(422)
    const errors: { field: string; message: string }[] = (await r.json()).errors
    expect(errors.map((e) => e.field).sort()).toEqual(
      [
        'allowed_origins.0',
        'allowed_origins.1',
        'allowed_origins.2',
        'cooldown_across_kinds',
        'cooldown_days',
        'default_locale',
        'name',
        'new_within_days',
        'product_name',
        'require_verified_identity',
        'secret_key',
        'time_zone',
      ].sort(),
    )
    expect(errors.find((e) => e.field === 'time_zone')?.message).toBe('an IANA time zone such as Europe/Kyiv')
    expect(await (await api()('GET', '/v1/project')).json()).toEqual(before)
  })

  it('allowed origins take effect on the next public call', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    await w.survey({ kind: 'relational', name: 'r' })
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { origin: 'https://evil.example' })).status).toBe(200)
    await api()('PATCH', '/v1/project', { allowed_origins: ['https://shop.example'] })
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { origin: 'https://evil.example' })).status).toBe(403)
  })
})

describe('key rotation', () => {
  it('public key: both work during the overlap, then the old one is 401', async () => {
    w = await world({ app: { cacheTtlMs: 3_600_000 } })
    await w.survey({ kind: 'relational', name: 'r', rules: { sessionCap: 100, maxDisplays: 100 } })
    const old = w.project.publicKey
    expect((await eligibility(old, { session_id: 'warm' })).status).toBe(200)
    const r = await api()('POST', '/v1/project/keys/rotate', { which: 'public', overlap_hours: 2 })
    expect(r.status).toBe(200)
    const k = await r.json()
    expect(k).toEqual({ which: 'public', key: expect.stringMatching(/^pk_[A-Za-z0-9]{24}$/), previous_key_expires_at: T0 + 2 * HOUR })
    expect((await (await api()('GET', '/v1/project')).json()).public_key).toBe(k.key)
    w.advance(2 * HOUR - 1000)
    expect((await eligibility(old, { session_id: 'a' })).status).toBe(200)
    expect((await eligibility(k.key, { session_id: 'b' })).status).toBe(200)
    w.advance(2000)
    const gone = await eligibility(old, { session_id: 'c' })
    expect(gone.status).toBe(401)
    expect((await gone.json()).type).toBe('urn:tenpoint:problem:unknown_key')
    expect((await eligibility(k.key, { session_id: 'd' })).status).toBe(200)
  })

  it('secret key: old key, its identity hashes and display tokens keep working during the overlap; then the old key is 401', async () => {
    w = await world({ settings: { requireVerifiedIdentity: true }, app: { cacheTtlMs: 3_600_000 } })
    const survey = await w.survey({ kind: 'relational', name: 'r', rules: { sessionCap: 100, maxDisplays: 100, recontactDays: 0, minAnswerMs: 0 } })
    const oldSecret = w.project.secretKey
    const oldHash = hmacHex(oldSecret, 'u1')
    // A display granted before the rotation, answered after it.
    const before = await (await eligibility(w.project.publicKey, { session_id: 'x', user_id: 'u1', user_hash: oldHash })).json()
    expect(before.show).toBe(true)

    const rotated = await (await api()('POST', '/v1/project/keys/rotate', { which: 'secret' })).json()
    expect(rotated.key).toMatch(/^sk_[A-Za-z0-9]{40}$/)
    expect(rotated.previous_key_expires_at).toBe(T0 + 24 * HOUR)
    const newSecret = rotated.key as string
    w.advance(23 * HOUR)
    expect((await asKey(w, oldSecret)('GET', '/v1/surveys')).status).toBe(200)
    expect((await asKey(w, newSecret)('GET', '/v1/surveys')).status).toBe(200)
    // Hashes made with either secret verify during the overlap.
    for (const [user, hash] of [
      ['u2', hmacHex(oldSecret, 'u2')],
      ['u3', hmacHex(newSecret, 'u3')],
    ]) {
      const id = randomUUID()
      await w.call('POST', '/v1/responses', { id, survey_id: survey, score: 7, anonymous_id: `dev-${user}`, user_id: user, user_hash: hash })
      expect(await w.count('responses', 'client_id = ? AND verified = 1', id)).toBe(1)
    }
    w.advance(2 * HOUR)
    // The display token issued before the rotation is still good (signed with the stable signing secret).
    const late = randomUUID()
    const answered = await w.call('POST', '/v1/responses', { id: late, survey_id: survey, token: before.display.token, score: 9, anonymous_id: 'anon1', user_id: 'u1', user_hash: hmacHex(newSecret, 'u1') })
    expect(answered.status).toBe(201)
    expect((await w.stored(late)).flags).toEqual([])
    // After the overlap: the old secret is 401, and hashes made with it no longer verify.
    const gone = await asKey(w, oldSecret)('GET', '/v1/surveys')
    expect(gone.status).toBe(401)
    const id = randomUUID()
    await w.call('POST', '/v1/responses', { id, survey_id: survey, score: 7, anonymous_id: 'dev-u4', user_id: 'u4', user_hash: hmacHex(oldSecret, 'u4') })
    expect((await w.stored(id)).flags).toContain('unverified_identity')
    expect((await asKey(w, newSecret)('GET', '/v1/surveys')).status).toBe(200)
  })

  it('overlap 0 stops the old key at once; API tokens survive a secret rotation; only admin may rotate', async () => {
    w = await world()
    const admin = await tokenFor(w, 'admin')
    const write = await tokenFor(w, 'write')
    expect((await asKey(w, write)('POST', '/v1/project/keys/rotate', { which: 'secret' })).status).toBe(403)
    const r = await asKey(w, admin)('POST', '/v1/project/keys/rotate', { which: 'secret', overlap_hours: 0 })
    expect(r.status).toBe(200)
    expect((await api()('GET', '/v1/project')).status).toBe(401)
    expect((await asKey(w, (await r.json()).key)('GET', '/v1/project')).status).toBe(200)
    expect((await asKey(w, write)('GET', '/v1/project')).status).toBe(200)
    const bad = await asKey(w, admin)('POST', '/v1/project/keys/rotate', { which: 'both', overlap_hours: 1000 })
    expect((await bad.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['overlap_hours', 'which'])
  })

  it('rotating again during an overlap ends the older key at once', async () => {
    w = await world()
    const first = await (await api()('POST', '/v1/project/keys/rotate', { which: 'secret' })).json()
    const second = await (await asKey(w, first.key)('POST', '/v1/project/keys/rotate', { which: 'secret' })).json()
    expect((await api()('GET', '/v1/project')).status).toBe(401)
    expect((await asKey(w, first.key)('GET', '/v1/project')).status).toBe(200)
    expect((await asKey(w, second.key)('GET', '/v1/project')).status).toBe(200)
  })
})
