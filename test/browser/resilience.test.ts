/**
 * Answers survive a bad network and a database outage: the widget keeps the answer,
 * retries it with the same id (honouring Retry-After), and exactly one row exists once
 * things are back. The database here is libSQL over HTTP (the Hrana peer over the real
 * engine), so an outage is a real one: the server answers 503 with Retry-After.
 */
import { describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import { browserAvailable, browserSuite, desktop, orderId, sleep } from './harness'
import * as w from './widget'

const RETRY_AFTER_S = 2

describe.skipIf(!browserAvailable)('delivery when the network or the database fails', () => {
  const suite = browserSuite({
    harness: { remote: true, retryAfterSeconds: RETRY_AFTER_S },
    // Whatever happened in a test, the next one starts with the database up.
    afterEach: (h) => h.peer?.start().catch(() => {}),
  })

  it('offline when choosing, online later: exactly one response, always sent with the same id', async () => {
    const context = await suite.newContext(desktop())
    const page = await context.newPage()
    const errs = w.watchErrors(page)
    const posts = w.watchRequests(context, '/v1/responses')
    const order = orderId('O')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')

    await context.setOffline(true)
    await w.radio(page, 9).click()
    // The person is not held up by the network: the card moves on to the "why?".
    await w.waitForCard(page, 'comment')
    await sleep(1500)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(0)

    await context.setOffline(false)
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order], 20_000)
    expect(row).toMatchObject({ score: 9, counted: 1 })
    await sleep(1000)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(1)

    const answers = posts.filter((p) => p.method === 'POST')
    expect(answers.length).toBeGreaterThanOrEqual(1)
    expect(new Set(answers.map((p) => (p.body as { id: string }).id)).size).toBe(1)
    expect((answers[0].body as { id: string }).id).toBe(row.client_id)
    await w.expectNoPageErrors(errs)
  })

  it('offline, comment written too, then online: one row with the score and the comment', async () => {
    const context = await suite.newContext(desktop())
    const page = await context.newPage()
    const errs = w.watchErrors(page)
    const order = orderId('OC')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await context.setOffline(true)
    await w.radio(page, 7).click()
    await w.waitForCard(page, 'comment')
    await w.textarea(page).fill('Written on the train')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    await sleep(500)
    await context.setOffline(false)
    const rows = await w.until(async () => {
      const r = await suite.h.rows('trigger_key = ?', order)
      return r.length === 1 && r[0].comment ? r : null
    }, 'the row with its comment', 20_000)
    expect(rows[0]).toMatchObject({ score: 7, comment: 'Written on the train' })
    await w.expectNoPageErrors(errs)
  })

  it('database down when choosing, the visitor leaves; the next page with the tag delivers the kept answer once', async () => {
    // (A real outage rather than setOffline: Chromium lets a keepalive request sent while the
    // page unloads escape the emulated offline state, which would make this test vacuous.)
    const context = await suite.newContext(desktop())
    const page = await context.newPage()
    const errs = w.watchErrors(page)
    const posts = w.watchRequests(context, '/v1/responses')
    const order = orderId('DL')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    const from = suite.h.log.length
    await suite.h.peer!.stop()
    await w.radio(page, 5).click()
    await w.until(() => suite.h.log.slice(from).some((r) => r.path === '/v1/responses' && r.status === 503), 'a 503 for the answer')
    // Gone while the database is still down: the last-chance send on pagehide gets a 503 too.
    await page.goto(suite.h.page('next.html'))
    await sleep(300)
    await suite.h.peer!.start()
    await sleep(300)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(0)

    // Later, any page of the site with the tag on it.
    await page.goto(suite.h.page('product.html', { order: orderId('DL') }))
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order], 15_000)
    expect(row.score).toBe(5)
    await sleep(500)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(1)
    expect(new Set(posts.filter((p) => p.method === 'POST').map((p) => (p.body as { id: string }).id)).size).toBe(1)
    await w.expectNoPageErrors(errs)
  })

  it('database down (503 + Retry-After) when choosing, back later: retried after Retry-After, exactly one row', async () => {
    const context = await suite.newContext(desktop())
    const page = await context.newPage()
    const errs = w.watchErrors(page)
    const posts = w.watchRequests(context, '/v1/responses')
    const order = orderId('D')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')

    const from = suite.h.log.length
    await suite.h.peer!.stop()
    await w.radio(page, 4).click()
    const failed = await w.until(
      () => suite.h.log.slice(from).find((r) => r.method === 'POST' && r.path === '/v1/responses' && r.status === 503),
      'a 503 for the answer',
    )
    expect(failed.retryAfter).toBe(String(RETRY_AFTER_S))
    await w.waitForCard(page, 'comment')
    await sleep(300)
    await suite.h.peer!.start()

    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order], 20_000)
    expect(row.score).toBe(4)
    const stored = suite.h.log.slice(from).find((r) => r.method === 'POST' && r.path === '/v1/responses' && r.status === 201)!
    expect(stored, 'the retry that stored it').toBeTruthy()
    // Each retry waited at least what the server asked for.
    const tries = suite.h.log.slice(from).filter((r) => r.method === 'POST' && r.path === '/v1/responses')
    for (let i = 1; i < tries.length; i++) {
      if (tries[i - 1].status === 503) expect(tries[i].at - tries[i - 1].at, `try ${i + 1} after a 503`).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 100)
    }
    await sleep(1000)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(1)
    expect(new Set(posts.filter((p) => p.method === 'POST').map((p) => (p.body as { id: string }).id)).size).toBe(1)
    await w.expectNoPageErrors(errs)
  })
})
