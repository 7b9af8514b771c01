/**
 * "Send a test": POST /v1/alerts/{id}/test and /v1/webhooks/{id}/test send one marked
 * message now through the real channel code to real loopback peers (Slack and Telegram
 * stand-ins that check the documented shapes, an SMTP server, a webhook receiver that
 * verifies with the standardwebhooks package), and answer with the attempt's result.
 * Nothing enters the outbox.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'
import { startSlack, startTelegram } from '../../test/support/chat-peers'
import { startReceiver } from '../../test/support/receiver'
import { startSmtp } from '../../test/support/smtp'
import { loadConfig } from '../config'
import { smtpMailer } from '../runtime/node/mailer'
import { nodeOutbound } from '../runtime/node/outbound'
import type { Mailer } from '../runtime/types'

const TOKEN = '123456:ABCdefGhIJKlmnoPQRstuVWXyz_0123456'
let w: TestWorld
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of closers.splice(0)) await c().catch(() => {})
  await w.close()
})

async function start(o: { mailer?: Mailer; telegram?: string; allowPrivate?: boolean; settings?: Record<string, unknown> } = {}) {
  const config = { ...loadConfig({}), allowPrivateTargets: o.allowPrivate ?? true, publicUrl: 'https://tenpoint.test', ...(o.telegram ? { telegramApiBase: o.telegram } : {}) }
  w = await world({ settings: o.settings, app: { config, outbound: nodeOutbound, mailer: o.mailer } })
  // Receivers check webhook-timestamp against their own clock.
  w.now.t = Date.now()
}
const secret = (method: string, path: string, body?: unknown) => w.call(method, path, body, { authorization: `Bearer ${w.project.secretKey}` })
async function create(path: string, body: Record<string, unknown>) {
  const r = await secret('POST', path, body)
  expect(r.status, await r.clone().text()).toBe(201)
  return (await r.json()) as { id: string; secret?: string }
}

describe('send a test', () => {
  it('Slack: the real request shape, marked as a test, now; the answer says delivered with the code', async () => {
    await start()
    const slack = await startSlack()
    closers.push(slack.close)
    const ch = await create('/v1/alerts', { kind: 'slack', url: `${slack.url}/services/T/B/X`, events: ['followup.opened'] })
    const r = await secret('POST', `/v1/alerts/${ch.id}/test`)
    expect(r.status).toBe(200)
    const body = await r.json()
    expect(body).toMatchObject({ ok: true, status_code: 200, verdict: 'delivered', error: null })
    expect(body.duration_ms).toBeGreaterThanOrEqual(0)
    expect(slack.refused).toEqual([])
    expect(slack.accepted).toHaveLength(1)
    expect(slack.accepted[0].text).toContain('TEST ALERT from Tenpoint')
    expect(slack.accepted[0].path).toBe('/services/T/B/X')
    // A test is not a message: nothing in the outbox, no delivery listed.
    expect(await w.count('outbox_messages')).toBe(0)
    expect((await (await secret('GET', `/v1/alerts/${ch.id}/deliveries`)).json()).deliveries).toEqual([])
  })

  it('Slack answering 429 or down: reported as failed, not retried', async () => {
    await start()
    const slack = await startSlack()
    closers.push(slack.close)
    slack.script.push({ rateLimit: 30 })
    const ch = await create('/v1/alerts', { kind: 'slack', url: `${slack.url}/services/T/B/X`, events: ['followup.opened'] })
    expect(await (await secret('POST', `/v1/alerts/${ch.id}/test`)).json()).toMatchObject({ ok: false, status_code: 429, verdict: 'failed' })
    await slack.close()
    const down = await (await secret('POST', `/v1/alerts/${ch.id}/test`)).json()
    expect(down).toMatchObject({ ok: false, status_code: null, verdict: 'failed' })
    expect(down.error).toBeTruthy()
    expect(await w.count('outbox_messages')).toBe(0)
  })

  it('Telegram in the project’s language; e-mail through a real SMTP server', async () => {
    const tg = await startTelegram(TOKEN)
    closers.push(tg.close)
    const smtp = await startSmtp()
    closers.push(smtp.close)
    await start({ telegram: tg.url, mailer: smtpMailer(`${smtp.url}?ignoreTLS=true`, 'Tenpoint <alerts@tenpoint.test>'), settings: { defaultLocale: 'uk' } })
    const t = await create('/v1/alerts', { kind: 'telegram', secret: TOKEN, config: { chat_id: 42 }, events: ['followup.opened'] })
    expect(await (await secret('POST', `/v1/alerts/${t.id}/test`)).json()).toMatchObject({ ok: true, verdict: 'delivered' })
    expect(tg.refused).toEqual([])
    expect(tg.accepted[0]).toMatchObject({ chat_id: 42, parse_mode: 'HTML' })
    expect(tg.accepted[0].text).toContain('ТЕСТОВЕ сповіщення Tenpoint')
    const m = await create('/v1/alerts', { kind: 'email', config: { to: ['ops@acme.test'], locale: 'en' }, events: ['followup.opened'] })
    expect(await (await secret('POST', `/v1/alerts/${m.id}/test`)).json()).toMatchObject({ ok: true, status_code: 250, verdict: 'delivered' })
    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0].to).toEqual(['ops@acme.test'])
    expect(smtp.mails[0].subject).toBe('[Acme] TEST ALERT from Tenpoint: this channel works. Nothing happened to a customer.')
  })

  it('a webhook endpoint gets a signed `test` message its receiver verifies with standardwebhooks', async () => {
    await start()
    const rx = await startReceiver()
    closers.push(rx.close)
    const e = await create('/v1/webhooks', { url: `${rx.url}/hook`, events: ['response.created'] })
    rx.secrets.push(e.secret!)
    const r = await (await secret('POST', `/v1/webhooks/${e.id}/test`)).json()
    expect(r).toMatchObject({ ok: true, status_code: 204, verdict: 'delivered' })
    expect(rx.received).toHaveLength(1)
    expect(rx.received[0].verifiedWith).toBe(e.secret)
    expect(rx.received[0].json).toMatchObject({ id: r.message_id, type: 'test', data: { test: true, project: { id: w.project.id, name: 'Acme' } } })
  })

  it('the SSRF guard holds for tests too; scopes, kinds and tenants are checked', async () => {
    await start({ allowPrivate: false })
    await w.client.execute({
      sql: `INSERT INTO endpoints (id, project_id, kind, url, description, secret, events, filter, config, enabled, created_at, updated_at)
            VALUES ('ep_loop', ?, 'slack', 'http://127.0.0.1:9/x', '', '', '["followup.opened"]', '{}', '{}', 1, 0, 0)`,
      args: [w.project.id],
    })
    expect(await (await secret('POST', '/v1/alerts/ep_loop/test')).json()).toMatchObject({ ok: false, verdict: 'refused' })
    // A webhook id under /v1/alerts and the other way round: 404.
    expect((await secret('POST', '/v1/webhooks/ep_loop/test')).status).toBe(404)
    expect((await secret('POST', '/v1/alerts/ep_nope/test')).status).toBe(404)
    // The public key is not enough.
    expect((await w.call('POST', '/v1/alerts/ep_loop/test')).status).toBe(401)
  })
})
