/**
 * Alerts through the outbox to real peers on loopback: Slack and Telegram stand-ins that
 * check the documented request shapes (and answer with their documented errors), and a
 * real SMTP server receiving what nodemailer sends.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { smtpMailer } from '../runtime/node/mailer'
import { loopWorld, type LoopWorld } from '../../test/support/loop'
import { startSlack, startTelegram, telegramVisibleLength, type Peer } from '../../test/support/chat-peers'
import { startSmtp, type SmtpPeer } from '../../test/support/smtp'

const TOKEN = '123456:ABCdefGhIJKlmnoPQRstuVWXyz_0123456'
let w: LoopWorld
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of closers.splice(0)) await c().catch(() => {})
  await w.close()
})

const EVIL = 'Courier <b>threw</b> it & left <!channel> *now*'

async function channel(body: Record<string, unknown>) {
  const r = await w.secret('POST', '/v1/alerts', body)
  expect(r.status, await r.clone().text()).toBe(201)
  return (await r.json()) as { id: string }
}

describe('alerts', () => {
  it('Slack: text plus blocks, the comment escaped for mrkdwn; a rate limit delays, never loses', async () => {
    w = await loopWorld({ settings: { followups: { enabled: true, defaultOwner: 'anna' } } })
    const slack: Peer = await startSlack()
    closers.push(slack.close)
    const ch = await channel({ kind: 'slack', url: `${slack.url}/services/T000/B000/XXXX`, events: ['followup.opened'] })
    slack.script.push({ rateLimit: 30 })
    await w.answer('a', 2, { comment: EVIL, user_id: undefined })
    await w.drain()
    expect(slack.accepted).toHaveLength(0)
    w.tick(10_000)
    await w.drain()
    expect(slack.accepted).toHaveLength(0)
    w.tick(21_000)
    await w.drain()
    expect(slack.refused).toEqual([])
    expect(slack.accepted).toHaveLength(1)
    const m = slack.accepted[0]
    expect(m.path).toBe('/services/T000/B000/XXXX')
    expect(m.text).toContain('New follow-up')
    const all = JSON.stringify(m.blocks)
    expect(all).toContain('Courier &lt;b&gt;threw&lt;/b&gt; it &amp; left &lt;!channel&gt;')
    expect(all).not.toContain('<!channel>')
    expect(m.blocks.find((b: any) => b.type === 'actions').elements[0].url).toMatch(/^https:\/\/tenpoint\.test\/v1\/followups\/fu_/)
    const ds = (await (await w.secret('GET', `/v1/alerts/${ch.id}/deliveries`)).json()) as { deliveries: { status: string; attempts: number }[] }
    expect(ds.deliveries).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2 })])
  })

  it('Telegram: sendMessage in HTML within 4,096 characters, and its 429 retry_after honoured', async () => {
    const tg = await startTelegram(TOKEN)
    closers.push(tg.close)
    w = await loopWorld({ settings: { defaultLocale: 'ru', followups: { enabled: true } }, config: { telegramApiBase: tg.url } })
    await channel({ kind: 'telegram', secret: TOKEN, config: { chat_id: -100123 }, events: ['followup.opened'] })
    tg.script.push({ rateLimit: 7 })
    const long = `${EVIL} ${'очень долго <&> '.repeat(400)}`
    await w.answer('a', 1, { comment: long.slice(0, 2000) })
    await w.drain()
    expect(tg.accepted).toHaveLength(0)
    w.tick(5000)
    await w.drain()
    expect(tg.accepted).toHaveLength(0) // the schedule says 5 s, Telegram said 7
    w.tick(2500)
    await w.drain()
    expect(tg.refused).toEqual([])
    expect(tg.accepted).toHaveLength(1)
    const m = tg.accepted[0]
    expect(m).toMatchObject({ chat_id: -100123, parse_mode: 'HTML' })
    expect(m.text).toContain('Новое обращение')
    expect(m.text).toContain('Courier &lt;b&gt;threw&lt;/b&gt; it &amp; left')
    expect(m.text.length).toBeLessThanOrEqual(4096)
    expect(telegramVisibleLength(m.text)).toBeLessThanOrEqual(4096)
  })

  it('Telegram: a comment far longer than 4,096 characters once escaped is shortened, never refused', async () => {
    const tg = await startTelegram(TOKEN)
    closers.push(tg.close)
    w = await loopWorld({ settings: { followups: { enabled: true } }, config: { telegramApiBase: tg.url } })
    await channel({ kind: 'telegram', secret: TOKEN, config: { chat_id: '@cx_team', locale: 'uk' }, events: ['response.created'], filter: { buckets: ['detractor'] } })
    await w.answer('a', 3, { comment: '<&>'.repeat(666) }) // 1,998 characters, ~8,600 once escaped
    await w.drain()
    expect(tg.refused).toEqual([])
    expect(tg.accepted).toHaveLength(1)
    expect(tg.accepted[0].text.length).toBeLessThanOrEqual(4096)
    expect(tg.accepted[0].text).toContain('Критик')
    expect(tg.accepted[0].text).toContain('…</blockquote>')
  })

  it('e-mail: through a real SMTP server, to the recipients, in the project language, the comment escaped', async () => {
    const smtp: SmtpPeer = await startSmtp()
    closers.push(smtp.close)
    w = await loopWorld({ settings: { defaultLocale: 'uk', followups: { enabled: true } }, mailer: smtpMailer(`${smtp.url}?ignoreTLS=true`, 'Tenpoint <alerts@tenpoint.test>') })
    await channel({ kind: 'email', config: { to: ['cx@shop.test', 'lead@shop.test'] }, events: ['followup.opened'] })
    await w.answer('a', 0, { comment: EVIL })
    await w.drain()
    expect(smtp.mails).toHaveLength(1)
    const m = smtp.mails[0]
    expect(m.from).toBe('alerts@tenpoint.test')
    expect(m.to).toEqual(['cx@shop.test', 'lead@shop.test'])
    expect(m.subject).toBe('[Acme] Нове звернення (Критик, пріоритет: high) — 0/10 · Quarterly NPS')
    expect(m.html).toContain('Courier &lt;b&gt;threw&lt;/b&gt; it &amp; left &lt;!channel&gt;')
    expect(m.html).not.toContain('<b>threw')
    expect(m.text).toContain(`Коментар: ${EVIL}`)
  })

  it('e-mail while the SMTP server is down is retried, not lost', async () => {
    const smtp = await startSmtp()
    const url = smtp.url
    await smtp.close()
    w = await loopWorld({ settings: { followups: { enabled: true } }, mailer: smtpMailer(`${url}?ignoreTLS=true&connectionTimeout=500`, undefined) })
    const ch = await channel({ kind: 'email', config: { to: ['cx@shop.test'] }, events: ['followup.opened'] })
    await w.answer('a', 4)
    await w.drain()
    const ds = (await (await w.secret('GET', `/v1/alerts/${ch.id}/deliveries`)).json()) as { deliveries: { status: string; attempts: number; last_error: string }[] }
    expect(ds.deliveries[0]).toMatchObject({ status: 'pending', attempts: 1 })
    expect(ds.deliveries[0].last_error).toBeTruthy()
  })

  it('every alert channel is told when a webhook endpoint is disabled, whatever events it chose', async () => {
    w = await loopWorld()
    const slack = await startSlack()
    closers.push(slack.close)
    await channel({ kind: 'slack', url: `${slack.url}/services/T/B/X`, events: ['followup.sla_breached'] })
    const { startReceiver } = await import('../../test/support/receiver')
    const rx = await startReceiver()
    closers.push(rx.close)
    rx.answer = () => ({ status: 410 })
    const e = await w.endpoint({ url: `${rx.url}/gone`, events: ['response.created'] })
    await w.answer('a', 9)
    await w.drain()
    expect(slack.refused).toEqual([])
    expect(slack.accepted).toHaveLength(1)
    expect(slack.accepted[0].text).toContain(`Webhook endpoint disabled: ${rx.url}/gone (reason: gone)`)
    expect(JSON.stringify(slack.accepted[0].blocks)).toContain(`/v1/webhooks/${e.id}`)
  })

  it('validates channels: Telegram needs a bot token and a chat, e-mail recipients, Slack a URL', async () => {
    w = await loopWorld()
    expect((await w.secret('POST', '/v1/alerts', { kind: 'telegram', secret: 'nope', config: { chat_id: 1 }, events: ['followup.opened'] })).status).toBe(422)
    expect((await w.secret('POST', '/v1/alerts', { kind: 'telegram', secret: TOKEN, events: ['followup.opened'] })).status).toBe(422)
    expect((await w.secret('POST', '/v1/alerts', { kind: 'email', events: ['followup.opened'] })).status).toBe(422)
    expect((await w.secret('POST', '/v1/alerts', { kind: 'slack', events: ['followup.opened'] })).status).toBe(422)
    const t = await w.secret('POST', '/v1/alerts', { kind: 'telegram', secret: TOKEN, config: { chat_id: 1 }, events: ['followup.opened'] })
    expect(JSON.stringify(await t.json())).not.toContain(TOKEN)
  })
})
