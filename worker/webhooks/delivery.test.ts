/**
 * Webhooks end to end: the real app and database, the real runner sending over HTTP to
 * a real receiver on loopback that verifies every signature with the standardwebhooks
 * package. The clock is the test's; each pass is run explicitly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RETRY_SCHEDULE_MS } from '../../shared/closed-loop/retry'
import { nodeOutbound } from '../runtime/node/outbound'
import { loopWorld, type LoopWorld } from '../../test/support/loop'
import { startReceiver, type Receiver } from '../../test/support/receiver'

let w: LoopWorld
let rx: Receiver
beforeEach(async () => {
  w = await loopWorld()
  rx = await startReceiver()
})
afterEach(async () => {
  await rx.close().catch(() => {})
  await w.close()
})

async function hook(extra: Record<string, unknown> = {}) {
  const e = await w.endpoint({ url: `${rx.url}/hook`, events: ['response.created', 'response.commented', 'response.score_changed'], ...extra })
  rx.secrets.push(e.secret)
  return e
}

const deliveries = async (endpointId: string, status?: string) => {
  const r = await w.secret('GET', `/v1/webhooks/${endpointId}/deliveries${status ? `?status=${status}` : ''}`)
  expect(r.status).toBe(200)
  return ((await r.json()) as { deliveries: { id: number; message_id: string; status: string; attempts: number; next_attempt_at: number | null }[] }).deliveries
}

describe('webhooks', () => {
  it('delivers response.created, .commented and .score_changed, signed, with what a CRM needs', async () => {
    const e = await hook()
    expect(e.secret).toMatch(/^whsec_/)
    const id = await w.answer('anon1', 3, { comment: 'Late & <cold>' })
    await w.drain()
    expect(rx.received).toHaveLength(1)
    const got = rx.received[0]
    expect(got.verifiedWith).toBe(e.secret)
    expect(got.id).toMatch(/^msg_/)
    expect(got.json).toMatchObject({
      id: got.id,
      type: 'response.created',
      data: {
        project: { id: w.project.id, name: 'Acme' },
        survey: { id: w.surveyId, name: 'Quarterly NPS', kind: 'relational' },
        response: { id, score: 3, bucket: 'detractor', comment: 'Late & <cold>', user_id: null, order_id: null, attributes: {}, traits: {} },
      },
    })
    expect(got.json.data.response.created_at).toBe(new Date(w.now.t).toISOString())

    await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment: 'Late, cold' })
    await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', comment: 'Late, cold' }) // unchanged: no event
    await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'anon1', score: 5 })
    await w.drain()
    expect(rx.received.map((r) => r.json.type)).toEqual(['response.created', 'response.commented', 'response.score_changed'])
    expect(rx.received[1].json.data).toMatchObject({ response: { comment: 'Late, cold' }, previous: { comment: 'Late & <cold>' } })
    expect(rx.received[2].json.data).toMatchObject({ response: { score: 5, bucket: 'detractor' }, previous: { score: 3 } })
    expect(rx.received.every((r) => r.verifiedWith === e.secret)).toBe(true)
  })

  it('writes nothing when no endpoint listens; with one, the answer writes one message and the delivery pass its delivery, once', async () => {
    await w.answer('anon1', 9)
    expect(await w.count('outbox_messages')).toBe(0)
    await hook()
    await w.answer('anon2', 9)
    expect(await w.count('outbox_messages')).toBe(1)
    // The answer's transaction wrote the message only; its delivery is made by the pass.
    expect(await w.count('outbox_deliveries')).toBe(0)
    await w.drain()
    expect(await w.count('outbox_deliveries')).toBe(1)
    await w.drain()
    expect(await w.count('outbox_deliveries')).toBe(1)
    expect(rx.received).toHaveLength(1)
  })

  it('settings that are not valid JSON never block an answer or its event (the unit must not fail)', async () => {
    await hook()
    await w.client.execute({ sql: 'UPDATE projects SET settings = ? WHERE id = ?', args: ['{not json', w.project.id] })
    await w.answer('a', 2)
    await w.drain()
    expect(rx.received.map((r) => r.json.data.project.locale)).toEqual(['en'])
  })

  it('filters: detractors only, one survey', async () => {
    await hook({ filter: { buckets: ['detractor'] } })
    await w.answer('a', 10)
    await w.answer('b', 6)
    await w.drain()
    expect(rx.received.map((r) => r.json.data.response.score)).toEqual([6])
  })

  it('filters: VIPs below 7', async () => {
    await hook({ filter: { segments: ['vip'], max_score: 6 } })
    await w.answer('a', 5)
    await w.answer('b', 8, { traits: { segment: 'VIP' } })
    await w.answer('c', 6, { traits: { segment: 'VIP' } })
    await w.drain()
    expect(rx.received.map((r) => [r.json.data.response.score, r.json.data.response.segment])).toEqual([[6, 'VIP']])
  })

  it('receiver down for a while, then up: every message arrives, each under one id', async () => {
    const e = await hook()
    await rx.stop()
    const ids = [await w.answer('a', 1), await w.answer('b', 8), await w.answer('c', 10)]
    await w.drain()
    w.tick(RETRY_SCHEDULE_MS[1] + 1000)
    await w.drain()
    expect((await deliveries(e.id, 'pending')).every((d) => d.attempts === 2)).toBe(true)
    await rx.start()
    w.tick(RETRY_SCHEDULE_MS[2] * 1.1)
    await w.drain()
    expect(rx.received.map((r) => r.json.data.response.id).sort()).toEqual([...ids].sort())
    const ds = await deliveries(e.id)
    expect(ds.every((d) => d.status === 'delivered' && d.attempts === 3)).toBe(true)
    expect(rx.received.map((r) => r.id).sort()).toEqual(ds.map((d) => d.message_id).sort())
    expect(rx.received.every((r) => r.verifiedWith)).toBe(true)
  })

  it('500 then 200: the attempt log shows both, the id is the same, the payload unchanged', async () => {
    const e = await hook()
    rx.answer = (n) => ({ status: n === 0 ? 500 : 200 })
    await w.answer('a', 4)
    await w.drain()
    w.tick(5_500)
    await w.drain()
    expect(rx.received).toHaveLength(2)
    expect(rx.received[0].id).toBe(rx.received[1].id)
    expect(rx.received[0].body).toBe(rx.received[1].body)
    expect(rx.received[0].timestamp).not.toBe(rx.received[1].timestamp)
    const [d] = await deliveries(e.id)
    const detail = (await (await w.secret('GET', `/v1/webhooks/${e.id}/deliveries/${d.id}`)).json()) as { status: string; attempt_log: { status_code: number; verdict: string; duration_ms: number }[]; payload: unknown }
    expect(detail.status).toBe('delivered')
    expect(detail.attempt_log.map((a) => [a.status_code, a.verdict])).toEqual([
      [500, 'retry'],
      [200, 'delivered'],
    ])
    expect(detail.attempt_log.every((a) => a.duration_ms >= 0)).toBe(true)
    expect(detail.payload).toEqual(rx.received[0].json)
  })

  it('410 disables the endpoint, and the project is told', async () => {
    const notice = await startReceiver()
    try {
      const watcher = await w.endpoint({ url: `${notice.url}/ops`, events: ['endpoint.disabled'] })
      notice.secrets.push(watcher.secret)
      const e = await hook()
      rx.answer = () => ({ status: 410 })
      await w.answer('a', 4)
      await w.drain()
      const ep = (await (await w.secret('GET', `/v1/webhooks/${e.id}`)).json()) as { enabled: boolean; disabled_reason: string }
      expect(ep).toMatchObject({ enabled: false, disabled_reason: 'gone' })
      expect((await deliveries(e.id))[0].status).toBe('dead')
      await w.answer('b', 4)
      await w.drain()
      expect(rx.received).toHaveLength(1)
      expect(notice.received.map((r) => [r.json.type, r.json.data.endpoint.id, r.json.data.endpoint.reason])).toEqual([['endpoint.disabled', e.id, 'gone']])
      expect(notice.received[0].verifiedWith).toBe(watcher.secret)
      // Re-enabled by its owner, it receives again.
      expect((await w.secret('PATCH', `/v1/webhooks/${e.id}`, { enabled: true })).status).toBe(200)
      rx.answer = () => ({ status: 200 })
      await w.answer('c', 4)
      await w.drain()
      expect(rx.received).toHaveLength(2)
    } finally {
      await notice.close()
    }
  })

  it('honours Retry-After on 429', async () => {
    const e = await hook()
    rx.answer = (n) => (n === 0 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 200 })
    await w.answer('a', 9)
    await w.drain()
    const [d] = await deliveries(e.id)
    expect(d.next_attempt_at).toBe(w.now.t + 120_000)
    w.tick(60_000)
    await w.drain()
    expect(rx.received).toHaveLength(1)
    w.tick(60_000)
    await w.drain()
    expect(rx.received).toHaveLength(2)
    expect((await deliveries(e.id))[0].status).toBe('delivered')
  })

  it('follows the schedule to the last attempt, then the message is dead, visible, and can be re-sent', async () => {
    const e = await hook()
    rx.answer = () => ({ status: 503 })
    await w.answer('a', 9)
    const times: number[] = []
    for (let i = 0; i < 12; i++) {
      const before = rx.received.length
      await w.drain()
      if (rx.received.length > before) times.push(w.now.t)
      const [d] = await deliveries(e.id)
      if (d.status !== 'pending') break
      w.tick(d.next_attempt_at! - w.now.t)
    }
    expect(rx.received).toHaveLength(10)
    const gaps = times.slice(1).map((t, i) => t - times[i])
    expect(gaps).toEqual(RETRY_SCHEDULE_MS.slice(1))
    expect(new Set(rx.received.map((r) => r.id)).size).toBe(1)
    const [dead] = await deliveries(e.id, 'dead')
    expect(dead).toMatchObject({ attempts: 10, next_attempt_at: null })

    rx.answer = () => ({ status: 200 })
    const re = await w.secret('POST', `/v1/webhooks/${e.id}/deliveries/${dead.id}/resend`)
    expect(re.status).toBe(202)
    await w.drain()
    expect(rx.received).toHaveLength(11)
    expect(rx.received[10].id).toBe(rx.received[0].id)
    expect((await deliveries(e.id))[0].status).toBe('delivered')
  })

  it('an endpoint failing for five days is disabled, and the project is told', async () => {
    const notice = await startReceiver()
    try {
      const watcher = await w.endpoint({ url: `${notice.url}/ops`, events: ['endpoint.disabled'] })
      notice.secrets.push(watcher.secret)
      const e = await hook()
      rx.answer = () => ({ status: 500 })
      // A new message every 12 hours keeps the endpoint busy failing.
      for (let h = 0; h <= 5 * 24; h += 12) {
        if (h < 5 * 24) await w.answer(`a${h}`, 9)
        await w.drain()
        w.tick(12 * 3_600_000)
        await w.drain()
      }
      const ep = (await (await w.secret('GET', `/v1/webhooks/${e.id}`)).json()) as { enabled: boolean; disabled_reason: string }
      expect(ep).toMatchObject({ enabled: false, disabled_reason: 'failing_5_days' })
      expect(notice.received.filter((r) => r.json.type === 'endpoint.disabled')).toHaveLength(1)
    } finally {
      await notice.close()
    }
  })

  it('3xx is a failure and is not followed', async () => {
    const e = await hook()
    const other = await startReceiver()
    try {
      rx.answer = () => ({ status: 302, headers: { location: `${other.url}/elsewhere` } })
      await w.answer('a', 9)
      await w.drain()
      expect(other.received).toHaveLength(0)
      expect((await deliveries(e.id))[0]).toMatchObject({ status: 'dead' })
    } finally {
      await other.close()
    }
  })

  it('a rotated secret signs beside the old one during the overlap', async () => {
    const e = await hook()
    const r = await w.secret('POST', `/v1/webhooks/${e.id}/rotate-secret`, { overlap_hours: 1 })
    const rotated = (await r.json()) as { secret: string }
    expect(rotated.secret).not.toBe(e.secret)
    rx.secrets.splice(0, rx.secrets.length, rotated.secret)
    await w.answer('a', 9)
    await w.drain()
    rx.secrets.splice(0, rx.secrets.length, e.secret)
    w.tick(60_000)
    await w.answer('b', 9)
    await w.drain()
    expect(rx.received.map((x) => x.verifiedWith)).toEqual([rotated.secret, e.secret])
    expect(rx.received[0].signature.split(' ')).toHaveLength(2)
    w.tick(3_600_000)
    await w.answer('c', 9)
    await w.drain()
    expect(rx.received[2].signature.split(' ')).toHaveLength(1)
    expect(rx.received[2].verifiedWith).toBeUndefined()
  })

  it('two runners on one database never send the same message at the same moment (leases)', async () => {
    await hook()
    rx.answer = () => ({ status: 200, delayMs: 30 })
    for (let i = 0; i < 12; i++) await w.answer(`p${i}`, i % 11)
    const { createRunner } = await import('../outbox/runner')
    const second = createRunner({ db: w.store, config: w.config, clock: () => w.now.t, outbound: nodeOutbound })
    const runs = await Promise.all([w.runner.pass(), second.pass(), w.runner.pass(), second.pass()])
    expect(runs.reduce((n, r) => n + r.claimed, 0)).toBe(12)
    expect(new Set(rx.received.map((r) => r.id)).size).toBe(12)
    expect(rx.received).toHaveLength(12)
  })
})

describe('SSRF', () => {
  it('refuses private endpoints at creation unless the operator allows them', async () => {
    const strict = await loopWorld({ config: { allowPrivateTargets: false } })
    try {
      for (const url of ['https://127.0.0.1/x', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/x', 'https://10.0.0.8/x', 'http://example.com/x', 'https://localhost/x']) {
        const r = await strict.secret('POST', '/v1/webhooks', { url, events: ['response.created'] })
        expect(r.status, url).toBe(422)
      }
      expect((await strict.secret('POST', '/v1/webhooks', { url: 'https://crm.example.com/hook', events: ['response.created'] })).status).toBe(201)
    } finally {
      await strict.close()
    }
  })

  it('refuses at send time a name that resolves to loopback', async () => {
    const r = await nodeOutbound({ url: `http://localhost:${rx.port}/x`, headers: {}, body: '{}', allowPrivate: false, timeoutMs: 2000 })
    expect(r).toMatchObject({ status: null, refused: true })
    expect(rx.received).toHaveLength(0)
    const ok = await nodeOutbound({ url: `http://localhost:${rx.port}/x`, headers: {}, body: '{}', allowPrivate: true, timeoutMs: 2000 })
    expect(ok.status).toBe(204)
  })

  it('times out a receiver that does not answer', async () => {
    rx.answer = () => ({ status: 200, delayMs: 1500 })
    const r = await nodeOutbound({ url: `${rx.url}/slow`, headers: {}, body: '{}', allowPrivate: true, timeoutMs: 300 })
    expect(r.status).toBeNull()
    expect(r.error).toMatch(/timeout/)
  })
})

describe('API document', () => {
  it('describes the closed-loop resources in /openapi.json', async () => {
    const doc = (await (await w.call('GET', '/openapi.json')).json()) as { paths: Record<string, unknown> }
    for (const p of ['/v1/webhooks', '/v1/webhooks/{id}/deliveries/{delivery}/resend', '/v1/webhooks/{id}/rotate-secret', '/v1/alerts', '/v1/followups', '/v1/followups/{id}/notes', '/v1/followups/stats']) {
      expect(doc.paths[p], p).toBeTruthy()
    }
  })
})

describe('tenancy', () => {
  it("another project's key finds nothing (404), a public key reads nothing (401)", async () => {
    const e = await hook()
    await w.answer('a', 2)
    await w.drain()
    const [d] = await deliveries(e.id)
    const { createProject } = await import('../db/seed')
    const other = await createProject(w.client, { name: 'Other' })
    const as = (key: string, method: string, path: string, body?: unknown) => w.call(method, path, body, { authorization: `Bearer ${key}` })
    for (const [method, path] of [
      ['GET', `/v1/webhooks/${e.id}`],
      ['GET', `/v1/webhooks/${e.id}/deliveries`],
      ['GET', `/v1/webhooks/${e.id}/deliveries/${d.id}`],
      ['POST', `/v1/webhooks/${e.id}/deliveries/${d.id}/resend`],
      ['DELETE', `/v1/webhooks/${e.id}`],
    ]) {
      expect((await as(other.secretKey, method, path)).status, path).toBe(404)
      expect((await as(w.project.publicKey, method, path)).status, path).toBe(401)
    }
    expect(((await (await as(other.secretKey, 'GET', '/v1/webhooks')).json()) as { endpoints: unknown[] }).endpoints).toEqual([])
  })
})
