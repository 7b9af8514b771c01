/**
 * The widget as a guest on someone else's page: a stylesheet that attacks everything,
 * a strict Content-Security-Policy, a right-to-left page, automated accessibility
 * checks, and screenshots of the card (light, dark, RTL) for people to look at.
 */
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import { questionFor, type Messages } from '../../shared/i18n'
import { FACES, FAMILY } from '../../widget/ui/faces'
import { ARTIFACTS_DIR, browserAvailable, browserSuite, desktop, orderId, sleep, STRICT_CSP } from './harness'
import * as w from './widget'

const require = createRequire(import.meta.url)

/** Geometry and computed styles of the host page's own elements, and the document's size. */
function hostSnapshot(page: Page) {
  return page.evaluate(() => {
    const sels = ['html', 'body', '#site-header', '#title', '#status', '#items', '#summary', '#deliver', '#details', '#site-footer']
    const props = ['display', 'position', 'color', 'backgroundColor', 'fontSize', 'fontFamily', 'lineHeight', 'margin', 'padding', 'overflow', 'transform', 'filter', 'visibility']
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollY: window.scrollY,
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      headChildren: document.head.children.length,
      elements: sels.map((sel) => {
        const el = document.querySelector(sel)
        if (!el) return { sel, missing: true }
        const r = el.getBoundingClientRect()
        const s = getComputedStyle(el) as unknown as Record<string, string>
        return { sel, x: r.x, y: r.y, w: r.width, h: r.height, ...Object.fromEntries(props.map((p) => [p, s[p]])) }
      }),
    }
  })
}

