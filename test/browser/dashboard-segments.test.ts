/**
 * The Segments screen in Chromium on the real server: answers with different segments,
 * channels and traits sent through the public API (and an older week straight into the
 * database), the heatmap's NPS and n in the right cells as the API gives them, low-n cells
 * greyed and marked in words, a cell (by mouse and by keyboard) opening exactly its
 * answers in Comments, "Show as table" for the heatmap and the Overview's trend, the CSV
 * exports equal to the API, and axe in light and dark at desktop and 390 px.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { insertAnswers } from '../support/answers'
import { csvRecords } from '../support/csv'
import { browserAvailable, browserSuite, desktop, DESKTOP_UA, orderId, phone } from './harness'
import { axe, createAccount } from './dashboard-kit'

const OWNER = { email: 'owner@acme.test', password: 'owner password 1' }
const DAY = 86_400_000
const WAIT = { timeout: 30_000 }


interface Nps {
  n: number
  nps_rounded: number | null
  low_confidence: boolean
  interval: [number, number] | null
}
interface Heatmap extends Nps {
  from: string
  to: string
  total: Nps
  periods: (Nps & { label: string; from: string; to: string })[]
  groups: (Nps & { key: string | null; other: boolean; cells: Nps[] })[]
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

describe.skipIf(!browserAvailable)('the Segments screen', { timeout: 120_000 }, () => {
  const suite = browserSuite({ harness: { config: { signInPerMinute: 1000 } } })
  const app = () => `${suite.h.origin}/app/`
  const secret = (path: string) => fetch(`${suite.h.origin}${path}`, { headers: { authorization: `Bearer ${suite.h.project.secretKey}` } })

  /** One answer through the public API, as the widget sends it. */
  async function answer(score: number, o: { channel: 'web' | 'ios'; traits?: Record<string, string>; comment?: string }) {
    const h = suite.h
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${h.project.publicKey}`, 'user-agent': DESKTOP_UA, origin: h.origin }
    const anon = `anon-${randomUUID()}`
    const el = await fetch(`${h.origin}/v1/eligibility`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ anonymous_id: anon, session_id: randomUUID(), event: 'Order_Delivered', order_id: orderId('S'), channel: o.channel, traits: o.traits }),
    })
    const d = await el.json()
    expect(d.show, JSON.stringify(d)).toBe(true)
    const id = randomUUID()
    const r = await fetch(`${h.origin}/v1/responses`, { method: 'POST', headers, body: JSON.stringify({ id, survey_id: h.surveyId, token: d.display.token, score, anonymous_id: anon, channel: o.channel }) })
    expect(r.status).toBe(201)
    if (o.comment) expect((await fetch(`${h.origin}/v1/responses/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ anonymous_id: anon, comment: o.comment }) })).status).toBe(200)
  }

  async function signIn(page: Page) {
    await page.goto(app())
    await page.getByLabel(/E-mail/).fill(OWNER.email)
    await page.getByLabel(/^Password/).fill(OWNER.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor(WAIT)
  }

  /** The heatmap as the API gives it for what the screen asks (last 90 days, by week). */
  async function heatmapFromApi(page: Page, by: string): Promise<Heatmap> {
    const href = (await page.getByTestId('export').getAttribute('href'))!
    const q = new URL(href, suite.h.origin).searchParams
    expect(q.get('by')).toBe(by)
    return (await secret(`/v1/stats/breakdown?${q}`)).json()
  }

  const cell = (page: Page, row: string, period: string) => page.locator(`td[data-row="${row}"][data-period="${period}"]`)
  /** What a cell shows to the eye (without the words only a screen reader reads), spaces collapsed. */
  const shown = (page: Page, row: string, period: string) =>
    cell(page, row, period).evaluate((td) => {
      const c = td.cloneNode(true) as HTMLElement
      c.querySelectorAll('.sr-only').forEach((e) => e.remove())
      return [...c.querySelectorAll('.v, .n, .low, .empty > [aria-hidden]')].map((e) => (e.textContent ?? '').trim()).join(' ')
    })

  async function openSegments(page: Page) {
    await page.getByRole('link', { name: 'Segments' }).click()
    await page.getByRole('heading', { name: 'Segments' }).waitFor(WAIT)
    await page.getByTestId('heatmap').waitFor(WAIT)
  }

  const VIP = ['Courier was early', 'Great packaging', 'Fast, as always', 'Box was crushed']

  it('by segment: the NPS and n of each cell as the API gives them, low n greyed and marked, a cell opens exactly its answers', async () => {
    const h = suite.h
    // This week, through the public API: VIP 10, 10, 9, 3 (NPS +50, n 4); B2C 2, 8, 10 (NPS 0, n 3); one without a segment.
    for (const [i, s] of [10, 10, 9, 3].entries()) await answer(s, { channel: 'web', traits: { segment: 'VIP', plan: 'pro' }, comment: VIP[i] })
    for (const s of [2, 8, 10]) await answer(s, { channel: 'ios', traits: { segment: 'B2C' }, comment: `B2C ${s}` })
    await answer(9, { channel: 'web' })
    // A week earlier, B2C on the web: 20 promoters, 10 passives, 10 detractors (NPS +25, n 40: not low).
    const before = Date.now() - 7 * DAY
    await insertAnswers(h.client, h.project.id, [
      ...Array.from({ length: 40 }, (_, i) => ({ survey: h.surveyId, kind: 'transactional' as const, score: i < 20 ? 10 : i < 30 ? 8 : 3, at: before + i, segment: 'B2C', channel: 'web' })),
    ])

    const link = await setupLink(createStore(h.client), h.project.id)
    const page = await (await suite.newContext(desktop({ acceptDownloads: true }))).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && errors.push(m.text()))
    await createAccount(page, `${h.origin}${link}`, OWNER, WAIT.timeout)
    await openSegments(page)
    expect(await page.getByRole('combobox', { name: 'Split by' }).inputValue()).toBe('segment')
    expect(await page.getByRole('combobox', { name: 'Periods by' }).inputValue()).toBe('week')

    const api = await heatmapFromApi(page, 'segment')
    const now = api.periods.length - 1
    const last = api.periods[now].label
    const prev = api.periods[now - 1].label
    // The golden numbers, worked out by hand, are what the API says…
    const row = (key: string | null) => api.groups.find((g) => g.key === key)!
    expect(api.groups.map((g) => [g.key, g.n, g.nps_rounded])).toEqual([['B2C', 43, 23], ['VIP', 4, 50], [null, 1, 100]])
    expect([row('VIP').cells[now].n, row('VIP').cells[now].nps_rounded]).toEqual([4, 50])
    expect([row('B2C').cells[now].n, row('B2C').cells[now].nps_rounded, row('B2C').cells[now - 1].n, row('B2C').cells[now - 1].nps_rounded]).toEqual([3, 0, 40, 25])
    // Columns: the period's label and the local dates it covers (the last week is cut short by today).
    const df = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' })
    const dates = (from: string, to: string) => df.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)).replace(/\s+/g, ' ')
    const heads = await page.locator('table.heatmap thead th').allInnerTexts()
    expect(heads.map((x) => x.replace(/\s+/g, ' '))).toEqual([
      'Segment',
      ...api.periods.map((p) => `${p.label} ${dates(p.from, p.to)}`),
      `Whole period ${dates(api.from, api.to)}`,
    ])
    // …and every cell on the screen shows the API's figure.
    const rows = ['B2C', 'VIP', '(none)']
    expect(await page.locator('table.heatmap tbody tr th').allInnerTexts()).toEqual(['B2C', 'VIP', '(none)', 'All answers'])
    for (const [r, g] of api.groups.entries()) {
      for (const [i, p] of api.periods.entries()) {
        const c = g.cells[i]
        const text = await shown(page, rows[r], p.label)
        if (c.n === 0) expect(text, `${rows[r]} ${p.label}`).toBe('—')
        else expect(text, `${rows[r]} ${p.label}`).toBe(`${signed(c.nps_rounded!)} n = ${c.n}${c.low_confidence ? ' low n' : ''}`)
      }
      expect(await shown(page, rows[r], 'all')).toContain(`${signed(g.nps_rounded!)} n = ${g.n}`)
    }
    expect(await shown(page, '(all)', last)).toBe(`${signed(api.periods[now].nps_rounded!)} n = 8 low n`)
    // Low n: grey, dashed and said in words; n ≥ 30 coloured by its NPS, no mark.
    const vip = cell(page, 'VIP', last).locator('.cell')
    expect(await vip.getAttribute('class')).toContain('grey')
    expect(await vip.innerText()).toContain('low n')
    expect(await vip.evaluate((e) => getComputedStyle(e).borderStyle)).toBe('dashed')
    expect(await vip.textContent()).toContain('Low confidence: fewer than 30 answers')
    const b2c = cell(page, 'B2C', prev).locator('.cell')
    expect(await b2c.getAttribute('class')).toBe('cell h4')
    expect(await b2c.innerText()).not.toContain('low n')
    expect(await b2c.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(await vip.evaluate((e) => getComputedStyle(e).backgroundColor))
    // No answers in a cell: a dash, not a button; no value: no link (no filter can select "none").
    expect(await cell(page, 'VIP', prev).getByRole('button').count()).toBe(0)
    expect(await cell(page, '(none)', last).getByRole('button').count()).toBe(0)
    expect(await axe(page)).toEqual([])

    // A click on VIP this week opens those answers, and only those.
    await cell(page, 'VIP', last).getByRole('button').click()
    await page.getByRole('heading', { name: 'Comments' }).waitFor(WAIT)
    await page.getByTestId('linked').waitFor(WAIT)
    await expect.poll(() => page.getByTestId('answer').count(), WAIT).toBe(4)
    expect((await page.getByTestId('comment').allInnerTexts()).sort()).toEqual([...VIP].sort())
    expect(await page.getByTestId('linked').innerText()).toContain(`Segment = VIP, ${api.periods[now].from}`)
    const hash = new URLSearchParams(new URL(page.url()).hash.split('?')[1])
    expect(Object.fromEntries(hash)).toMatchObject({ survey: h.surveyId, segment: 'VIP', from: api.periods[now].from, to: api.periods[now].to, counted: 'true', has_comment: '' })
    const listed = await (await secret(`/v1/answers?survey=${h.surveyId}&segment=VIP&from=${api.periods[now].from}&to=${api.periods[now].to}&counted=true`)).json()
    expect(listed.answers.map((a: { comment: string }) => a.comment).sort()).toEqual([...VIP].sort())
    expect(await page.getByRole('checkbox', { name: 'With a comment only' }).isChecked()).toBe(false)
    expect(await axe(page)).toEqual([])
    // "Show all answers" drops the link's filters.
    await page.getByRole('button', { name: 'Show all answers' }).click()
    // (The last 30 days, every answer: the box stays as the link left it.)
    await expect.poll(() => page.getByTestId('answer').count(), WAIT).toBe(48)
    expect(await page.getByTestId('linked').count()).toBe(0)

    // By keyboard: B2C over the whole period (Enter on the cell) → its 43 answers, without the comment filter.
    await page.getByRole('link', { name: 'Segments' }).click()
    await page.getByTestId('heatmap').waitFor(WAIT)
    await cell(page, 'B2C', 'all').getByRole('button').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('linked').waitFor(WAIT)
    await expect.poll(() => page.getByTestId('answer').count(), WAIT).toBe(43)
    expect(await page.getByTestId('linked').innerText()).toContain(`Segment = B2C, ${api.from} – ${api.to}`)
    expect(errors).toEqual([])
  })

  it('Show as table: the same numbers in a table with headers; the CSV export has the numbers of the screen (Segments and Overview)', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop({ acceptDownloads: true }))).newPage()
    await signIn(page)
    await openSegments(page)
    const api = await heatmapFromApi(page, 'segment')
    const now = api.periods.length - 1
    const toggle = page.getByRole('button', { name: 'Show as table' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.getByTestId('heatmap-table').count()).toBe(0)
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const table = page.getByTestId('heatmap-table')
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Segment', 'Period', 'NPS', '95 % interval', 'n', 'Low confidence'])
    // One row per cell with answers, and one per row total: B2C 2 + 1, VIP 1 + 1, none 1 + 1, all answers 2 + 1.
    const shownRows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)))
    const names = ['B2C', 'VIP', '(none)', 'All answers']
    const expected = [...api.groups, { ...api.total, cells: api.periods }].flatMap((g, r) =>
      [...g.cells.map((c, i) => [api.periods[i].label, c] as const), ['Whole period', g] as const].filter(([, c]) => c.n > 0).map(([label, c]) => [names[r], label, signed(c.nps_rounded!), String(c.n)]),
    )
    expect(expected).toHaveLength(10)
    expect(shownRows.map((x) => [x[0], x[1], x[2], x[4]])).toEqual(expected)
    const vipNow = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^VIP$/ }) }).filter({ has: page.locator('td', { hasText: api.periods[now].label }) })
    expect(await vipNow.locator('td').allInnerTexts()).toEqual([api.periods[now].label, '+50', `${api.groups[1].cells[now].interval![0].toFixed(1)} … ${api.groups[1].cells[now].interval![1].toFixed(1)}`, '4', 'Yes'])
    expect(await axe(page)).toEqual([])

    // Export: the downloaded file is the screen's request as CSV; its numbers are the API's.
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export').click()])
    expect(download.suggestedFilename()).toBe(`nps-by-segment_${h.surveyId}_${api.from}_${api.to}.csv`)
    const recs = csvRecords(readFileSync((await download.path())!, 'utf8'))
    expect(recs).toHaveLength(4 * (api.periods.length + 1))
    const find = (group: string, value: string, period: string) => recs.find((x) => x.group === group && x.value === value && x.period === period)!
    const num = (x: number | null) => (x === null ? '' : String(x))
    for (const g of api.groups) {
      const [group, value] = g.key === null ? ['none', ''] : ['value', g.key]
      expect(find(group, value, 'all')).toMatchObject({ n: String(g.n), nps_rounded: num(g.nps_rounded), low_confidence: String(g.low_confidence) })
      for (const [i, p] of api.periods.entries()) expect(find(group, value, p.label)).toMatchObject({ from: p.from, to: p.to, n: String(g.cells[i].n), nps_rounded: num(g.cells[i].nps_rounded) })
    }
    expect(find('all', '', 'all')).toMatchObject({ n: String(api.total.n), nps_rounded: num(api.total.nps_rounded) })
    expect(find('value', 'VIP', api.periods[now].label)).toMatchObject({ n: '4', nps: '50', promoters: '3', detractors: '1', low_confidence: 'true' })
    expect(find('value', 'B2C', api.periods[now - 1].label)).toMatchObject({ n: '40', nps: '25', low_confidence: 'false' })

    // The Overview: its trend as a table, and as CSV.
    await page.getByRole('link', { name: 'Overview' }).click()
    await page.getByTestId('nps-value').waitFor(WAIT)
    await page.getByRole('combobox', { name: 'Trend by' }).selectOption('week')
    await expect.poll(() => page.getByTestId('export').getAttribute('href'), WAIT).toMatch(/unit=week/)
    const overviewToggle = page.getByRole('button', { name: 'Show as table' })
    await overviewToggle.click()
    expect(await overviewToggle.getAttribute('aria-expanded')).toBe('true')
    const trendTable = page.getByTestId('trend-table')
    await trendTable.waitFor(WAIT)
    expect(await trendTable.locator('thead th').allInnerTexts()).toEqual(['Period', 'NPS', '95 % interval', 'n', 'Low confidence', 'Excluded answers'])
    const href = (await page.getByTestId('export').getAttribute('href'))!
    expect(href).toMatch(/^\/v1\/stats\/trend\.csv\?.*unit=week/)
    const trend = await (await secret(`/v1/stats/trend?${new URL(href, h.origin).searchParams}`)).json()
    const stats = await (await secret(`/v1/stats?survey=${h.surveyId}&from=${trend.from}&to=${trend.to}`)).json()
    const rowsShown = await trendTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)))
    expect(rowsShown.map((r) => [r[0], r[1], r[3]])).toEqual(trend.points.map((p: Nps & { label: string }) => [p.label, p.nps_rounded === null ? '—' : signed(p.nps_rounded), String(p.n)]))
    const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('export').click()])
    const lines = csvRecords(readFileSync((await file.path())!, 'utf8'))
    expect(lines[0]).toMatchObject({ period: 'all', from: trend.from, to: trend.to, n: String(stats.n), nps_rounded: String(stats.nps_rounded), margin_of_error: String(stats.margin_of_error), excluded: String(stats.excluded.total) })
    expect(lines.slice(1).map((x) => [x.period, x.n, x.nps_rounded, x.excluded])).toEqual(
      trend.points.map((p: Nps & { label: string; excluded: number }) => [p.label, String(p.n), num(p.nps_rounded), String(p.excluded)]),
    )
    expect(await page.getByTestId('nps-value').textContent()).toBe(signed(Number(lines[0].nps_rounded)))
    expect(await axe(page)).toEqual([])
  })

  it('by channel and by a trait; light and dark, desktop and 390 px, in Ukrainian: axe clean, no page-wide scroll', async () => {
    for (const [name, opts] of [
      ['desktop light', desktop({ colorScheme: 'light' })],
      ['desktop dark', desktop({ colorScheme: 'dark' })],
      ['phone light', phone({ colorScheme: 'light' })],
      ['phone dark', phone({ colorScheme: 'dark' })],
    ] as const) {
      const page = await (await suite.newContext(opts)).newPage()
      await signIn(page)
      await openSegments(page)
      await page.getByRole('combobox', { name: 'Split by' }).selectOption('channel')
      await expect.poll(() => page.locator('table.heatmap tbody th').allInnerTexts(), WAIT).toEqual(['web', 'ios', 'All answers'])
      const api = await heatmapFromApi(page, 'channel')
      const last = api.periods[api.periods.length - 1].label
      // This week: web = VIP 10, 10, 9, 3 and 9 → 4 promoters, 1 detractor: +60, n 5; iOS = B2C 2, 8, 10 → 0, n 3.
      expect(await shown(page, 'web', last)).toBe('+60 n = 5 low n')
      expect(await shown(page, 'ios', last)).toBe('0 n = 3 low n')
      await page.getByRole('combobox', { name: 'Split by' }).selectOption('trait')
      await page.getByText('Type the key of the trait').waitFor(WAIT)
      await page.getByRole('textbox', { name: 'Key' }).fill('plan')
      await page.getByRole('textbox', { name: 'Key' }).press('Enter')
      await expect.poll(() => page.locator('table.heatmap tbody th').allInnerTexts(), WAIT).toEqual(['(none)', 'pro', 'All answers'])
      expect((await heatmapFromApi(page, 'trait.plan')).groups.map((g) => [g.key, g.n])).toEqual([[null, 44], ['pro', 4]])
      expect(await shown(page, 'pro', last)).toBe('+50 n = 4 low n')
      await page.getByRole('button', { name: 'Show as table' }).click()
      await page.getByTestId('heatmap-table').waitFor(WAIT)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), name).toBe(true)
      expect(await axe(page), name).toEqual([])
      // A trait cell links to its answers too.
      await cell(page, 'pro', 'all').getByRole('button').click()
      await expect.poll(() => page.getByTestId('answer').count(), WAIT).toBe(4)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), name).toBe(true)
      expect(await axe(page), name).toEqual([])
      await page.context().close()
    }
    // In Ukrainian, at 390 px in the dark: the words of the screen, the table, axe.
    const page = await (await suite.newContext(phone({ colorScheme: 'dark', locale: 'uk-UA' }))).newPage()
    await page.goto(app())
    await page.getByLabel(/Ел. пошта/).fill(OWNER.email)
    await page.getByLabel(/Пароль/).fill(OWNER.password)
    await page.getByRole('button', { name: 'Увійти' }).click()
    await page.getByRole('link', { name: 'Сегменти' }).click()
    await page.getByRole('heading', { name: 'Сегменти' }).waitFor(WAIT)
    await page.getByTestId('heatmap').waitFor(WAIT)
    expect(await page.locator('table.heatmap tbody th').allInnerTexts()).toEqual(['B2C', 'VIP', '(немає)', 'Усі відповіді'])
    await page.getByRole('button', { name: 'Показати таблицею' }).click()
    await page.getByTestId('heatmap-table').waitFor(WAIT)
    expect(await page.getByText('мало n').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    expect(await axe(page)).toEqual([])
  })
})
