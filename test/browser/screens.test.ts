/**
 * What screenshots from real Chromium at 1280, 390 and 320 px showed, each checked from
 * the visitor's side: the 0–10 scale on one row at every width, focus and announcement
 * when the card opens, a typed comment that is never lost, the page's colour scheme,
 * hover on touch screens, the hosted page's finished state, changing the score on the
 * "why?" step, `tenpoint('close')`, preview and `data-debug`.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import uk from '../../shared/i18n/uk'
import { format } from '../../shared/i18n'
import { PAGE_TEXTS } from '../../shared/i18n/page'
import { ARTIFACTS_DIR, browserAvailable, browserSuite, desktop, orderId, phone, sleep } from './harness'
import * as w from './widget'

type Tenpoint = (...a: unknown[]) => void
const call = (page: Page, ...args: unknown[]) => page.evaluate((a) => (window as unknown as { tenpoint: Tenpoint }).tenpoint(...a), args)

/** The card's elements that draw a focus ring (:focus-visible with an outline), looking through the shadow root. */
const ringed = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('tenpoint-survey')?.shadowRoot
    return [...(root?.querySelectorAll('*') ?? [])]
      .filter((e) => e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none')
      .map((e) => e.getAttribute('aria-label') ?? e.localName)
  })

describe.skipIf(!browserAvailable)('what the screenshots showed', () => {
  const suite = browserSuite()
  beforeAll(() => mkdirSync(ARTIFACTS_DIR, { recursive: true }))

  async function open(o: BrowserContextOptions = {}) {
    const context = await suite.newContext(desktop(o))
    const page = await context.newPage()
    return { page, errs: w.watchErrors(page) }
  }
  const link = (user: string, order: string, locale = 'en') =>
    suite.h.hosted({ key: suite.h.project.publicKey, user_id: user, user_hash: suite.h.userHash(user), event: 'Order_Delivered', order_id: order, locale, channel: 'webview' })

  /** One row 0…10, in order, every target at least 24 × 40, the end labels under the ends, all inside the viewport. */
  async function expectOneRow(page: Page, width: number) {
    await sleep(400) // the entrance animation moves the card
    const boxes = []
    for (let i = 0; i <= 10; i++) boxes.push((await w.radio(page, i).boundingBox())!)
    for (const [i, b] of boxes.entries()) {
      expect(b.y, `${width} px: ${i} on the row of 0`).toBeCloseTo(boxes[0].y, 0)
      expect(b.width, `${width} px: ${i} width`).toBeGreaterThanOrEqual(24)
      expect(b.height, `${width} px: ${i} height`).toBeGreaterThanOrEqual(40)
      expect(b.x, `${width} px: ${i} inside the screen`).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width, `${width} px: ${i} inside the screen`).toBeLessThanOrEqual(width)
      if (i) expect(b.x, `${width} px: ${i} right of ${i - 1}`).toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width - 1)
    }
    const low = (await w.card(page).getByText(en.low, { exact: true }).boundingBox())!
    const high = (await w.card(page).getByText(en.high, { exact: true }).boundingBox())!
    const end = boxes[10].x + boxes[10].width
    expect(Math.abs(low.x - boxes[0].x), `${width} px: "${en.low}" starts under 0`).toBeLessThanOrEqual(2)
    expect(Math.abs(high.x + high.width - end), `${width} px: "${en.high}" ends under 10`).toBeLessThanOrEqual(2)
    expect(low.y, `${width} px: labels below the scale`).toBeGreaterThanOrEqual(boxes[0].y + boxes[0].height)
  }

  for (const width of [320, 390, 1280]) {
    it(`${width} px: the scale is one row 0…10 with the end labels under its ends (floating card)`, async () => {
      const { page, errs } = await open({ viewport: { width, height: 800 } })
      await page.goto(suite.h.page('product.html', { order: orderId('W'), auto: '1' }))
      await w.waitForCard(page, 'score')
      await expectOneRow(page, width)
      await page.screenshot({ path: join(ARTIFACTS_DIR, `card-${width}px.png`) })
      await w.expectNoPageErrors(errs)
    })
  }
  for (const width of [320, 390]) {
    it(`${width} px: the scale is one row on the full-screen hosted page`, async () => {
      const context = await suite.newContext(phone({ viewport: { width, height: 700 } }))
      const page = await context.newPage()
      const errs = w.watchErrors(page)
      await page.goto(link(`row-${width}-${Date.now().toString(36)}`, orderId('WH')))
      await w.waitForCard(page, 'score')
      await expectOneRow(page, width)
      await page.screenshot({ path: join(ARTIFACTS_DIR, `hosted-${width}px.png`) })
      await w.expectNoPageErrors(errs)
    })
  }

  it('opening by itself: focus stays on the page, the card is announced politely, no ring on 0', async () => {
    const { page, errs } = await open()
    await page.goto(suite.h.page('product.html', { order: orderId('FA'), auto: '1' }))
    const question = format(en.question, { product: 'Acme Shop' })
    await w.waitForCard(page, 'score')
    await sleep(500)
    expect((await w.focused(page))?.inWidget ?? false, 'focus moved into the card').toBe(false)
    const live = w.card(page).locator('[aria-live=polite], [role=status]')
    await w.until(async () => (await live.allInnerTexts()).join(' ').includes(question), 'the question in a polite live region')
    expect(await ringed(page)).toEqual([])
    await w.expectNoPageErrors(errs)
  })

  it('opened by a click: focus goes into the card, without a ring; the keyboard shows one', async () => {
    const { page, errs } = await open()
    await page.goto(suite.h.page('plain.html', { order: orderId('FC') }))
    await page.locator('#deliver').click()
    await w.waitForCard(page, 'score')
    await w.until(async () => (await w.focused(page))?.inWidget, 'focus in the card')
    expect(await ringed(page), 'a ring after a mouse click').toEqual([])
    const outline = await w.radio(page, 0).evaluate((b) => getComputedStyle(b).outlineStyle)
    expect(outline).toBe('none')
    await w.tabUntil(page, (f) => f?.role === 'radio')
    expect(await ringed(page), 'the keyboard focus ring').toEqual([w.scoreName(0)])
    await w.expectNoPageErrors(errs)
  })

  it('the hosted page (a person opened it): focus is in the card, no ring on 0', async () => {
    const context = await suite.newContext(phone())
    const page = await context.newPage()
    await page.goto(link(`focus-${Date.now().toString(36)}`, orderId('FH')))
    await w.waitForCard(page, 'score')
    await w.until(async () => (await w.focused(page))?.inWidget, 'focus in the card')
    expect(await ringed(page)).toEqual([])
  })

  for (const how of ['Escape', 'the close button', "tenpoint('close')"] as const) {
    it(`a typed comment is kept when the card is closed with ${how}`, async () => {
      const { page, errs } = await open()
      const order = orderId('KC')
      await page.goto(suite.h.page('product.html', { order, auto: '1' }))
      await w.waitForCard(page, 'score')
      await w.radio(page, 7).click()
      await w.waitForCard(page, 'comment')
      await w.textarea(page).fill('Half typed, then gone')
      if (how === 'Escape') await page.keyboard.press('Escape')
      else if (how === 'the close button') await w.button(page, en.close).click()
      else await call(page, 'close')
      await w.waitForNoCard(page, 3_000)
      await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Half typed, then gone', 'the comment in the row')
      expect((await w.tpEvents(page)).map((e) => e.type)).toEqual(['shown', 'answered', 'commented', 'closed'])
      await w.expectNoPageErrors(errs)
    })
  }

  it('a typed comment is kept when the visitor leaves the page', async () => {
    const { page, errs } = await open()
    const order = orderId('KL')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await w.radio(page, 8).click()
    await w.waitForCard(page, 'comment')
    await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    await w.textarea(page).fill('Typed, then off to another page')
    await w.expectNoPageErrors(errs)
    await page.goto(suite.h.page('next.html'))
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Typed, then off to another page', 'the comment in the row')
  })

  it('a page that declares only <meta name=color-scheme content=dark> gets a dark card', async () => {
    const { page, errs } = await open({ colorScheme: 'light' })
    await page.goto(suite.h.page('dark-meta.html', { order: orderId('DM'), auto: '1' }))
    await w.waitForCard(page, 'score')
    await sleep(300)
    const bg = await w.card(page).evaluate((d) => getComputedStyle(d).backgroundColor)
    const [r, g, b] = bg.match(/\d+/g)!.map(Number)
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `card background ${bg}`).toBeLessThan(110)
    await w.expectNoPageErrors(errs)
  })

  it('hover styles only where the device can hover: none stick under a finger', async () => {
    const look = (page: Page, n: number) => w.radio(page, n).evaluate((b) => `${getComputedStyle(b).borderColor} ${getComputedStyle(b).boxShadow}`)
    const hovered = async (o: BrowserContextOptions) => {
      const context = await suite.newContext(o)
      const page = await context.newPage()
      await page.goto(suite.h.page('product.html', { order: orderId('HV'), auto: '1' }))
      await w.waitForCard(page, 'score')
      await w.radio(page, 5).hover()
      const r = { five: await look(page, 5), six: await look(page, 6) }
      await context.close()
      suite.context = undefined
      return r
    }
    const touch = await hovered(phone())
    expect(touch.five, 'touch screen: 5 under the finger looks like 6').toBe(touch.six)
    const mouse = await hovered(desktop())
    expect(mouse.five, 'control: with a mouse, hovering 5 shows').not.toBe(mouse.six)
  })

  it('the hosted page: the card is centred vertically, then a finished state in the survey’s language', async () => {
    const context = await suite.newContext(phone())
    const page = await context.newPage()
    const errs = w.watchErrors(page)
    const locales = () => suite.h.log.filter((r) => r.path.includes('/assets/l-uk-')).length
    const before = locales()
    await page.goto(link(`done-${Date.now().toString(36)}`, orderId('HD'), 'uk'))
    await w.waitForCard(page, 'score')
    expect(locales() - before, 'the locale is fetched once (hosted.js and the UI ask for the same URL)').toBe(1)
    await sleep(400)
    const box = (await w.card(page).boundingBox())!
    const vh = page.viewportSize()!.height
    expect(Math.abs(box.y + box.height / 2 - vh / 2), `card ${JSON.stringify(box)} centred in ${vh}`).toBeLessThanOrEqual(2)
    await w.radio(page, 9, uk).tap()
    await w.waitForCard(page, 'comment')
    await w.button(page, uk.skip).tap()
    await w.waitForCard(page, 'thanks')
    await w.button(page, uk.close).tap()
    await w.waitForNoCard(page)
    const done = page.getByText(PAGE_TEXTS.uk.done, { exact: true })
    await done.waitFor({ state: 'visible', timeout: 3_000 })
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hosted-done.png') })
    const d = (await done.boundingBox())!
    expect(Math.abs(d.y + d.height / 2 - vh / 2)).toBeLessThanOrEqual(vh / 4)
    await w.expectNoPageErrors(errs)
  })

  it('the hosted page for a link already answered: "you already answered", in its language', async () => {
    const user = `answered-${Date.now().toString(36)}`
    const order = orderId('HA')
    const context = await suite.newContext(phone())
    let page = await context.newPage()
    await page.goto(link(user, order, 'uk'))
    await w.waitForCard(page, 'score')
    await w.radio(page, 8, uk).tap()
    await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    await page.close()
    page = await context.newPage()
    const errs = w.watchErrors(page)
    await page.goto(link(user, order, 'uk'))
    await page.getByText(PAGE_TEXTS.uk.answered, { exact: true }).waitFor({ state: 'visible', timeout: 5_000 })
    expect(await w.card(page).count()).toBe(0)
    await w.expectNoPageErrors(errs)
  })

  it('the "why?" step shows the chosen score and lets the person change it (one response, PATCH with score; the stored score needs the server)', async () => {
    const { page, errs } = await open()
    const order = orderId('SC')
    const sent = w.watchRequests(page, '/v1/responses')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await w.radio(page, 9).click()
    await w.waitForCard(page, 'comment')
    expect(await w.card(page).innerText()).toContain(format(en.yourScore, { score: 9 }))
    await w.button(page, en.changeScore).click()
    await w.waitForCard(page, 'score')
    expect(await w.radio(page, 9).getAttribute('aria-checked')).toBe('true')
    await w.radio(page, 4).click()
    await w.waitForCard(page, 'comment')
    const text = await w.card(page).innerText()
    expect(text).toContain(format(en.yourScore, { score: 4 }))
    expect(text).toContain(en.why.detractor)
    await w.textarea(page).fill('Changed my mind')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    await w.until(() => sent.filter((r) => r.method === 'PATCH').length === 2, 'two PATCHes')
    const post = sent.find((r) => r.method === 'POST')!
    const patches = sent.filter((r) => r.method === 'PATCH')
    expect(patches.map((p) => p.body)).toEqual([
      { anonymous_id: (post.body as { anonymous_id: string }).anonymous_id, score: 4 },
      { anonymous_id: (post.body as { anonymous_id: string }).anonymous_id, comment: 'Changed my mind' },
    ])
    for (const p of patches) expect(p.url).toContain(`/v1/responses/${(post.body as { id: string }).id}?`)
    // The stored row (needs the server's PATCH with `score`).
    const rows = await w.until(async () => {
      const r = await suite.h.rows('trigger_key = ?', order)
      return r[0]?.comment && r[0].score === 4 ? r : null
    }, 'the row with the changed score and the comment')
    expect(rows).toHaveLength(1)
    await w.expectNoPageErrors(errs)
  })

  it("tenpoint('close') closes the card for a route change: no dismissal, and the next question is still asked", async () => {
    const { page, errs } = await open()
    const dismissals = w.watchRequests(page, '/v1/displays/dismiss')
    await page.goto(suite.h.page('product.html', { order: orderId('CL'), auto: '1' }))
    await w.waitForCard(page, 'score')
    await call(page, 'close')
    await w.waitForNoCard(page, 3_000)
    expect((await w.tpEvents(page)).find((e) => e.type === 'closed')?.detail).toMatchObject({ reason: 'api' })
    await sleep(300)
    expect(dismissals).toEqual([])
    await call(page, 'close') // nothing open: nothing happens
    // The next question is asked (the queue does not wait for a survey that is gone).
    const next = page.waitForResponse((r) => r.url().includes('/v1/eligibility'), { timeout: 5_000 })
    await call(page, 'track', 'Order_Delivered', { order_id: orderId('CL') })
    expect((await next).status()).toBe(200)
    expect((await w.tpEvents(page)).filter((e) => e.type === 'error')).toEqual([])
    await w.expectNoPageErrors(errs)
  })

  it('preview: ?tenpoint_preview=1 and show({ preview: true }) send preview: true; others do not', async () => {
    const { page, errs } = await open()
    const asked = w.watchRequests(page, '/v1/eligibility')
    await page.goto(suite.h.page('plain.html', { tenpoint_preview: '1' }))
    await w.until(() => asked.length >= 1, 'the page-view question')
    await page.goto(suite.h.page('plain.html'))
    await w.until(() => asked.length >= 2, 'the second page-view question')
    await call(page, 'show', { survey_id: suite.h.surveyId, preview: true })
    await w.until(() => asked.length >= 3, 'the show question')
    expect(asked.map((a) => !!(a.body as { preview?: boolean }).preview)).toEqual([true, false, true])
    await w.expectNoPageErrors(errs)
  })

  it('preview end to end: shown whatever the caps, stored flagged preview and not counted (needs the server)', async () => {
    const { page, errs } = await open()
    const order = orderId('PV')
    await page.goto(suite.h.page('product.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    await w.radio(page, 10).click()
    await w.waitForCard(page, 'comment')
    await page.keyboard.press('Escape')
    await w.waitForNoCard(page)
    await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    // Answered: normally not asked again. A preview shows it anyway.
    await call(page, 'show', { survey_id: suite.h.surveyId, preview: true })
    await w.waitForCard(page, 'score')
    await w.radio(page, 3).click()
    const rows = await w.until(async () => {
      const r = await suite.h.rows('survey_id = ? AND flags LIKE ?', suite.h.surveyId, '%preview%')
      return r.length ? r : null
    }, 'a preview row')
    expect(rows[0]).toMatchObject({ score: 3, counted: 0 })
    await w.expectNoPageErrors(errs)
  })

  it('data-debug: every "no" is printed with its reason (console.info); without it, nothing', async () => {
    const logs = async (fixture: string) => {
      const { page, errs } = await open()
      const lines: { type: string; text: string }[] = []
      page.on('console', async (m) => lines.push({ type: m.type(), text: JSON.stringify(await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?')))) }))
      const decided = page.waitForResponse((r) => r.url().includes('/v1/eligibility'))
      await page.goto(suite.h.page(fixture))
      const answer = await (await decided).json()
      expect(answer.show).toBe(false)
      await sleep(500)
      await w.expectNoPageErrors(errs)
      await suite.context!.close()
      suite.context = undefined
      return { reason: answer.reason as string, lines }
    }
    const debug = await logs('debug.html')
    const said = debug.lines.filter((l) => l.text.includes(debug.reason))
    expect(said.length, JSON.stringify(debug.lines)).toBeGreaterThanOrEqual(1)
    expect(said.every((l) => l.type === 'info')).toBe(true)
    const quiet = await logs('plain.html')
    expect(quiet.lines.filter((l) => l.text.includes('tenpoint'))).toEqual([])
  })
})
