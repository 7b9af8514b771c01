/**
 * The hosted survey page as a mobile app opens it in a webview: a phone-sized touch
 * screen, and each native bridge (React Native WebView, iOS WKWebView message handler,
 * Android JS interface) faked by a collector that stands for the app. Also: storage
 * that throws, and the keyboard covering half the screen.
 */
import { join } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import { ARTIFACTS_DIR, browserAvailable, browserSuite, orderId, phone, sleep } from './harness'
import * as w from './widget'

type Bridge = 'rn' | 'ios' | 'android'
interface Received {
  via: Bridge
  raw: unknown
  at: number
}
interface Msg {
  source: string
  v: number
  type: string
  survey_id?: string
  score?: number
  response_id?: string
  reason?: string
}

/** The native side of each bridge, as the app would inject it before the page loads. */
function installBridge(kind: Bridge) {
  const keep = (via: string, raw: unknown) => (window as unknown as { __bridge: unknown[] }).__bridge.push({ via, raw, at: Date.now() })
  ;(window as unknown as { __bridge: unknown[] }).__bridge = []
  if (kind === 'rn') (window as unknown as Record<string, unknown>).ReactNativeWebView = { postMessage: (s: unknown) => keep('rn', s) }
  if (kind === 'ios') {
    // WKScriptMessageHandler receives a structured copy of the object.
    ;(window as unknown as Record<string, unknown>).webkit = { messageHandlers: { tenpoint: { postMessage: (m: unknown) => keep('ios', JSON.parse(JSON.stringify(m))) } } }
  }
  if (kind === 'android') (window as unknown as Record<string, unknown>).TenpointAndroid = { postMessage: (s: unknown) => keep('android', s) }
}

async function received(page: Page | Frame): Promise<(Received & { msg: Msg })[]> {
  const raw = await page.evaluate(() => (window as unknown as { __bridge?: Received[] }).__bridge ?? [])
  return raw.map((r) => ({ ...r, msg: (typeof r.raw === 'string' ? JSON.parse(r.raw) : r.raw) as Msg }))
}

const waitForMessage = (page: Page | Frame, type: string, timeoutMs = 10_000) =>
  w.until(async () => (await received(page)).find((r) => r.msg.type === type), `bridge message "${type}"`, timeoutMs)

