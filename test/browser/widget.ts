/**
 * How the browser suite looks at the widget: only through its stable hooks (the
 * `tenpoint-survey` host with an open shadow root, `[role=dialog][data-tenpoint-state]`,
 * the 0..10 radio group named by the locale's strings, buttons named by the locale) and
 * through what a host page can observe (`tenpoint('on', …)` events kept in `window.__tp`).
 * @module
 */
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import en from '../../shared/i18n/en'
import { format, type Messages } from '../../shared/i18n'
import { sleep } from './harness'

export type State = 'score' | 'comment' | 'thanks'

export const host = (page: Page) => page.locator('tenpoint-survey')
/** The card: on host pages inside `tenpoint-survey`'s shadow root, on the hosted page wherever it renders. */
const CARD = '[role=dialog][data-tenpoint-state]'
export const card = (page: Page) => page.locator(CARD)
export const radios = (page: Page) => card(page).locator('[role=radiogroup] [role=radio]')
export const scoreName = (n: number, m: Messages = en) => format(m.scoreLabel, { score: n })
export const radio = (page: Page, n: number, m: Messages = en) => card(page).getByRole('radio', { name: scoreName(n, m), exact: true })
export const button = (page: Page, name: string) => card(page).getByRole('button', { name, exact: true })
export const textarea = (page: Page) => card(page).locator('textarea')

/** Waits for the card to be visible in `state` (any state when omitted). */
export async function waitForCard(page: Page, state?: State, timeout = 10_000): Promise<Locator> {
  const sel = state ? `[role=dialog][data-tenpoint-state="${state}"]` : CARD
  try {
    await page.locator(sel).waitFor({ state: 'visible', timeout })
  } catch (e) {
    // Say what the page heard: the widget reports its failures through tenpoint('on', 'error').
    const heard = await tpEvents(page).catch(() => [])
    throw new Error(`the card did not reach state "${state ?? 'any'}" within ${timeout} ms (now: ${await cardState(page).catch(() => '?')}); the page heard ${JSON.stringify(heard)}`, { cause: e })
  }
  return card(page)
}

export async function cardState(page: Page): Promise<string | null> {
  return (await card(page).count()) ? card(page).getAttribute('data-tenpoint-state') : null
}

/** Waits until no card is visible (closed, or never there). */
export async function waitForNoCard(page: Page, timeout = 10_000): Promise<void> {
  await page.locator(CARD).waitFor({ state: 'hidden', timeout })
}

export interface Focused {
  tag: string
  id: string
  role: string | null
  name: string | null
  /** Inside the widget's shadow root. */
  inWidget: boolean
}

/** The focused element, looking through open shadow roots. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement
    let inWidget = false
    while (el?.shadowRoot?.activeElement) {
      if (el.localName === 'tenpoint-survey') inWidget = true
      el = el.shadowRoot.activeElement
    }
    if (!el || el === document.body) return null
    const labelled = el.getAttribute('aria-labelledby')
    const root = el.getRootNode() as Document | ShadowRoot
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? labelled.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim() : null) ??
      (el.textContent?.trim() || null)
    return { tag: el.localName, id: el.id, role: el.getAttribute('role'), name, inWidget }
  })
}

/** Presses Tab until `until(focused)` holds (at most `max` times); returns the focused element. */
export async function tabUntil(page: Page, until: (f: Focused | null) => boolean, max = 20, key = 'Tab'): Promise<Focused> {
  let f = await focused(page)
  for (let i = 0; i <= max; i++) {
    if (until(f)) return f!
    await page.keyboard.press(key)
    f = await focused(page)
  }
  throw new Error(`focus never reached the wanted element after ${max} × ${key}; last: ${JSON.stringify(f)}`)
}

export interface TpEvent {
  type: 'shown' | 'answered' | 'commented' | 'closed' | 'error'
  detail: unknown
  at: number
}

/** What the host page heard through `tenpoint('on', …)`. */
export const tpEvents = (page: Page): Promise<TpEvent[]> => page.evaluate(() => (window as unknown as { __tp?: TpEvent[] }).__tp ?? [])

/** Observers a host page could run itself: layout shifts and CSP violation events. Install before navigation. */
export async function observeHost(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __shifts: unknown[]; __csp: unknown[] }
    w.__shifts = []
    w.__csp = []
    window.addEventListener(
      'securitypolicyviolation',
      (e) => w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }),
      true,
    )
    // What the card looked like at each frame: shown or still hidden, and how much of the scale was there.
    const frames: { hidden: boolean; radios: number }[] = ((window as unknown as { __frames: unknown[] }).__frames = [])
    const sample = () => {
      const host = document.querySelector('tenpoint-survey')
      if (host) frames.push({ hidden: getComputedStyle(host).visibility === 'hidden', radios: host.shadowRoot?.querySelectorAll('[role=radio]').length ?? 0 })
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          w.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, nodes: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    } catch {}
  })
}

/** The font (`family|weight size`) of every element in the card with text of its own, and of its form controls. */
export const cardFonts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const root = document.querySelector('tenpoint-survey')?.shadowRoot
    const own = (el: Element) => el.matches('input,textarea,button') || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
    const fonts = [...(root?.querySelectorAll('*') ?? [])].filter(own).map((el) => {
      const c = getComputedStyle(el)
      return `${c.fontFamily}|${c.fontWeight} ${c.fontSize}`
    })
    return [...new Set(fonts)]
  })

/** The card at each animation frame since it was added to the page (see observeHost). */
export const cardFrames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: { hidden: boolean; radios: number }[] }).__frames)
export const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: { value: number; hadRecentInput: boolean; nodes: string[] }[] }).__shifts)
export const cspEvents = (page: Page) => page.evaluate(() => (window as unknown as { __csp: unknown[] }).__csp)

/** Errors the page threw (the widget must never throw into the host page) and console errors. */
export function watchErrors(page: Page) {
  const errors: string[] = []
  const consoleErrors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e?.stack ?? e)))
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  return { errors, consoleErrors }
}

/** The bodies of the widget's requests to one API path, in order (sent, failed or not). */
export function watchRequests(page: Page | BrowserContext, pathPart: string) {
  const sent: { method: string; url: string; body: unknown; at: number; keepalive?: boolean }[] = []
  page.on('request', (r) => {
    if (!r.url().includes(pathPart) || r.method() === 'OPTIONS') return
    let body: unknown = r.postData()
    try {
      body = body ? JSON.parse(body as string) : body
    } catch {}
    sent.push({ method: r.method(), url: r.url(), body, at: Date.now() })
  })
  return sent
}

/** Polls `fn` until it returns a truthy value. */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  for (;;) {
    last = await fn()
    if (last) return last as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`)
    await sleep(everyMs)
  }
}

/** The card's visible question text (the dialog's accessible name, or its first heading). */
export function questionElementStyle(page: Page) {
  return card(page).evaluate((dialog) => {
    const root = dialog.getRootNode() as ShadowRoot
    const ids = dialog.getAttribute('aria-labelledby')
    const q = (ids && root.getElementById(ids.split(/\s+/)[0])) || dialog.querySelector('h1, h2, h3, legend, [id*=question], p')
    if (!q) return null
    const s = getComputedStyle(q)
    return { text: q.textContent?.trim() ?? '', fontSize: s.fontSize, fontFamily: s.fontFamily, color: s.color, letterSpacing: s.letterSpacing, textTransform: s.textTransform }
  })
}

export async function expectNoPageErrors(w: ReturnType<typeof watchErrors>) {
  expect(w.errors, 'errors thrown into the host page').toEqual([])
}