async function radioBoxes(page: Page) {
  const boxes = []
  for (let i = 0; i <= 10; i++) boxes.push(await w.radio(page, i).boundingBox())
  return boxes
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe.skipIf(!browserAvailable)('the widget as a guest on the host page', () => {
  const suite = browserSuite()
  beforeAll(() => mkdirSync(ARTIFACTS_DIR, { recursive: true }))

  async function open(o: BrowserContextOptions = {}) {
    const context = await suite.newContext(desktop(o))
    await w.observeHost(context)
    const page = await context.newPage()
    return { page, errs: w.watchErrors(page) }
  }

  /** Loads a fixture, snapshots the host, opens the survey from page code, snapshots again. */
  async function openOn(page: Page, fixture: string, order: string) {
    await page.goto(suite.h.page(fixture, { order }))
    await page.waitForFunction(() => typeof (window as unknown as { tenpoint?: { q?: unknown } }).tenpoint === 'function')
    await sleep(300)
    const before = await hostSnapshot(page)
    await page.evaluate((o) => (window as unknown as { tenpoint: (...a: unknown[]) => void }).tenpoint('track', 'Order_Delivered', { order_id: o }), order)
    await w.waitForCard(page, 'score')
    await sleep(400) // let any entrance transition finish
    const after = await hostSnapshot(page)
    return { before, after }
  }

  let plainQuestion: Awaited<ReturnType<typeof w.questionElementStyle>>
  let plainRadios: Awaited<ReturnType<typeof radioBoxes>>

  it('on an ordinary page: no layout shift, host styles untouched, nothing added to the document styles', async () => {
    const { page, errs } = await open()
    const { before, after } = await openOn(page, 'product.html', orderId('P'))
    expect(after).toEqual(before)
    const shifts = await w.layoutShifts(page)
    expect(shifts.reduce((s, e) => s + e.value, 0), JSON.stringify(shifts)).toBe(0)
    // Built hidden over a few frames, then shown whole: never a frame with part of the scale on screen.
    const frames = await w.cardFrames(page)
    expect(frames.filter((f) => f.hidden).length, 'frames while it was built hidden').toBeGreaterThanOrEqual(2)
    expect(frames.filter((f) => !f.hidden && f.radios !== 11), 'shown frames without the whole scale').toEqual([])
    expect(frames.at(-1)).toMatchObject({ hidden: false, radios: 11 })
    plainQuestion = await w.questionElementStyle(page)
    plainRadios = await radioBoxes(page)
    expect(plainQuestion?.text).toContain('Acme Shop')
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-light.png') })
    await w.expectNoPageErrors(errs)
  })

  it('every text of the card, in each step, uses a font face the widget looks up ahead (widget/ui/faces.ts)', async () => {
    const { page, errs } = await open()
    await openOn(page, 'product.html', orderId('F'))
    const faces = FACES.map((f) => `${FAMILY}|${f}`)
    const used = await w.cardFonts(page)
    await w.radio(page, 9).click()
    await w.waitForCard(page, 'comment')
    used.push(...(await w.cardFonts(page)))
    await w.button(page, en.skip).click()
    await w.waitForCard(page, 'thanks')
    used.push(...(await w.cardFonts(page)))
    expect(used.length).toBeGreaterThan(3)
    expect(used.filter((f) => !faces.includes(f))).toEqual([])
    await w.expectNoPageErrors(errs)
  })

  it('on a hostile stylesheet: the card keeps its own look, the page keeps its own, still no layout shift', async () => {
    const { page, errs } = await open()
    const order = orderId('H')
    const { before, after } = await openOn(page, 'hostile.html', order)
    // The hostile rules really apply to the page (the fixture is doing its job)…
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px')
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.grid')!).backgroundColor)).toBe('rgb(0, 255, 0)')
    // …and the widget changes nothing of it.
    expect(after).toEqual(before)
    const shifts = await w.layoutShifts(page)
    expect(shifts.reduce((s, e) => s + e.value, 0), JSON.stringify(shifts)).toBe(0)

    // The card: visible, radios big enough, the question as on an ordinary page.
    const q = await w.questionElementStyle(page)
    expect(q).toEqual(plainQuestion)
    const boxes = await radioBoxes(page)
    for (const [i, b] of boxes.entries()) {
      expect(b, `radio ${i} has a box`).not.toBeNull()
      expect(b!.height, `radio ${i} height`).toBeGreaterThanOrEqual(32)
      expect(b!.width, `radio ${i} width`).toBeGreaterThanOrEqual(24)
      expect(await w.radio(page, i).isVisible()).toBe(true)
    }
    expect(boxes.map((b) => [Math.round(b!.width), Math.round(b!.height)])).toEqual(plainRadios.map((b) => [Math.round(b!.width), Math.round(b!.height)]))
    const colors = await w.card(page).evaluate((d) => ({ color: getComputedStyle(d).color, bg: getComputedStyle(d).backgroundColor }))
    expect(colors.color).not.toBe('rgb(255, 0, 0)')
    expect(colors.bg).not.toBe('rgb(0, 255, 0)')
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-hostile.png') })

    // And it works: answer, comment, Send.
    await w.radio(page, 8).click()
    await w.waitForCard(page, 'comment')
    expect(await w.textarea(page).isVisible()).toBe(true)
    expect(await w.button(page, en.send).isVisible()).toBe(true)
    await w.textarea(page).fill('Fine')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    const rows = await w.until(async () => {
      const r = await suite.h.rows('trigger_key = ?', order)
      return r[0]?.comment === 'Fine' ? r : null
    }, 'the commented row')
    expect(rows).toHaveLength(1)
    expect(rows[0].score).toBe(8)
    await w.expectNoPageErrors(errs)
  })

  it("under a strict CSP (script-src 'self'; style-src 'self'): works, zero violations, zero reports", async () => {
    const { page, errs } = await open()
    const order = orderId('C')
    const res = await page.goto(suite.h.page('csp.html', { order, auto: '1' }))
    expect(res!.headers()['content-security-policy']).toBe(STRICT_CSP)
    await w.waitForCard(page, 'score')
    await w.radio(page, 10).click()
    await w.waitForCard(page, 'comment')
    await w.textarea(page).fill('Love it')
    await w.button(page, en.send).click()
    await w.waitForCard(page, 'thanks')
    await w.until(async () => (await suite.h.rows('trigger_key = ?', order))[0]?.comment === 'Love it', 'the commented row')
    await sleep(1000)
    expect(await w.cspEvents(page), 'securitypolicyviolation events').toEqual([])
    expect(suite.h.cspReports, 'CSP reports received by the server').toEqual([])

    // Control: a real violation on this page is seen by both, so the zeros above mean something.
    await page.evaluate(() => {
      const img = new Image()
      img.src = 'http://192.0.2.1/pixel.png'
      document.body.append(img)
    })
    await w.until(async () => (await w.cspEvents(page)).length > 0, 'a securitypolicyviolation event for the control')
    await w.until(() => suite.h.cspReports.length > 0, 'a CSP report for the control')
    await w.expectNoPageErrors(errs)
  })

  it('on a right-to-left page: the card is RTL, the scale is mirrored, 0..10 in reading order, ArrowLeft goes up', async () => {
    const ar = (await import('../../shared/i18n/ar')).default as Messages
    expect(ar.dir).toBe('rtl')
    const { page, errs } = await open({ locale: 'ar' })
    const order = orderId('R')
    await page.goto(suite.h.page('rtl.html', { order, auto: '1' }))
    await w.waitForCard(page, 'score')
    const dir = await w.card(page).evaluate((d) => ({ attr: d.closest('[dir]')?.getAttribute('dir') ?? null, own: d.getAttribute('dir'), computed: getComputedStyle(d).direction }))
    expect(dir.own ?? dir.attr).toBe('rtl')
    expect(dir.computed).toBe('rtl')

    // DOM and accessibility order: 0 first, 10 last, named in Arabic.
    const names = await w.radios(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim()))
    expect(names).toHaveLength(11)
    for (let i = 0; i <= 10; i++) expect(await w.radio(page, i, ar).count(), w.scoreName(i, ar)).toBe(1)
    const snapshot = await w.card(page).locator('[role=radiogroup]').ariaSnapshot()
    const order11 = [...snapshot.matchAll(/radio "([^"]+)"/g)].map((m) => m[1])
    expect(order11).toEqual(Array.from({ length: 11 }, (_, i) => w.scoreName(i, ar)))
    // Mirrored: 0 sits to the right of 10.
    const b0 = (await w.radio(page, 0, ar).boundingBox())!
    const b10 = (await w.radio(page, 10, ar).boundingBox())!
    expect(b0.x).toBeGreaterThan(b10.x)
    expect(await w.card(page).innerText()).toContain(questionFor(ar, 'Acme Shop'))
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-rtl.png') })

    // Keyboard: in RTL, ArrowLeft is "next" (up), ArrowRight is "previous" (down).
    await w.tabUntil(page, (f) => !!f?.inWidget && f.role === 'radio', 30)
    await w.radio(page, 5, ar).focus()
    await page.keyboard.press('ArrowLeft')
    expect((await w.focused(page))?.name).toBe(w.scoreName(6, ar))
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect((await w.focused(page))?.name).toBe(w.scoreName(4, ar))
    expect(await w.cardState(page)).toBe('score')
    // Space chooses as Enter does.
    await page.keyboard.press('Space')
    await w.waitForCard(page, 'comment')
    const [row] = await suite.h.waitForRows(1, 'trigger_key = ?', [order])
    expect(row).toMatchObject({ score: 4, locale: 'ar' })
    await w.expectNoPageErrors(errs)
  })

  it('reduced motion: the card appears without animation (and animates otherwise)', async () => {
    const animationOf = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, errs } = await open({ reducedMotion })
      await page.goto(suite.h.page('product.html', { order: orderId('M'), auto: '1' }))
      await w.waitForCard(page, 'score')
      const a = await w.card(page).evaluate((d) => {
        const s = getComputedStyle(d)
        return { name: s.animationName, duration: s.animationDuration, transition: s.transitionDuration }
      })
      await w.expectNoPageErrors(errs)
      await suite.context!.close()
      suite.context = undefined
      return a
    }
    const reduced = await animationOf('reduce')
    expect(reduced.name).toBe('none')
    expect(reduced.transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true)
    expect((await animationOf('no-preference')).name, 'control: the card does animate by default').not.toBe('none')
  })

  /** axe-core on the page with the card open; only serious and critical findings fail. */
  async function axe(page: Page) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe
      const r = await axe.run(document, { resultTypes: ['violations'] })
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, why: n.failureSummary })) }))
    })
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  }

  it('axe-core: no serious or critical violations with the card open (score and comment states, light)', async () => {
    const { page, errs } = await open()
    await page.goto(suite.h.page('product.html', { order: orderId('A'), auto: '1' }))
    await w.waitForCard(page, 'score')
    await sleep(400)
    expect(await axe(page)).toEqual([])
    await w.radio(page, 2).click()
    await w.waitForCard(page, 'comment')
    await sleep(400)
    expect(await axe(page)).toEqual([])
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-light-comment.png') })
    await w.expectNoPageErrors(errs)
  })

  it('dark colour scheme: a dark card, still no serious or critical axe violations', async () => {
    const { page, errs } = await open({ colorScheme: 'dark' })
    await page.goto(suite.h.page('product.html', { order: orderId('N'), auto: '1' }))
    await w.waitForCard(page, 'score')
    await sleep(400)
    const bg = await w.card(page).evaluate((d) => getComputedStyle(d).backgroundColor)
    expect(luminance(bg), `dark card background ${bg}`).toBeLessThan(110)
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-dark.png') })
    expect(await axe(page)).toEqual([])
    await w.radio(page, 9).click()
    await w.waitForCard(page, 'comment')
    await sleep(400)
    expect(await axe(page)).toEqual([])
    await w.card(page).screenshot({ path: join(ARTIFACTS_DIR, 'card-dark-comment.png') })
    await w.expectNoPageErrors(errs)
  })
})
