/**
 * Where the tag has been seen: the eligibility path records the last call per page
 * origin — at most one write a minute per origin per app, outside the call's own write —
 * and GET /v1/install/seen lists it for this project only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'
import { createProject } from '../db/seed'

let w: TestWorld
afterEach(() => w.close())

const seen = async (key = w.project.secretKey) => (await (await w.call('GET', '/v1/install/seen', undefined, { authorization: `Bearer ${key}` })).json()).origins as { origin: string; last_seen_at: number }[]
const eligible = (origin?: string, extra: Record<string, unknown> = {}) => w.call('POST', '/v1/eligibility', { anonymous_id: `a-${crypto.randomUUID()}`, ...extra }, origin ? { origin } : {})
const seenWrites = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter((c) => JSON.stringify(c[0]).includes('install_seen')).length

describe('the tag seen per origin', () => {
  it('one write a minute per origin however many calls; a later minute moves the time on', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'NPS' })
    const spy = vi.spyOn(w.store, 'write')
    for (let i = 0; i < 20; i++) expect((await eligible('https://shop.example')).status).toBe(200)
    await expect.poll(() => w.count('install_seen')).toBe(1)
    expect(seenWrites(spy)).toBe(1)
    const t0 = w.now.t
    expect(await seen()).toEqual([{ origin: 'https://shop.example', last_seen_at: t0 }])

    w.advance(59_000)
    await eligible('https://shop.example')
    expect(seenWrites(spy)).toBe(1)
    w.advance(2_000)
    await eligible('https://shop.example')
    expect(seenWrites(spy)).toBe(2)
    await expect.poll(async () => (await seen())[0].last_seen_at).toBe(t0 + 61_000)

    // Another origin, and a call without Origin (a backend, an app): each its own row, newest first.
    w.advance(1_000)
    await eligible('https://m.shop.example')
    w.advance(1_000)
    await eligible()
    await expect.poll(async () => (await seen()).map((s) => s.origin)).toEqual(['', 'https://m.shop.example', 'https://shop.example'])
    expect(seenWrites(spy)).toBe(4)
  })

  it('an origin refused by the allowed list is not recorded; another project sees only its own', async () => {
    w = await world({ settings: { allowedOrigins: ['https://shop.example'] } })
    await w.survey({ kind: 'relational', name: 'NPS' })
    expect((await eligible('https://evil.example')).status).toBe(403)
    expect((await eligible('https://shop.example')).status).toBe(200)
    await expect.poll(() => w.count('install_seen')).toBe(1)
    const other = await createProject(w.client, { name: 'Other' })
    expect(await seen(other.secretKey)).toEqual([])
    expect((await w.call('GET', '/v1/install/seen')).status).toBe(401) // the public key reads nothing
  })

  it('on Workers the write runs under executionCtx.waitUntil, and the answer does not wait for it', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'NPS' })
    const pending: Promise<unknown>[] = []
    const ctx = { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException() {}, props: {} }
    const req = () =>
      w.app.request(
        '/v1/eligibility',
        { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.project.publicKey}`, origin: 'https://shop.example' }, body: JSON.stringify({ anonymous_id: 'x' }) },
        {},
        ctx,
      )
    expect((await req()).status).toBe(200)
    expect((await req()).status).toBe(200)
    expect(pending).toHaveLength(1)
    await Promise.all(pending)
    expect(await w.count('install_seen', 'origin = ?', 'https://shop.example')).toBe(1)
  })
})