describe.skipIf(!browserAvailable)('the hosted page in a mobile webview', () => {
  const suite = browserSuite()

  const link = (user: string, order: string) =>
    suite.h.hosted({ key: suite.h.project.publicKey, user_id: user, user_hash: suite.h.userHash(user), event: 'Order_Delivered', order_id: order, locale: 'en', channel: 'webview' })

  async function openPhone(kind: Bridge | null, init?: () => void) {
    const context = await suite.newContext(phone())
    if (kind) await context.addInitScript(installBridge, kind)
    if (init) await context.addInitScript(init)
    const page = await context.newPage()
    return { page, errs: w.watchErrors(page) }
  }

  for (const kind of ['rn', 'ios', 'android'] as const) {
    it(`${kind} bridge: receives shown, answered, commented, closed (v1), and the answer is stored`, async () => {
      const { page, errs } = await openPhone(kind)
      const user = `app-${kind}-${Date.now().toString(36)}`
      const order = orderId(kind.toUpperCase())
      await page.goto(link(user, order))
      await w.waitForCard(page, 'score')
      const shown = await waitForMessage(page, 'shown')
      expect(shown.msg).toMatchObject({ source: 'tenpoint', v: 1, type: 'shown' })

      // Touch targets on a phone: every option fits on screen and is big enough for a finger.
      for (let i = 0; i <= 10; i++) {
        const b = (await w.radio(page, i).boundingBox())!
        expect(b.height, `radio ${i} height`).toBeGreaterThanOrEqual(32)
        expect(b.width, `radio ${i} width`).toBeGreaterThanOrEqual(24)
        expect(b.x).toBeGreaterThanOrEqual(0)
        expect(b.x + b.width).toBeLessThanOrEqual(390)
      }
      if (kind === 'rn') await page.screenshot({ path: join(ARTIFACTS_DIR, 'hosted-phone.png') })

      await w.radio(page, 9).tap()
      const answered = await waitForMessage(page, 'answered')
      expect(answered.msg).toMatchObject({ source: 'tenpoint', v: 1, type: 'answered', score: 9 })
      await w.waitForCard(page, 'comment')
      await w.textarea(page).fill('Courier was friendly')
      await w.button(page, en.send).tap()
      await waitForMessage(page, 'commented')
      await w.waitForCard(page, 'thanks')
      const close = w.button(page, en.close)
      if (await close.isVisible()) await close.tap()
      await waitForMessage(page, 'closed', 15_000)

      const all = await received(page)
      expect(new Set(all.map((r) => r.via))).toEqual(new Set([kind]))
      for (const r of all) {
        expect(typeof r.raw, `${kind} gets ${kind === 'ios' ? 'an object' : 'a JSON string'}`).toBe(kind === 'ios' ? 'object' : 'string')
        expect(r.msg).toMatchObject({ source: 'tenpoint', v: 1 })
      }
      expect(all.map((r) => r.msg.type)).toEqual(['shown', 'answered', 'commented', 'closed'])

      const rows = await w.until(async () => {
        const r = await suite.h.rows('trigger_key = ?', order)
        return r[0]?.comment ? r : null
      }, 'the commented row')
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ score: 9, comment: 'Courier was friendly', user_id: user, verified: 1, channel: 'webview' })
      if (answered.msg.response_id) expect(answered.msg.response_id).toBe(rows[0].client_id)
      await w.expectNoPageErrors(errs)
    })
  }

  it('a link for an order already answered: no card, and the app is told "closed" at once with the reason', async () => {
    const user = `again-${Date.now().toString(36)}`
    const order = orderId('AG')
    {
      const { page } = await openPhone('android')
      await page.goto(link(user, order))
      await w.waitForCard(page, 'score')
      await w.radio(page, 8).tap()
      await suite.h.waitForRows(1, 'trigger_key = ?', [order])
      await suite.context!.close()
    }
    const { page, errs } = await openPhone('android')
    await page.goto(link(user, order))
    const closed = await waitForMessage(page, 'closed')
    expect(closed.msg).toMatchObject({ source: 'tenpoint', v: 1, type: 'closed', reason: 'invitation_answered' })
    expect((await received(page)).map((r) => r.msg.type)).toEqual(['closed'])
    expect(await w.card(page).count()).toBe(0)
    await w.expectNoPageErrors(errs)
  })

  it('works when localStorage and sessionStorage throw on access', async () => {
    const { page, errs } = await openPhone('rn', () => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
      }
    })
    const user = `nostorage-${Date.now().toString(36)}`
    const order = orderId('S')
    await page.goto(link(user, order))
    expect(await page.evaluate(() => {
      try {
        return typeof localStorage
      } catch (e) {
        return (e as Error).name
      }
    })).toBe('SecurityError')
    await w.waitForCard(page, 'score')
    await waitForMessage(page, 'shown')
    await w.radio(page, 7).tap()
    await waitForMessage(page, 'answered')
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    expect(row.score).toBe(7)
    await w.waitForCard(page, 'comment')
    await w.textarea(page).fill('ok')
    await w.button(page, en.send).tap()
    await w.waitForCard(page, 'thanks')
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'ok', 'the comment')
    await w.expectNoPageErrors(errs)
  })

  it('keyboard covering half the screen: the comment box and Send stay visible and usable', async () => {
    const { page, errs } = await openPhone('rn')
    const user = `kbd-${Date.now().toString(36)}`
    const order = orderId('V')
    await page.goto(link(user, order))
    await w.waitForCard(page, 'score')
    await w.radio(page, 6).tap()
    await w.waitForCard(page, 'comment')
    await w.textarea(page).tap()
    expect((await w.focused(page))?.tag).toBe('textarea')

    // The on-screen keyboard takes the bottom half.
    await page.setViewportSize({ width: 390, height: 422 })
    await sleep(400)
    const view = await page.evaluate(() => ({ h: window.visualViewport?.height ?? innerHeight, top: window.visualViewport?.offsetTop ?? 0 }))
    expect(view.h).toBeLessThanOrEqual(422)
    for (const [what, loc] of [
      ['textarea', w.textarea(page)],
      ['Send', w.button(page, en.send)],
    ] as const) {
      const b = (await loc.boundingBox())!
      expect(b, what).not.toBeNull()
      expect(b.y, `${what} top`).toBeGreaterThanOrEqual(view.top - 1)
      expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(view.top + view.h + 1)
      expect(b.x).toBeGreaterThanOrEqual(0)
      expect(b.x + b.width).toBeLessThanOrEqual(390)
    }
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hosted-keyboard.png') })
    await page.keyboard.type('Typed with the keyboard up')
    await w.button(page, en.send).tap()
    await w.waitForCard(page, 'thanks')
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Typed with the keyboard up', 'the comment')
    await w.expectNoPageErrors(errs)
  })

  it("commands: the app's own window.postMessage closes the page; the same command from another frame is ignored", async () => {
    const { page, errs } = await openPhone('rn')
    const user = `framed-${Date.now().toString(36)}`
    const order = orderId('F')
    // Another site frames the survey page and tries to drive it.
    await page.goto(suite.h.page('frame.html', { src: link(user, order) }, { other: true }))
    const frame = await w.until(() => page.frames().find((f) => f.url().includes('/hosted.html')), 'the framed survey page')
    await frame.locator('[role=dialog][data-tenpoint-state="score"]').waitFor({ timeout: 10_000 })
    await waitForMessage(frame, 'shown')
    const close = { source: 'tenpoint-native', v: 1, type: 'close' }
    await page.evaluate((c) => {
      const post = (window as unknown as { __postInto(d: unknown): void }).__postInto
      post(c)
      post(JSON.stringify(c))
    }, close)
    await sleep(500)
    expect(await frame.locator('[role=dialog][data-tenpoint-state]').count(), 'still open after commands from another frame').toBe(1)
    expect((await received(frame)).map((r) => r.msg.type)).toEqual(['shown'])

    // The native app injects its command into the page itself.
    await frame.evaluate((c) => window.postMessage(JSON.stringify(c), location.origin), close)
    await frame.locator('[role=dialog][data-tenpoint-state]').waitFor({ state: 'hidden', timeout: 3_000 })
    const closed = await waitForMessage(frame, 'closed')
    expect(closed.msg).toMatchObject({ source: 'tenpoint', v: 1, type: 'closed', reason: 'native' })
    await w.expectNoPageErrors(errs)
  })
})
