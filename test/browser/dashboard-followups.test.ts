/**
 * Follow-ups and themes in the dashboard, in Chromium on the real server: a detractor's
 * answer through the public API opens a case (follow-ups turned on through the management
 * API); the owner works it from the queue (assign to an analyst, contacted, a note,
 * resolved) and the history and the API agree; comment themes as chips, the theme
 * filter, the Themes table against /v1/stats/themes, the filtered CSV download with its
 * themes column; axe in light and dark, desktop and 390 px.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { browserAvailable, browserSuite, desktop, phone } from './harness'
import { answerAsCustomer, axe, createAccount, ensureDashboardBuilt } from './dashboard-kit'
import { parseCsv } from '../support/csv'

const OWNER = { email: 'owner@shop.test', password: 'owner password 1' }
const ANALYST = { email: 'analyst@shop.test', password: 'analyst password 1' }
const LATE = 'Delivery was a week late and the courier never called <b>again</b>'
const TIMEOUT = 20_000

ensureDashboardBuilt()



describe.skipIf(!browserAvailable)('dashboard: follow-ups and themes', { timeout: 120_000 }, () => {
  const suite = browserSuite({ harness: { config: { signInPerMinute: 1000 } } })
  const app = () => `${suite.h.origin}/app/`
  const secret = async <T = any>(path: string, method = 'GET', body?: unknown): Promise<T> => {
    const r = await fetch(`${suite.h.origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${suite.h.project.secretKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    expect(r.status, `${method} ${path}: ${await r.clone().text()}`).toBe(200)
    return r.json() as Promise<T>
  }

  const answer = (score: number, comment?: string) => answerAsCustomer(suite.h, score, comment, 'F')

  async function signIn(page: Page, who: { email: string; password: string }, heading = 'Overview') {
    await page.goto(app())
    await page.getByLabel(/E-mail|Ел. пошта/).fill(who.email)
    await page.getByLabel(/^(Password|Пароль)/).fill(who.password)
    await page.getByRole('button', { name: /Sign in|Увійти/ }).click()
    await page.getByRole('heading', { name: heading }).waitFor({ timeout: TIMEOUT })
  }

  it('a detractor opens a case; the owner assigns it to an analyst, marks it contacted, adds a note and resolves it; history and API agree', async () => {
    const h = suite.h
    // Follow-ups on, through the management API as docs/closed-loop.md says.
    const project = await secret('/v1/project', 'PATCH', { followups: { enabled: true } })
    expect(project.followups.enabled).toBe(true)

    // The owner, through the printed link; the analyst, through the owner's invitation.
    const link = await setupLink(createStore(h.client), h.project.id)
    const page = await (await suite.newContext(desktop())).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && errors.push(m.text()))
    await createAccount(page, `${h.origin}${link}`, OWNER, TIMEOUT)
    const invite = await page.evaluate(() => fetch('/auth/invites', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"analyst"}' }).then((r) => r.json()))
    const joined = await fetch(`${h.origin}/auth/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: h.origin },
      body: JSON.stringify({ token: invite.link.split('/join/')[1], email: ANALYST.email, password: ANALYST.password }),
    })
    expect(joined.status).toBe(201)

    // A detractor (2: high priority) comments; a promoter opens nothing.
    const rid = await answer(2, LATE)
    await answer(10, 'Great, fast delivery')
    const [opened] = (await secret('/v1/followups')).followups
    expect(opened).toMatchObject({ response_id: rid, status: 'open', priority: 'high', owner: null })
    expect((await secret('/v1/followups')).followups).toHaveLength(1)

    // The queue shows it with its SLA.
    await page.getByRole('link', { name: 'Follow-ups' }).click()
    await page.getByRole('heading', { name: 'Follow-ups' }).waitFor()
    const card = page.getByTestId('case')
    await card.waitFor({ timeout: TIMEOUT })
    expect(await card.count()).toBe(1)
    expect(await card.getByTestId('comment').innerText()).toBe(LATE) // as text: the <b> is characters
    expect(await card.locator('b').count()).toBe(0)
    expect(await card.getByTestId('priority').innerText()).toBe('High priority')
    expect(await card.getByTestId('status').innerText()).toBe('Open')
    expect(await card.getByTestId('owner').innerText()).toContain('unassigned')
    expect(await card.innerText()).toContain('Detractor')
    // First contact within 60 minutes, resolution within 24 hours (high), as Intl words them.
    expect(await card.getByTestId('first-contact').innerText()).toMatch(/^due in (59|60) minutes$/)
    expect(await card.getByTestId('resolution').innerText()).toMatch(/^due in 24 hours$/)
    expect(await page.getByTestId('contact-median').innerText()).toBe('none yet')

    // Open it: assign to the analyst, contacted, a note, resolved.
    await card.getByRole('link', { name: /Open case/ }).click()
    await page.getByRole('heading', { name: 'Follow-up', exact: true }).waitFor({ timeout: TIMEOUT })
    const detail = page.getByTestId('case-detail')
    const log = page.getByTestId('log')
    await expect.poll(() => log.count(), { timeout: TIMEOUT }).toBe(2)
    await page.getByRole('combobox', { name: 'Assign to' }).selectOption(ANALYST.email)
    await page.getByRole('button', { name: 'Assign' }).click()
    await expect.poll(() => detail.getByTestId('owner').innerText(), { timeout: TIMEOUT }).toContain(ANALYST.email)
    expect(await page.getByRole('status').innerText()).toBe('Saved.')
    await page.getByRole('button', { name: 'Mark contacted' }).click()
    await expect.poll(() => detail.getByTestId('status').innerText(), { timeout: TIMEOUT }).toBe('Contacted')
    expect(await detail.getByTestId('first-contact').innerText()).toMatch(/^done /)
    expect(await page.getByRole('button', { name: 'Mark contacted' }).count()).toBe(0)
    await page.getByLabel('Note').fill('Called: refund of the delivery fee <script>x</script>')
    await page.getByRole('button', { name: 'Add note' }).click()
    await expect.poll(() => log.count(), { timeout: TIMEOUT }).toBe(5)
    expect(await page.getByLabel('Note').inputValue()).toBe('')
    await page.getByRole('button', { name: 'Resolve' }).click()
    await expect.poll(() => detail.getByTestId('status').innerText(), { timeout: TIMEOUT }).toBe('Resolved')
    expect(await page.getByRole('button', { name: /Resolve|Mark contacted|Close without contact/ }).count()).toBe(0)

    // The history: every change with who and when, and the customer's comment edit.
    await expect.poll(() => log.count()).toBe(6)
    const lines = (await log.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim())
    expect(lines[0]).toMatch(/· Tenpoint Case opened$/)
    expect(lines[1]).toMatch(/· the customer The customer edited the comment Before — After Delivery was a week late/)
    expect(lines[2]).toMatch(new RegExp(`· ${OWNER.email} Assigned to ${ANALYST.email}$`))
    expect(lines[3]).toMatch(new RegExp(`· ${OWNER.email} Status: Open → Contacted$`))
    expect(lines[4]).toMatch(new RegExp(`· ${OWNER.email} Note Called: refund of the delivery fee <script>x</script>$`))
    expect(lines[5]).toMatch(new RegExp(`· ${OWNER.email} Status: Contacted → Resolved$`))
    expect(await page.locator('main script').count()).toBe(0)

    // What the API stored.
    const stored = await secret(`/v1/followups/${opened.id}`)
    expect(stored).toMatchObject({ status: 'resolved', owner: ANALYST.email, breached: { first_contact: false, resolution: false } })
    expect(stored.contacted_at).toBeGreaterThan(0)
    expect(stored.resolved_at).toBeGreaterThanOrEqual(stored.contacted_at)
    expect(stored.log.map((l: { kind: string; actor: string }) => [l.kind, l.actor])).toEqual([
      ['status', 'tenpoint'],
      ['comment', 'respondent'],
      ['assign', `user:${OWNER.email}`],
      ['status', `user:${OWNER.email}`],
      ['note', `user:${OWNER.email}`],
      ['status', `user:${OWNER.email}`],
    ])

    // Back in the queue: gone from the live cases, there under Resolved; the timing figures follow the API.
    await page.getByRole('link', { name: /Back to the queue/ }).click()
    await page.getByText('No follow-ups match these filters.').waitFor({ timeout: TIMEOUT })
    await page.getByRole('combobox', { name: 'Status' }).selectOption('resolved')
    await page.getByTestId('case').waitFor({ timeout: TIMEOUT })
    expect(await page.getByTestId('case').getByTestId('resolution').innerText()).toMatch(/^done /)
    const stats = await secret('/v1/followups/stats')
    expect(stats.first_contact).toMatchObject({ n: 1, within_sla_share: 1 })
    await expect.poll(() => page.getByTestId('contact-sla').innerText()).toBe('100% (n = 1)')
    expect(await page.getByTestId('resolution-sla').innerText()).toBe('100% (n = 1)')
    expect(await page.getByTestId('contact-median').innerText()).toMatch(/^\d+ min \(n = 1\)$/)
    // Mine / the analyst's: owner filters.
    await page.getByRole('combobox', { name: 'Owner' }).selectOption('mine')
    await page.getByText('No follow-ups match these filters.').waitFor({ timeout: TIMEOUT })
    await page.getByRole('combobox', { name: 'Owner' }).selectOption(ANALYST.email)
    await page.getByTestId('case').waitFor({ timeout: TIMEOUT })
    expect(errors).toEqual([])

    // The analyst finds it under "Mine"; a second, unassigned case is not theirs.
    await answer(4, 'Nobody answered the chat')
    const theirs = await (await suite.newContext(desktop())).newPage()
    await signIn(theirs, ANALYST)
    await theirs.getByRole('link', { name: 'Follow-ups' }).click()
    await theirs.getByRole('combobox', { name: 'Status' }).selectOption('')
    await expect.poll(() => theirs.getByTestId('case').count(), { timeout: TIMEOUT }).toBe(2)
    await theirs.getByRole('combobox', { name: 'Owner' }).selectOption('unassigned')
    await expect.poll(() => theirs.getByTestId('comment').allInnerTexts(), { timeout: TIMEOUT }).toEqual(['Nobody answered the chat'])
    await theirs.getByRole('combobox', { name: 'Owner' }).selectOption('mine')
    await expect.poll(() => theirs.getByTestId('comment').allInnerTexts(), { timeout: TIMEOUT }).toEqual([LATE])
    expect(await theirs.getByTestId('case').getByTestId('owner').innerText()).toContain(ANALYST.email)
  })

  it('comments show their themes; the theme filter narrows the feed; Themes agrees with the API; the filtered CSV download has the themes column', async () => {
    const h = suite.h
    await answer(3, 'Too expensive for what it is')
    await answer(9, 'Fast delivery and friendly support')
    await answer(1, 'The parcel arrived two weeks late')
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)

    // Comments: chips with the sentiment; the detractor's answer links to its case.
    await page.getByRole('link', { name: 'Comments' }).click()
    const late = page.getByTestId('answer').filter({ hasText: 'Delivery was a week late' })
    await late.waitFor({ timeout: TIMEOUT })
    const chip = late.getByTestId('theme').first()
    expect(await chip.getAttribute('data-theme')).toBe('delivery')
    expect(await chip.getAttribute('data-sentiment')).toBe('negative')
    expect(await chip.innerText()).toBe('Delivery · negative')
    expect(await page.getByTestId('answer').filter({ hasText: 'Great, fast delivery' }).getByTestId('followup-link').count()).toBe(0)
    await late.getByTestId('followup-link').click()
    await page.getByRole('heading', { name: 'Follow-up', exact: true }).waitFor({ timeout: TIMEOUT })
    expect(await page.getByTestId('case-detail').getByTestId('comment').innerText()).toBe(LATE)
    await page.goBack()

    // The theme filter narrows the feed to what the API gives for it.
    const feed = page.getByTestId('answer')
    await feed.first().waitFor({ timeout: TIMEOUT })
    const all = await feed.count()
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('price')
    await expect.poll(() => page.getByTestId('comment').allInnerTexts(), { timeout: TIMEOUT }).toEqual(['Too expensive for what it is'])
    expect(all).toBeGreaterThan(1)
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('delivery')
    await page.getByRole('combobox', { name: 'Sentiment' }).selectOption('negative')
    const api = await secret(`/v1/answers?survey=${h.surveyId}&theme=delivery&theme_sentiment=negative&has_comment=true&limit=100`)
    const expected = api.answers.map((a: { comment: string }) => a.comment).sort()
    expect(expected).toEqual(['Delivery was a week late and the courier never called <b>again</b>', 'The parcel arrived two weeks late'].sort())
    await expect.poll(async () => (await page.getByTestId('comment').allInnerTexts()).sort(), { timeout: TIMEOUT }).toEqual(expected)

    // Export CSV with these filters: a real download.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export').click()])
    expect(download.suggestedFilename()).toBe('answers.csv')
    const [head, ...records] = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''))
    const col = (name: string) => head.indexOf(name)
    expect(col('themes')).toBeGreaterThan(0)
    expect(records.map((r) => r[col('comment')]).sort()).toEqual(expected)
    for (const r of records) expect(r[col('themes')].split(' ')).toContain('delivery:negative')

    // Themes: the table is the API's figures, most problematic first.
    await page.getByRole('link', { name: 'Themes' }).click()
    await page.getByRole('heading', { name: 'Themes', exact: true }).waitFor()
    const rows = page.getByTestId('theme-row')
    await rows.first().waitFor({ timeout: TIMEOUT })
    const today = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10)
    const stats = await secret(`/v1/stats/themes?survey=${h.surveyId}&from=${from}&to=${today}`)
    const delivery = stats.themes.find((x: { theme: string }) => x.theme === 'delivery')
    expect(delivery.mentions).toBe(4) // late ×2, "Great, fast delivery", "Fast delivery and friendly support"
    const row = page.locator('[data-testid=theme-row][data-theme=delivery]')
    expect(await row.getByTestId('mentions').innerText()).toBe(String(delivery.mentions))
    expect(await row.getByTestId('detractor-share').innerText()).toBe(`${Math.round(delivery.detractor_share.value * 100)}% n = ${delivery.detractor_share.n}`)
    expect(delivery.detractor_share).toEqual({ value: 2 / 4, n: 4 }) // late ×2 of: late, the chat, the price, the parcel
    expect(await page.getByTestId('theme-totals').innerText()).toContain(`${stats.comments} with a comment`)
    const order = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-theme')))
    const byProblem = [...stats.themes].sort((a, b) => (b.detractor_share.value ?? -1) - (a.detractor_share.value ?? -1) || b.mentions - a.mentions || a.theme.localeCompare(b.theme)).map((x) => x.theme)
    expect(order).toEqual(byProblem)
    expect(order[0]).toBe('delivery')

    // One theme over time: the most problematic by default; chart and table are the API's figures.
    const trendCard = page.getByTestId('theme-trend')
    await trendCard.getByRole('img').waitFor({ timeout: TIMEOUT })
    const pick = trendCard.getByRole('combobox', { name: 'Theme' })
    expect(await pick.inputValue()).toBe('delivery')
    await trendCard.getByRole('button', { name: 'Show as table' }).click()
    const series = async (theme: string) => (await secret(`/v1/stats/themes/trend?survey=${h.surveyId}&from=${from}&to=${today}&unit=day&theme=${theme}`)).themes[0].points as { mentions: number }[]
    const shownMentions = async () => (await trendCard.getByTestId('tt-mentions').allInnerTexts()).map(Number)
    const deliverySeries = await series('delivery')
    expect(deliverySeries).toHaveLength(30)
    await expect.poll(shownMentions, { timeout: TIMEOUT }).toEqual(deliverySeries.map((p) => p.mentions))
    expect((await shownMentions()).reduce((a, b) => a + b, 0)).toBe(delivery.mentions)
    await pick.selectOption('price')
    const priceSeries = await series('price')
    await expect.poll(shownMentions, { timeout: TIMEOUT }).toEqual(priceSeries.map((p) => p.mentions))
    expect(priceSeries.reduce((a, p) => a + p.mentions, 0)).toBe(stats.themes.find((x: { theme: string }) => x.theme === 'price').mentions)

    // A theme opens the Comments filtered by it.
    await row.getByRole('link').click()
    await page.getByRole('heading', { name: 'Comments' }).waitFor()
    expect(await page.getByRole('combobox', { name: 'Theme', exact: true }).inputValue()).toBe('delivery')
    await expect.poll(() => page.getByTestId('answer').count(), { timeout: TIMEOUT }).toBe(4)
    for (const card of await page.getByTestId('answer').all()) expect(await card.locator('[data-theme=delivery]').count()).toBe(1)
  })

  it('Follow-ups and Themes are axe clean in light and dark, on a desktop and at 390 px (no sideways scroll); Ukrainian words the SLA', async () => {
    await answer(0, 'Підтримка не відповідає, доставка запізнилась') // a live case for the queue
    for (const [name, opts] of [
      ['desktop light', desktop({ colorScheme: 'light' })],
      ['desktop dark', desktop({ colorScheme: 'dark' })],
      ['phone light', phone({ colorScheme: 'light' })],
      ['phone dark', phone({ colorScheme: 'dark', locale: 'uk-UA' })],
    ] as const) {
      const uk = name === 'phone dark'
      const page = await (await suite.newContext(opts)).newPage()
      await signIn(page, OWNER, uk ? 'Огляд' : 'Overview')
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)
      await page.goto(`${app()}#/followups`)
      await page.getByTestId('case').first().waitFor({ timeout: TIMEOUT })
      await page.getByTestId('contact-median').waitFor()
      if (uk) expect(await page.getByTestId('case').first().getByTestId('first-contact').innerText()).toMatch(/^термін через \d+ хвилин/)
      expect(await axe(page), `${name}: queue`).toEqual([])
      expect(await fits(), `${name}: queue fits`).toBe(true)
      await page.getByTestId('case').first().getByRole('link').click()
      await page.getByTestId('history').waitFor({ timeout: TIMEOUT })
      expect(await axe(page), `${name}: case`).toEqual([])
      expect(await fits(), `${name}: case fits`).toBe(true)
      await page.goto(`${app()}#/themes`)
      await page.getByTestId('theme-row').first().waitFor({ timeout: TIMEOUT })
      expect(await axe(page), `${name}: themes`).toEqual([])
      expect(await fits(), `${name}: themes fit`).toBe(true)
      await page.goto(`${app()}#/comments?theme=delivery`)
      await page.getByTestId('theme').first().waitFor({ timeout: TIMEOUT })
      expect(await axe(page), `${name}: comments with chips`).toEqual([])
      expect(await fits(), `${name}: comments fit`).toBe(true)
      await page.context().close()
    }
  })
})
