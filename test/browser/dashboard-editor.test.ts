/**
 * The survey editor in Chromium on the real server: the owner creates a survey (trigger,
 * rules, Russian texts with an empty field showing its fallback, brand colour) while the
 * preview — the real widget's UI in a frame — follows the unsaved draft at desktop and
 * phone width; a refused value is shown by its field and changes nothing; the saved survey
 * is installed on a page, answered by a customer in the real widget and counted in the
 * Overview. An analyst reads surveys and cannot change them. axe in light and dark, desktop
 * and 390 px.
 */
import { join } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { format } from '../../shared/i18n'
import ru from '../../shared/i18n/ru'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { browserAvailable, browserSuite, desktop, orderId, phone } from './harness'
import { axe, createAccount, ensureDashboardBuilt } from './dashboard-kit'
import * as w from './widget'

const OWNER = { email: 'owner@editor.test', password: 'owner password 1' }
const ANALYST = { email: 'analyst@editor.test', password: 'analyst password 1' }
const QUESTION = 'Насколько вероятно, что вы посоветуете {product} коллеге?'

ensureDashboardBuilt('preview.html')
// axe runs on the dashboard page; the preview frame is the widget's own page, tested with the widget.

describe.skipIf(!browserAvailable)('the survey editor', { timeout: 120_000 }, () => {
  const suite = browserSuite({ harness: { config: { signInPerMinute: 1000 } } })
  const app = () => `${suite.h.origin}/app/`
  const secret = () => ({ authorization: `Bearer ${suite.h.project.secretKey}` })
  const getSurvey = async (id: string) => (await fetch(`${suite.h.origin}/v1/surveys/${id}`, { headers: secret() })).json()

  const join = async (link: string, who: { email: string; password: string }) => createAccount(await (await suite.newContext(desktop())).newPage(), link, who)

  beforeAll(async () => {
    const h = suite.h
    const owner = await join(`${h.origin}${await setupLink(createStore(h.client), h.project.id)}`, OWNER)
    const invite = await owner.evaluate(() => fetch('/auth/invites', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'analyst' }) }).then((r) => r.json()))
    await owner.context().close()
    await join(`${h.origin}${invite.link}`, ANALYST)
    await suite.context!.close()
    suite.context = undefined
  }, 120_000)

  async function signIn(page: Page, who: { email: string; password: string }, inRussian = false) {
    await page.goto(app())
    await page.getByLabel(inRussian ? /Эл. почта/ : /E-mail/).fill(who.email)
    await page.getByLabel(inRussian ? /^Пароль/ : /^Password/).fill(who.password)
    await page.getByRole('button', { name: inRussian ? 'Войти' : 'Sign in' }).click()
    await page.getByRole('heading', { name: inRussian ? 'Обзор' : 'Overview' }).waitFor({ timeout: 30_000 })
  }

  /** The preview frame (same origin, so its DOM — and the widget's open shadow root — can be read). */
  const previewFrame = (page: Page): Frame => {
    const f = page.frames().find((x) => x.url().endsWith('/app/preview.html'))
    if (!f) throw new Error('no preview frame')
    return f
  }
  /** What the preview's card shows: the question, the label under 0, the brand colour, and the frame's width. */
  const preview = (page: Page) =>
    previewFrame(page).evaluate(() => {
      const root = document.querySelector('tenpoint-survey')?.shadowRoot
      const dialog = root?.querySelector<HTMLElement>('[role=dialog][data-tenpoint-state]')
      return {
        question: root?.querySelector('#tp-q')?.textContent ?? null,
        low: root?.querySelector('#tp-lo')?.textContent ?? null,
        brand: dialog ? getComputedStyle(dialog).getPropertyValue('--b').trim() : null,
        width: innerWidth,
      }
    })

  it('the owner creates a survey with a live preview of the real widget; a refused value changes nothing; a customer answers it and the Overview counts it', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Surveys' }).click()
    await page.getByRole('link', { name: 'New survey' }).click()
    await page.getByRole('heading', { name: 'New survey' }).waitFor()

    await page.getByLabel('Name', { exact: true }).fill('Trial feedback')
    await page.getByLabel(/^Trigger events/).fill('Trial_Ended')
    await page.getByLabel(/The page may open an invitation/).check()
    await page.getByLabel('Fastest plausible answer, ms').fill('0')
    await page.getByRole('combobox', { name: 'Language of the texts' }).selectOption('ru')
    await page.getByLabel('Question', { exact: true }).fill(QUESTION.slice(0, 20))
    await page.getByLabel(/^Brand colour/).fill('#0f766e')
    // An empty field shows the text the widget will use instead: the built-in Russian one.
    expect(await page.getByTestId('hint-texts.ru.low').innerText()).toBe(`Empty: “${ru.low}” (built in).`)
    expect(await page.getByTestId('hint-texts.ru.thanks.promoter').innerText()).toBe(`Empty: “${ru.thanks.promoter}” (built in).`)
    expect(await page.getByTestId('hint-product').innerText()).toBe('Empty: the project’s product name, “Acme Shop”.')

    // The preview is the real widget showing the draft as typed, in Russian, with the fallback label and the colour.
    await expect.poll(() => preview(page), { timeout: 20_000 }).toMatchObject({ question: QUESTION.slice(0, 20), low: ru.low, brand: '#0f766e' })
    await page.getByLabel('Question', { exact: true }).pressSequentially(QUESTION.slice(20), { delay: 5 })
    const asked = QUESTION.replace('{product}', 'Acme Shop')
    await expect.poll(() => preview(page), { timeout: 20_000 }).toMatchObject({ question: asked })
    expect((await preview(page)).width).toBeGreaterThanOrEqual(640)
    await page.getByLabel(/^Brand colour/).fill('#b91c1c')
    await expect.poll(() => preview(page), { timeout: 20_000 }).toMatchObject({ brand: '#b91c1c', question: asked })
    // Phone width: the frame is 390 px wide and shows the same card.
    await page.getByRole('radio', { name: 'Phone (390 px)' }).check()
    await expect.poll(() => preview(page).then((p) => p.width), { timeout: 20_000 }).toBe(390)
    await expect.poll(() => preview(page), { timeout: 20_000 }).toMatchObject({ question: asked, brand: '#b91c1c', low: ru.low })
    await page.getByLabel('Label under 10').fill('Обязательно!')
    await expect.poll(() => previewFrame(page).evaluate(() => document.querySelector('tenpoint-survey')?.shadowRoot?.querySelector('#tp-hi')?.textContent), { timeout: 20_000 }).toBe('Обязательно!')

    // Answering in the preview sends nothing.
    const before = h.log.length
    const frame = previewFrame(page)
    await frame.getByRole('radio', { name: format(ru.scoreLabel, { score: 3 }), exact: true }).click()
    await frame.locator('[role=dialog][data-tenpoint-state="comment"]').waitFor()
    expect(await frame.locator('[role=dialog] #tp-q').innerText()).toBe(ru.why.detractor)
    await new Promise((r) => setTimeout(r, 500))
    expect(h.log.slice(before).filter((r) => r.path.startsWith('/v1/responses') || r.path.startsWith('/v1/displays'))).toEqual([])
    expect(await axe(page)).toEqual([])

    await page.getByRole('button', { name: 'Create survey' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await page.getByRole('heading', { name: 'Edit: Trial feedback' }).waitFor()
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/surveys/', ''))
    expect(id).toMatch(/^srv_/)
    const stored = await getSurvey(id)
    expect(stored).toMatchObject({
      name: 'Trial feedback',
      kind: 'transactional',
      status: 'active',
      rules: { trigger_events: ['Trial_Ended'], client_triggers: true, min_answer_ms: 0, sampling_percent: 100 },
      texts: { ru: { question: QUESTION, high: 'Обязательно!' } },
      theme: { brand: '#b91c1c', position: 'bottom-right', mode: 'auto' },
      product: null,
    })
    expect(stored.texts.ru.low).toBeUndefined()

    // Refused values: shown by their fields, focus on the first; nothing stored.
    await page.getByLabel('Sampling, % of people').fill('150')
    await page.getByLabel(/^Brand colour/).fill('teal!')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor()
    const sampling = page.getByLabel('Sampling, % of people')
    expect(await page.getByTestId('error-rules.sampling_percent').innerText()).toBe('must be 0 to 100')
    expect(await sampling.getAttribute('aria-invalid')).toBe('true')
    expect(await sampling.getAttribute('aria-describedby')).toContain((await page.getByTestId('error-rules.sampling_percent').getAttribute('id'))!)
    expect(await page.getByTestId('error-theme.brand').innerText()).toMatch(/hex colour/)
    expect(await page.getByLabel(/^Brand colour/).getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
    expect(await getSurvey(id)).toEqual(stored)
    expect(await axe(page)).toEqual([])
    // Corrected, with one more change: saved, and only that changed.
    await page.getByLabel('Sampling, % of people').fill('100')
    await page.getByLabel(/^Brand colour/).fill('#b91c1c')
    await page.getByLabel('Ask again after an answer, days').fill('60')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    expect(await page.getByTestId('error-rules.sampling_percent').count()).toBe(0)
    const changed = await getSurvey(id)
    expect(changed.rules.recontact_days).toBe(60)
    expect({ ...changed, rules: { ...changed.rules, recontact_days: 90 }, updated_at: stored.updated_at }).toEqual(stored)

    // Installed on a page: a Russian-speaking customer gets the real widget with these texts, answers, and it counts.
    const customer = await (await suite.browser.newContext(desktop({ locale: 'ru-RU' }))).newPage()
    try {
      const order = orderId('T')
      await customer.goto(h.page('plain.html', { order, auto: '1', event: 'Trial_Ended', locale: 'ru' }))
      await w.waitForCard(customer, 'score', 20_000)
      expect(await w.card(customer).locator('#tp-q').innerText()).toBe(asked)
      expect(await w.card(customer).locator('#tp-hi').innerText()).toBe('Обязательно!')
      expect(await w.card(customer).locator('#tp-lo').innerText()).toBe(ru.low)
      await w.radio(customer, 10, ru).click()
      await w.waitForCard(customer, 'comment')
      const [row] = await h.waitForRows(1, 'survey_id = ?', [id])
      expect(row).toMatchObject({ score: 10, counted: 1, locale: 'ru', trigger_key: order })
      expect(JSON.parse(row.flags)).toEqual([])
    } finally {
      await customer.context().close()
    }
    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('combobox', { name: 'Survey' }).selectOption({ label: 'Trial feedback' })
    await expect.poll(() => page.getByTestId('nps-value').textContent(), { timeout: 20_000 }).toBe('+100')
    expect(await page.getByTestId('nps').innerText()).toContain('1 counted answers')
    expect(errors).toEqual([])
  })

  it('an analyst opens a survey read-only: no edit button, no save, and the API refuses his change', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, ANALYST)
    await page.getByRole('link', { name: 'Surveys' }).click()
    const card = page.getByTestId('survey').filter({ hasText: 'Order delivered' })
    await card.waitFor()
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'New survey' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Pause|Resume|Archive/ }).count()).toBe(0)
    await card.getByRole('link', { name: /^View/ }).click()
    await page.getByRole('heading', { name: 'Order delivered' }).waitFor()
    await page.getByText('Read only').waitFor()
    expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(true)
    expect(await page.getByLabel('Sampling, % of people').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /Save|Create/ }).count()).toBe(0)
    // The preview still shows the survey as customers see it.
    await expect.poll(() => preview(page), { timeout: 20_000 }).toMatchObject({ brand: '#4f46e5' })
    const before = await getSurvey(h.surveyId)
    const status = await page.evaluate((id) => fetch(`/v1/surveys/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Hijacked', rules: { sampling_percent: 1 } }) }).then((r) => r.status), h.surveyId)
    expect(status).toBe(403)
    expect(await getSurvey(h.surveyId)).toEqual(before)
    expect(await axe(page)).toEqual([])
  })

  it('unsaved changes: leaving by a link asks first; staying keeps the draft, saving clears the question, leaving drops the draft', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Surveys' }).click()
    await page.getByTestId('survey').filter({ hasText: 'Order delivered' }).getByRole('link', { name: /^Edit/ }).click()
    const name = page.getByLabel('Name', { exact: true })
    await name.waitFor()
    const original = await name.inputValue()
    expect(await page.getByTestId('unsaved').count()).toBe(0)
    await name.fill(`${original} (draft)`)
    await page.getByTestId('unsaved').waitFor()
    // Typing back what was saved is not a change.
    await name.fill(original)
    await page.getByTestId('unsaved').waitFor({ state: 'detached' })
    await name.fill(`${original} (draft)`)

    const asked: string[] = []
    page.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()))
    await page.getByRole('link', { name: 'Overview' }).click()
    await expect.poll(() => asked.length).toBe(1)
    expect(asked[0]).toMatch(/not saved/)
    expect(page.url()).toMatch(/#\/surveys\//)
    expect(await name.inputValue()).toBe(`${original} (draft)`)

    // Saved: nothing to ask.
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByTestId('save-note').filter({ hasText: /Saved/ }).waitFor()
    expect((await getSurvey(h.surveyId)).name).toBe(`${original} (draft)`)
    await name.fill('Thrown away')
    page.once('dialog', (d) => void (asked.push(d.message()), d.accept()))
    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
    expect(asked).toHaveLength(2)
    expect((await getSurvey(h.surveyId)).name).toBe(`${original} (draft)`)
    // Put the name back for the other tests.
    await fetch(`${h.origin}/v1/surveys/${h.surveyId}`, { method: 'PATCH', headers: { ...secret(), 'content-type': 'application/json' }, body: JSON.stringify({ name: original }) })
  })

  it('the owner archives a survey from the list; the API agrees and it leaves the list', async () => {
    const h = suite.h
    const created = await (await fetch(`${h.origin}/v1/surveys`, { method: 'POST', headers: { ...secret(), 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Old quarterly', kind: 'relational' }) })).json()
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Surveys' }).click()
    const card = page.getByTestId('survey').filter({ hasText: 'Old quarterly' })
    page.once('dialog', (d) => void d.accept())
    await card.getByRole('button', { name: 'Archive' }).click()
    await card.waitFor({ state: 'detached' })
    expect((await getSurvey(created.id)).status).toBe('archived')
    expect(await page.getByTestId('survey').filter({ hasText: 'Order delivered' }).count()).toBe(1)
  })

  it('the preview page may be framed by the dashboard only; the app itself by nobody', async () => {
    const h = suite.h
    const csp = async (path: string) => (await fetch(`${h.origin}${path}`)).headers.get('content-security-policy')
    expect(await csp('/app/preview.html')).toContain("frame-ancestors 'self'")
    expect(await csp('/app/')).toContain("frame-ancestors 'none'")
    // A page on another origin framing the preview gets nothing.
    const page = await (await suite.newContext(desktop())).newPage()
    await page.goto(h.page('plain.html', {}, { other: true }))
    await page.evaluate((src) => {
      const f = document.createElement('iframe')
      f.src = src
      document.body.append(f)
    }, `${h.origin}/app/preview.html`)
    await new Promise((r) => setTimeout(r, 1500))
    const framed = page.frames().find((f) => f.url().endsWith('/app/preview.html'))
    const loaded = framed ? await framed.evaluate(() => document.title).catch(() => null) : null
    expect(loaded).not.toBe('Survey preview')
  })

  for (const [name, options] of [
    ['desktop, light', desktop({ colorScheme: 'light' })],
    ['desktop, dark', desktop({ colorScheme: 'dark' })],
    ['390 px, light', phone({ colorScheme: 'light' })],
    ['390 px, dark, Russian', phone({ colorScheme: 'dark', locale: 'ru-RU' })],
  ] as const) {
    it(`axe clean on the editor and its preview works: ${name}`, async () => {
      const h = suite.h
      const page = await (await suite.newContext(options)).newPage()
      await signIn(page, OWNER, options.locale === 'ru-RU')
      await page.goto(`${app()}#/surveys/${h.surveyId}`)
      await page.getByRole('heading', { name: /Order delivered/ }).waitFor()
      await expect.poll(() => preview(page).then((p) => p.brand), { timeout: 20_000 }).toBe('#4f46e5')
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
      expect(await axe(page)).toEqual([])
      await page.goto(`${app()}#/surveys/new`)
      await page.getByRole('heading', { name: /New survey|Новый опрос/ }).waitFor()
      await expect.poll(() => preview(page).then((p) => p.question), { timeout: 20_000 }).toBeTruthy()
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
      expect(await axe(page)).toEqual([])
    })
  }
})
