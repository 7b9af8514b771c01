/**
 * The dashboard end to end in Chromium on the real server: the owner's set-up link,
 * the Overview against answers sent through the public API, comments as text, roles,
 * CSRF from another origin, sign-out, languages, a phone's width, light and dark, axe.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { insertAnswers } from '../support/answers'
import { createProject, createSurvey } from '../../worker/db/seed'
import { browserAvailable, browserSuite, desktop, DESKTOP_UA, phone } from './harness'
import { answerAsCustomer, axe, ensureDashboardBuilt } from './dashboard-kit'

const OWNER = { email: 'owner@acme.test', password: 'owner password 1' }
const ANALYST = { email: 'analyst@acme.test', password: 'analyst password 1' }
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> & "quotes"'
// 5 promoters, 2 passives, 3 detractors: NPS (5 − 3) / 10 = +20, n = 10 < 30.
const SCORES = [10, 10, 9, 9, 10, 8, 7, 6, 3, 2]

ensureDashboardBuilt()


describe.skipIf(!browserAvailable)('the dashboard', { timeout: 60_000 }, () => {
  // Every test signs in from the same address: the sign-in limit itself is tested in worker/accounts/routes.test.ts.
  const suite = browserSuite({ harness: { config: { signInPerMinute: 1000 } } })
  const app = () => `${suite.h.origin}/app/`

  const answer = (score: number, comment?: string) => answerAsCustomer(suite.h, score, comment, 'D')

  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto(app())
    await page.getByLabel(/E-mail/).fill(who.email)
    await page.getByLabel(/^Password/).fill(who.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
  }

  it('the owner signs up through the printed link; the Overview shows the NPS of answers sent through the public API', async () => {
    const h = suite.h
    for (const [i, s] of SCORES.entries()) await answer(s, i === 8 ? XSS : i === 0 ? 'Fast and friendly' : undefined)
    const link = await setupLink(createStore(h.client), h.project.id)
    expect(link).toMatch(/^\/app\/#\/join\//)
    const page = await (await suite.newContext(desktop())).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // The first /auth/me before signing in is a 401 by design; anything else is a fault.
    page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && errors.push(m.text()))
    await page.goto(`${h.origin}${link}`)
    await page.getByRole('heading', { name: 'Create your account' }).waitFor()
    expect(await axe(page)).toEqual([])
    await page.getByLabel('E-mail').fill(OWNER.email)
    await page.getByLabel(/New password/).fill(OWNER.password)
    await page.getByRole('button', { name: /Create account/ }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tp_session')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false })

    // The same figure the API gives, and the one the scores make.
    const api = await (await fetch(`${h.origin}/v1/stats?survey=${h.surveyId}&from=2000-01-01&to=2100-01-01`, { headers: { authorization: `Bearer ${h.project.secretKey}` } })).json()
    expect(api).toMatchObject({ n: 10, nps_rounded: 20, promoters: 5, passives: 2, detractors: 3 })
    await expect.poll(() => page.getByTestId('nps-value').textContent()).toBe('+20')
    expect(await page.getByTestId('nps').innerText()).toContain(`± ${Math.round(api.margin_of_error)}`)
    await page.getByTestId('low-confidence').waitFor()
    expect(await page.getByText('Promoters: 5').count()).toBe(1)
    expect(await page.getByText('Detractors: 3').count()).toBe(1)
    expect(await page.getByTestId('compare').innerText()).toMatch(/Against the previous period/)
    expect(await page.locator('svg.trend polygon.band, svg.trend line.band-line').count()).toBeGreaterThan(0)
    expect(await axe(page)).toEqual([])

    // Comments: the script is text, never run.
    await page.getByRole('link', { name: 'Comments' }).click()
    await page.getByTestId('answer').first().waitFor()
    const texts = await page.getByTestId('comment').allInnerTexts()
    expect(texts).toContain(XSS)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('main img, main script').count()).toBe(0)
    const exportHref = await page.getByTestId('export').getAttribute('href')
    expect(exportHref).toMatch(/^\/v1\/answers\/export\.csv\?survey=srv_orders&from=.*&has_comment=true$/)
    const csv = await page.evaluate((u) => fetch(u).then((r) => r.text()), exportHref!)
    expect(csv).toContain('Fast and friendly')
    expect(await axe(page)).toEqual([])

    // Exclude with a reason: the Overview's n follows the API.
    const card = page.getByTestId('answer').filter({ hasText: 'Fast and friendly' })
    await card.getByRole('button', { name: 'Exclude' }).click()
    await card.getByLabel('Reason').fill('Staff test')
    await card.getByRole('button', { name: 'Confirm' }).click()
    await card.getByRole('button', { name: 'Reinstate' }).waitFor()
    await page.getByRole('link', { name: 'Overview' }).click()
    await expect.poll(() => page.getByTestId('excluded').innerText()).toMatch(/1: excluded by an analyst 1/)
    expect(await page.getByTestId('nps-value').textContent()).toBe('+11') // (4 − 3) / 9
    expect(errors).toEqual([])
  })

  it('the comparison with the previous period is worded from the API: a real change, or within noise', async () => {
    const h = suite.h
    const DAY = 86_400_000
    const now = Date.now()
    const many = (survey: string, at: number, scores: [number, number][]) => scores.flatMap(([score, n]) => Array.from({ length: n }, () => ({ survey, kind: 'relational' as const, score, at })))
    const real = await createSurvey(h.client, { id: 'srv_quarterly', projectId: h.project.id, kind: 'relational', name: 'Quarterly' })
    const noise = await createSurvey(h.client, { id: 'srv_support', projectId: h.project.id, kind: 'relational', name: 'Support' })
    await insertAnswers(h.client, h.project.id, [
      // Quarterly: NPS 0 before, +75 now (n = 40 each).
      ...many(real, now - 40 * DAY, [[10, 20], [2, 20]]),
      ...many(real, now - 2 * DAY, [[10, 35], [2, 5]]),
      // Support: +10 before, +15 now.
      ...many(noise, now - 40 * DAY, [[10, 16], [8, 12], [3, 12]]),
      ...many(noise, now - 2 * DAY, [[10, 17], [8, 13], [3, 10]]),
    ])
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    const compareOf = async (name: string, id: string) => {
      await page.getByRole('combobox', { name: 'Survey' }).selectOption({ label: name })
      const api = await (await fetch(`${h.origin}/v1/stats/compare?survey=${id}&from=${day(now - 29 * DAY)}&to=${day(now)}&base_from=${day(now - 59 * DAY)}&base_to=${day(now - 30 * DAY)}`, { headers: { authorization: `Bearer ${h.project.secretKey}` } })).json()
      await expect.poll(() => page.getByTestId('compare').innerText()).toContain(`± ${Math.round(api.margin_of_error)}`)
      return { text: await page.getByTestId('compare').innerText(), api }
    }
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const a = await compareOf('Quarterly', real)
    expect(a.api).toMatchObject({ difference: 75, significant: true })
    expect(a.text).toBe(`Against the previous period: +75 ± ${Math.round(a.api.margin_of_error)}, a real change`)
    expect(await page.getByTestId('low-confidence').count()).toBe(0)
    const b = await compareOf('Support', noise)
    expect(b.api).toMatchObject({ significant: false })
    expect(b.text).toBe(`Against the previous period: +${Math.round(b.api.difference)} ± ${Math.round(b.api.margin_of_error)}, within noise`)
    expect(await axe(page)).toEqual([])
  })

  it('at 390 px, in dark mode and in Russian: no horizontal scroll, axe clean, the switch changes the language', async () => {
    const context = await suite.newContext(phone({ locale: 'ru-RU', colorScheme: 'dark' }))
    const page = await context.newPage()
    await page.goto(app())
    await page.getByRole('button', { name: 'Войти' }).waitFor()
    await page.getByLabel(/Эл. почта/).fill(OWNER.email)
    await page.getByLabel(/Пароль/).fill(OWNER.password)
    await page.getByRole('button', { name: 'Войти' }).click()
    await page.getByRole('heading', { name: 'Обзор' }).waitFor()
    await page.getByTestId('nps-value').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 19, 24)')
    expect(await axe(page)).toEqual([])
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('uk')
    await page.getByRole('heading', { name: 'Огляд' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk')
    await page.getByRole('link', { name: 'Коментарі' }).click()
    await page.getByTestId('answer').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect(await axe(page)).toEqual([])
  })

  it('an analyst joins by an invitation and cannot open owner-only screens', async () => {
    const ownerPage = await (await suite.newContext(desktop())).newPage()
    await signIn(ownerPage, OWNER)
    await ownerPage.getByRole('link', { name: 'Settings' }).click()
    await ownerPage.getByRole('combobox', { name: 'Role' }).selectOption('analyst')
    await ownerPage.getByRole('button', { name: /one-time link/ }).click()
    const link = await ownerPage.locator('code.link').innerText()
    expect(link).toContain('/app/#/join/')
    await ownerPage.context().close()

    const page = await (await suite.newContext(desktop())).newPage()
    await page.goto(link)
    await page.getByLabel('E-mail').fill(ANALYST.email)
    await page.getByLabel(/New password/).fill(ANALYST.password)
    await page.getByRole('button', { name: /Create account/ }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0)
    await page.goto(`${app()}#/settings`)
    await page.getByText('Only owners of this project can open this screen.').waitFor()
    // And the server says the same, whatever the page shows.
    const statuses = await page.evaluate(async () => {
      const post = (u: string, b: unknown) => fetch(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) }).then((r) => r.status)
      return {
        tokens: await fetch('/v1/tokens').then((r) => r.status),
        rotate: await post('/v1/project/keys/rotate', { which: 'secret' }),
        invite: await post('/auth/invites', { role: 'owner' }),
        answers: await fetch(`/v1/answers?survey=srv_orders`).then((r) => r.status),
      }
    })
    expect(statuses).toEqual({ tokens: 403, rotate: 403, invite: 403, answers: 200 })
    // Surveys: listed, but no pause for an analyst.
    await page.getByRole('link', { name: 'Surveys' }).click()
    await page.getByTestId('survey').first().waitFor()
    expect(await page.getByRole('button', { name: /Pause|Resume/ }).count()).toBe(0)
  })

  it('owner: Surveys pauses and resumes (the API agrees); Install shows the tag with the key and this host', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Surveys' }).click()
    const card = page.getByTestId('survey').filter({ hasText: 'Order delivered' })
    await card.getByRole('button', { name: 'Pause' }).click()
    await card.getByRole('button', { name: 'Resume' }).waitFor()
    const status = async () => (await (await fetch(`${h.origin}/v1/surveys/${h.surveyId}`, { headers: { authorization: `Bearer ${h.project.secretKey}` } })).json()).status
    expect(await status()).toBe('paused')
    expect(await card.getByTestId('status').innerText()).toBe('Paused')
    await card.getByRole('button', { name: 'Resume' }).click()
    await card.getByRole('button', { name: 'Pause' }).waitFor()
    expect(await status()).toBe('active')
    expect(await axe(page)).toEqual([])
    await page.getByRole('link', { name: 'Install' }).click()
    await expect.poll(() => page.getByTestId('tag').innerText()).toBe(`<script async src="${h.origin}/tenpoint.js" data-key="${h.project.publicKey}"></script>`)
    expect(await axe(page)).toEqual([])
  })

  it('owner Settings: a token shown once that works, then revoked; the public key rotated with an overlap', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Name').fill('Reporting')
    await page.getByRole('combobox', { name: 'Scope' }).selectOption('read')
    await page.getByRole('button', { name: 'Create token' }).click()
    const token = await page.getByTestId('secret').innerText()
    expect(token).toMatch(/^tp_[A-Za-z0-9]{40}$/)
    const asToken = () => fetch(`${h.origin}/v1/project`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status)
    expect(await asToken()).toBe(200)
    await page.getByTestId('token').filter({ hasText: 'Reporting' }).getByRole('button', { name: 'Revoke' }).click()
    await page.getByTestId('token').filter({ hasText: 'Reporting' }).getByText('revoked').waitFor()
    expect(await asToken()).toBe(401)
    expect(await axe(page)).toEqual([])

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('combobox', { name: 'Key' }).selectOption('public')
    await page.getByRole('button', { name: 'Rotate a key' }).click()
    await expect.poll(() => page.getByTestId('secret').innerText()).toMatch(/^pk_/)
    const fresh = await page.getByTestId('secret').innerText()
    const project = await (await fetch(`${h.origin}/v1/project`, { headers: { authorization: `Bearer ${h.project.secretKey}` } })).json()
    expect(project.public_key).toBe(fresh)
    // The old key still works during the overlap (the rest of this file uses it).
    const el = await fetch(`${h.origin}/v1/eligibility`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.project.publicKey}`, 'user-agent': DESKTOP_UA }, body: JSON.stringify({ anonymous_id: 'rot-1' }) })
    expect(el.status).toBe(200)
  })

  it('a page on another origin cannot act with the signed-in cookie (CSRF)', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    const tokensBefore = await h.client.execute('SELECT count(*) AS n FROM api_tokens')
    await page.goto(h.page('plain.html', {}, { other: true }))
    const since = h.log.length
    // Same site (another port on 127.0.0.1), so the Lax cookie goes along: only the Origin check stops it.
    await page.evaluate(async (target) => {
      await fetch(`${target}/v1/tokens`, { method: 'POST', credentials: 'include', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"name":"evil","scope":"admin"}' }).catch(() => {})
      await fetch(`${target}/auth/sign-out-everywhere`, { method: 'POST', credentials: 'include', mode: 'no-cors' }).catch(() => {})
      const f = document.createElement('form')
      f.method = 'POST'
      f.action = `${target}/auth/invites`
      f.enctype = 'text/plain'
      document.body.append(f)
      f.submit()
    }, h.origin)
    // (The fixture's own widget calls /v1/eligibility; only the forged calls count here.)
    const forged = () => h.log.slice(since).filter((r) => r.method === 'POST' && /^\/(v1\/tokens|auth\/)/.test(r.path))
    await expect.poll(() => forged().length).toBe(3)
    expect(forged().map((r) => [r.path, r.status])).toEqual([
      ['/v1/tokens', 403],
      ['/auth/sign-out-everywhere', 403],
      ['/auth/invites', 403],
    ])
    const tokensAfter = await h.client.execute('SELECT count(*) AS n FROM api_tokens')
    expect(tokensAfter.rows[0].n).toBe(tokensBefore.rows[0].n)
    // Still signed in: sign-out-everywhere did not happen (a new tab; the form navigated this one).
    const check = await page.context().newPage()
    await check.goto(app())
    await check.getByRole('heading', { name: 'Overview' }).waitFor()
  })

  it('sign out ends the session; a wrong password and an unknown e-mail get the same message', async () => {
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Account' }).click()
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    expect(await page.evaluate(() => fetch('/v1/project').then((r) => r.status))).toBe(401)
    await page.getByLabel(/E-mail/).fill(OWNER.email)
    await page.getByLabel(/^Password/).fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const wrong = await page.getByRole('alert').innerText()
    await page.getByLabel(/E-mail/).fill('nobody@acme.test')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: 'Sign in' }).isEnabled()
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(wrong)
    expect(wrong).toBe('Wrong e-mail or password.')
  })

  it('one account in two projects switches between them; a changed password signs the other browsers out', async () => {
    const h = suite.h
    const beta = await createProject(h.client, { name: 'Beta Shop' })
    await h.client.execute({ sql: "INSERT INTO memberships (user_id, project_id, role, created_at) SELECT id, ?, 'analyst', 0 FROM users WHERE email = ?", args: [beta.id, OWNER.email] })
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    const other = await (await suite.newContext(desktop())).newPage()
    await signIn(other, OWNER)
    const projects = page.getByRole('combobox', { name: 'Project' })
    await projects.selectOption({ label: 'Beta Shop' })
    await page.getByText('No surveys yet.').waitFor()
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0) // an analyst there
    await projects.selectOption({ label: 'Acme Shop' })
    await page.getByTestId('nps-value').waitFor()
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(1)

    await page.getByRole('link', { name: 'Account' }).click()
    await page.getByLabel('Current password').fill(OWNER.password)
    await page.getByLabel(/New password/).fill('a newer owner password')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor()
    expect(await other.evaluate(() => fetch('/auth/me').then((r) => r.status))).toBe(401)
    expect(await page.evaluate(() => fetch('/auth/me').then((r) => r.status))).toBe(200)
    expect(await axe(page)).toEqual([])
    OWNER.password = 'a newer owner password'
    await page.getByRole('button', { name: 'Sign out everywhere' }).click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await signIn(page, OWNER)
    await page.context().close()
  })
})
