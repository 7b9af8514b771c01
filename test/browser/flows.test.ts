/**
 * The widget end to end on pages that stand for customers' sites: the pasted tag, a
 * mouse user, a keyboard-only user, someone who leaves before the "why?", a site on
 * another origin, and an identified user who answered and must not be asked again.
 * Every assertion about data is made on the rows in the real database.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import { browserAvailable, browserSuite, desktop, orderId, sleep } from './harness'
import * as w from './widget'

describe.skipIf(!browserAvailable)('the tag on a customer page', () => {
  const suite = browserSuite()

  async function open(o: BrowserContextOptions = {}): Promise<{ page: Page; errs: ReturnType<typeof w.watchErrors> }> {
    const context = await suite.newContext(desktop(o))
    const page = await context.newPage()
    return { page, errs: w.watchErrors(page) }
  }

  it('mouse: card appears, 9, "why?", Send, thank-you, closes; one row with score and comment', async () => {
    const { page, errs } = await open()
    const order = orderId()
    const since = Date.now()
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))

    const card = await w.waitForCard(page, 'score')
    expect(await page.locator('tenpoint-survey').count()).toBe(1)
    expect(await page.locator('tenpoint-survey').evaluate((el) => el.shadowRoot?.mode)).toBe('open')
    await expect(card.locator('[role=radiogroup]').count()).resolves.toBe(1)
    expect(await w.radios(page).count()).toBe(11)
    expect(await card.innerText()).toContain('Acme Shop')

    await w.radio(page, 9).click()
    await w.waitForCard(page, 'comment')
    // Saved the moment it was chosen: the row is there before any comment.
    const [first] = await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    expect(first).toMatchObject({ score: 9, comment: null, counted: 1, survey_id: suite.h.surveyId })
    expect(JSON.parse(first.flags), 'flags on an ordinary answer').toEqual([])
    expect(await card.innerText()).toContain(en.why.promoter)

    await w.textarea(page).fill('Quick delivery, well packed')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    expect(await card.innerText()).toContain(en.thanks.promoter)

    // The comment is a PATCH of the same response: still one row, the same row.
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Quick delivery, well packed', 'the comment in the row')
    const after = await suite.h.rows('trigger_key = ?', order)
    expect(after).toHaveLength(1)
    expect(after[0].row_id).toBe(first.row_id)
    expect(after[0].score).toBe(9)

    // The thank-you closes by itself (closesIn).
    await w.waitForNoCard(page, 15_000)
    const events = (await w.tpEvents(page)).map((e) => e.type)
    expect(events).toEqual(['shown', 'answered', 'commented', 'closed'])
    expect(await suite.h.rows('created_at >= ?', since)).toHaveLength(1)
    await w.expectNoPageErrors(errs)
  })

  it('keyboard only: Tab into the card, arrows move without choosing, Enter chooses, comment, Send; focus comes back', async () => {
    const { page, errs } = await open()
    const order = orderId('K')
    const posts = w.watchRequests(page, '/v1/responses')
    await page.goto(suite.h.page('plain.html', { order }))
    await w.tabUntil(page, (f) => f?.id === 'deliver')
    await page.keyboard.press('Enter')
    await w.waitForCard(page, 'score')

    const first = await w.tabUntil(page, (f) => !!f?.inWidget && f.role === 'radio')
    const at = (f: w.Focused) => Number(/\d+/.exec(f.name ?? '')?.[0])
    let cur = at(first)
    expect(cur).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < 11 && cur !== 8; i++) {
      await page.keyboard.press(cur < 8 ? 'ArrowRight' : 'ArrowLeft')
      const f = (await w.focused(page))!
      expect(f.role).toBe('radio')
      cur = at(f)
    }
    expect((await w.focused(page))?.name).toBe(w.scoreName(8))
    // Moving is not choosing: nothing sent, still asking.
    await sleep(300)
    expect(posts).toHaveLength(0)
    expect(await w.cardState(page)).toBe('score')

    await page.keyboard.press('Enter')
    await w.waitForCard(page, 'comment')
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    expect(row.score).toBe(8)
    expect(await w.card(page).innerText()).toContain(en.why.passive)

    await w.tabUntil(page, (f) => f?.tag === 'textarea', 5)
    await page.keyboard.type('Arrived a day late')
    await w.tabUntil(page, (f) => f?.tag === 'button' && f.name === en.send, 6)
    await page.keyboard.press('Enter')
    await w.waitForCard(page, 'thanks')
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Arrived a day late', 'the comment in the row')

    // Escape closes the thank-you; focus goes back to where it was before the card took it.
    await page.keyboard.press('Escape')
    await w.waitForNoCard(page, 3_000)
    expect((await w.focused(page))?.id).toBe('deliver')
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(1)
    expect(posts.filter((p) => p.method === 'POST')).toHaveLength(1)
    await w.expectNoPageErrors(errs)
  })

  it('Escape closes the open card without answering and gives focus back', async () => {
    const { page, errs } = await open()
    const order = orderId('E')
    await page.goto(suite.h.page('plain.html', { order }))
    await w.tabUntil(page, (f) => f?.id === 'deliver')
    await page.keyboard.press('Enter')
    await w.waitForCard(page, 'score')
    await w.tabUntil(page, (f) => !!f?.inWidget && f.role === 'radio')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    await w.waitForNoCard(page, 3_000)
    expect((await w.focused(page))?.id).toBe('deliver')
    expect((await w.tpEvents(page)).map((e) => e.type)).toEqual(['shown', 'closed'])
    await sleep(300)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(0)
    await w.expectNoPageErrors(errs)
  })

  it('typing in a field of the page when the card appears: the field keeps focus, keystrokes never answer the survey', async () => {
    const { page, errs } = await open()
    const order = orderId('T')
    await page.goto(suite.h.page('plain.html', { order }))
    await page.locator('#note').click()
    await page.keyboard.type('Leave it by')
    // The product opens the survey while the person is still typing.
    await page.evaluate((o) => (window as unknown as { tenpoint: (...a: unknown[]) => void }).tenpoint('track', 'Order_Delivered', { order_id: o }), order)
    await w.waitForCard(page, 'score')
    await page.keyboard.type(' the door ')
    await page.keyboard.press('Enter')
    await sleep(500)
    // All four facts at once, so a failure shows the whole story (focus taken → Space chose 0).
    const seen = {
      field: await page.locator('#note').inputValue(),
      focused: await w.focused(page).then((f) => f?.id || `${f?.inWidget ? 'widget ' : ''}${f?.tag}`),
      card: await w.cardState(page),
      stored: (await suite.h.rows('trigger_key = ?', order)).map((r) => ({ score: r.score, comment: r.comment })),
    }
    expect(seen).toEqual({ field: 'Leave it by the door ', focused: 'note', card: 'score', stored: [] })
    await w.expectNoPageErrors(errs)
  })

  it('"Not now" dismisses: nothing stored, the display marked dismissed, not asked again for the next order', async () => {
    const { page, errs } = await open()
    const order = orderId('N')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await w.button(page, en.notNow).click()
    await w.waitForNoCard(page, 3_000)
    const closed = (await w.tpEvents(page)).find((e) => e.type === 'closed')
    expect(closed?.detail).toMatchObject({ reason: 'dismissed' })
    await w.until(async () => {
      const rs = await suite.h.client.execute({ sql: 'SELECT dismissed_at FROM displays WHERE trigger_key = ?', args: [order] })
      return rs.rows.length === 1 && rs.rows[0].dismissed_at !== null
    }, 'the display marked dismissed')
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(0)

    // Same visitor, next delivery: the shorter "not now" clock holds.
    const decided = page.waitForResponse((r) => r.url().includes('/v1/eligibility'))
    await page.goto(suite.h.page('product.html', { order: orderId('N'), auto: '1' }))
    expect(await (await decided).json()).toMatchObject({ show: false })
    await sleep(500)
    expect(await w.card(page).count()).toBe(0)
    await w.expectNoPageErrors(errs)
  })

  it('answer, then leave at once before the "why?": the score is stored', async () => {
    const { page, errs } = await open()
    const order = orderId('L')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await w.radio(page, 6).click()
    // Navigate away without waiting for anything.
    await page.goto(suite.h.page('next.html'))
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    expect(row).toMatchObject({ score: 6, comment: null, counted: 1 })
    await sleep(1000)
    expect(await suite.h.rows('trigger_key = ?', order)).toHaveLength(1)
    await w.expectNoPageErrors(errs)
  })

  it('a customer site on another origin: the tag from the Tenpoint origin works across origins', async () => {
    const { page, errs } = await open()
    const order = orderId('X')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }, { other: true }))
    expect(new URL(page.url()).origin).not.toBe(suite.h.origin)
    await w.waitForCard(page, 'score')
    await w.radio(page, 3).click()
    await w.waitForCard(page, 'comment')
    expect(await w.card(page).innerText()).toContain(en.why.detractor)
    await w.textarea(page).fill('Box was crushed')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    const rows = await w.until(async () => {
      const r = await suite.h.rows('trigger_key = ?', order)
      return r[0]?.comment ? r : null
    }, 'the commented row')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ score: 3, comment: 'Box was crushed' })
    await w.expectNoPageErrors(errs)
  })

  it('an identified user who answered is not asked again: not after clearing storage, not on another device', async () => {
    const user = `user-${Date.now().toString(36)}`
    const signed = { uid: user, uhash: suite.h.userHash(user) }

    const { page, errs } = await open()
    const firstOrder = orderId('U')
    const asked = w.watchRequests(page, '/v1/eligibility')
    await page.goto(suite.h.page('product.html', { ...signed, order: firstOrder, auto: '1' }))
    await w.waitForCard(page, 'score')
    expect(asked[0]?.body).toMatchObject({ user_id: user, user_hash: signed.uhash, event: 'Order_Delivered', order_id: firstOrder })
    await w.radio(page, 10).click()
    await w.waitForCard(page, 'comment')
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [firstOrder])
    expect(row).toMatchObject({ score: 10, user_id: user, verified: 1, respondent_key: `u:${user}` })
    await page.keyboard.press('Escape')
    await w.waitForNoCard(page, 3_000)

    // Same browser, storage wiped, the next order delivered.
    await page.evaluate(() => {
      localStorage.clear()
      sessionStorage.clear()
    })
    const notAgain = async (p: Page, order: string) => {
      const decided = p.waitForResponse((r) => r.url().includes('/v1/eligibility') && r.request().method() === 'POST')
      await p.goto(suite.h.page('product.html', { ...signed, order, auto: '1' }))
      const body = await (await decided).json()
      await sleep(1500)
      expect(await w.card(p).count()).toBe(0)
      expect((await w.tpEvents(p)).map((e) => e.type)).not.toContain('shown')
      return body as { show: boolean; reason?: string }
    }
    expect((await notAgain(page, orderId('U'))).show).toBe(false)
    await w.expectNoPageErrors(errs)

    // Another device: nothing in common with the first browser but the signed user id.
    const other = await suite.browser.newContext(desktop())
    try {
      const p2 = await other.newPage()
      const e2 = w.watchErrors(p2)
      expect(await notAgain(p2, orderId('U'))).toEqual({ show: false, reason: 'recently_answered' })
      await w.expectNoPageErrors(e2)

      // Control: a different signed user on that device is asked.
      const someoneElse = `${user}-b`
      await p2.goto(suite.h.page('product.html', { uid: someoneElse, uhash: suite.h.userHash(someoneElse), order: orderId('U'), auto: '1' }))
      await w.waitForCard(p2, 'score')
    } finally {
      await other.close()
    }
    expect(await suite.h.rows('user_id = ?', user)).toHaveLength(1)
  })
})
