/**
 * The Overview remembers its period for the browser tab (as it remembers the survey): a
 * reload keeps "Last 90 days" and asks the API for 90 days; a new tab starts at 30 again.
 */
import { describe, expect, it } from 'vitest'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { insertAnswers } from '../support/answers'
import { createAccount, ensureDashboardBuilt } from './dashboard-kit'
import { browserAvailable, browserSuite, desktop } from './harness'

ensureDashboardBuilt()

const DAY = 86_400_000

describe.skipIf(!browserAvailable)('the Overview period', { timeout: 90_000 }, () => {
  const suite = browserSuite()

  it('is kept across a reload of the tab and starts at 30 days in a new one', async () => {
    const h = suite.h
    const now = Date.now()
    // 4 answers today, 6 more two months ago: 30 days count 4, 90 days count 10.
    await insertAnswers(h.client, h.project.id, [
      ...[10, 10, 9, 3].map((score) => ({ survey: h.surveyId, score, at: now - 3_600_000 })),
      ...[10, 2, 2, 2, 8, 9].map((score) => ({ survey: h.surveyId, score, at: now - 60 * DAY })),
    ])
    const link = await setupLink(createStore(h.client), h.project.id)
    const context = await suite.newContext(desktop())
    const page = await context.newPage()
    await createAccount(page, `${h.origin}${link}`, { email: 'owner@period.test', password: 'period owner password' })
    const period = page.getByRole('combobox', { name: 'Period' })
    const answers = () => page.getByTestId('nps').innerText()
    await expect.poll(answers, { timeout: 30_000 }).toContain('4 counted answers')
    expect(await period.inputValue()).toBe('30')

    await period.selectOption('90')
    await expect.poll(answers, { timeout: 30_000 }).toContain('10 counted answers')

    // A reload keeps the choice, and the figures asked for are the 90 days'.
    const asked: string[] = []
    page.on('request', (r) => r.url().includes('/v1/stats?') && asked.push(r.url()))
    await page.reload()
    await expect.poll(answers, { timeout: 30_000 }).toContain('10 counted answers')
    expect(await period.inputValue()).toBe('90')
    const from = new URL(asked[0]).searchParams.get('from')!
    const to = new URL(asked[0]).searchParams.get('to')!
    expect((Date.parse(to) - Date.parse(from)) / DAY).toBe(89)

    // Another tab of the same browser starts from the default.
    const other = await context.newPage()
    await other.goto(`${h.origin}/app/#/overview`)
    await expect.poll(() => other.getByTestId('nps').innerText(), { timeout: 30_000 }).toContain('4 counted answers')
    expect(await other.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('30')
  })
})
