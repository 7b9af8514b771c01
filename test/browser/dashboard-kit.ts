/**
 * What the dashboard's browser suites share: the built app (built here when a suite runs
 * alone, without `npm run build`), an axe-core run over the page that lists the
 * violations, and a customer's answer sent as the widget sends it.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { DESKTOP_UA, orderId, ROOT, type Harness } from './harness'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Builds dist/app unless `file` is there already. */
export function ensureDashboardBuilt(file = 'index.html') {
  if (existsSync(join(ROOT, 'dist', 'app', file))) return
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.dashboard.config.ts'], { cwd: ROOT, stdio: 'inherit' })
}

/** axe-core over the whole page: each violation with its impact and the elements it names. */
export async function axe(page: Page) {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }))
  })
}

/** One answer through the public API, as the widget sends it: eligibility, the score, then the comment. Returns its id. */
export async function answerAsCustomer(h: Harness, score: number, comment?: string, orderPrefix = 'D'): Promise<string> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${h.project.publicKey}`, 'user-agent': DESKTOP_UA, origin: h.origin }
  const anon = `anon-${randomUUID()}`
  const el = await fetch(`${h.origin}/v1/eligibility`, { method: 'POST', headers, body: JSON.stringify({ anonymous_id: anon, session_id: randomUUID(), event: 'Order_Delivered', order_id: orderId(orderPrefix), channel: 'web' }) })
  const d = await el.json()
  expect(d.show, JSON.stringify(d)).toBe(true)
  const id = randomUUID()
  const r = await fetch(`${h.origin}/v1/responses`, { method: 'POST', headers, body: JSON.stringify({ id, survey_id: h.surveyId, token: d.display.token, score, anonymous_id: anon }) })
  expect(r.status).toBe(201)
  if (comment) expect((await fetch(`${h.origin}/v1/responses/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ anonymous_id: anon, comment }) })).status).toBe(200)
  return id
}

/**
 * Creates an account from a set-up or invitation link (`/app/#/join/…`) as a person would:
 * e-mail, new password, "Create account"; resolves once the Overview is shown.
 */
export async function createAccount(page: Page, link: string, who: { email: string; password: string }, timeout = 30_000) {
  await page.goto(link)
  await page.getByLabel('E-mail').fill(who.email)
  await page.getByLabel(/New password/).fill(who.password)
  await page.getByRole('button', { name: /Create account/ }).click()
  await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout })
  return page
}
