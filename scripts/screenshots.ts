/**
 * `npm run screenshots`: the README's and docs/dashboard.md's pictures of the dashboard,
 * made from the current build so they stay current.
 *
 * Starts a fresh Node server (`worker/runtime/node/server.ts`) on an empty data directory
 * and fills the demo project the way a user would: project settings (name, time zone,
 * follow-ups on) and two more surveys through the management API; half a year of past
 * answers — comments in English, Russian and Ukrainian that the themes pick up, several
 * segments and channels — through the import endpoint; a few answers of today through the
 * public API as the widget sends them (detractors among them open follow-up cases), and
 * two of those cases worked (contacted with a note, resolved). Then it creates the owner
 * account through the set-up link the server printed, in Chromium, and saves PNGs of the
 * main screens at 1280×800 in light mode, and of the Overview on a 390 px phone in dark
 * mode, into docs/screenshots/. A screen whose link is not in the navigation of this build
 * (Segments, Themes, Follow-ups) is skipped with a note.
 *
 * TENPOINT_CHROMIUM: the browser (default /usr/bin/chromium).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ensureDemo } from '../worker/db/seed'
import { openDatabase } from '../worker/runtime/node/database'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const OUT = join(ROOT, 'docs', 'screenshots')
const DAY = 86_400_000
const SURVEY = 'srv_delivery'
const OWNER = { email: 'owner@acme.example', password: 'screenshots owner password' }
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36'

/** A fixed sequence of pseudo-random numbers in [0, 1), so every run draws the same demo. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rnd = random(20261130)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]

/** Comments people write, by language, with the score they come with. */
const COMMENTS: Record<'en' | 'ru' | 'uk', [number, string][]> = {
  en: [
    [2, 'The courier was two days late and nobody answered in the chat.'],
    [10, 'Fast delivery, the parcel arrived a day early.'],
    [5, 'Prices went up again and the discount code did not work.'],
    [3, 'The app crashes every time I open my orders.'],
    [9, 'Great quality, exactly as described.'],
    [4, 'Checkout failed twice before my card was accepted.'],
    [9, 'Returning the shoes was easy and the refund came in three days.'],
    [6, 'Size M was out of stock again.'],
    [10, 'Support solved my problem in five minutes, thank you!'],
    [8, 'Good value for money, delivery could be faster.'],
  ],
  ru: [
    [2, 'Курьер опоздал на три часа, в поддержке не отвечают.'],
    [10, 'Быстрая доставка, всё пришло целым.'],
    [5, 'Цены выросли, скидки стали меньше.'],
    [4, 'Приложение зависает при оплате картой.'],
    [9, 'Отличное качество, буду заказывать ещё.'],
    [9, 'Вернуть товар было просто, деньги пришли быстро.'],
    [7, 'Нормально, но доставка могла быть быстрее.'],
  ],
  uk: [
    [10, 'Доставка вчасно, дякую!'],
    [3, 'Кур’єр не зателефонував, посилку залишили під дверима.'],
    [5, 'Оплата карткою не пройшла з першого разу.'],
    [9, 'Дуже зручний застосунок, все швидко знаходжу.'],
    [6, 'Мого розміру немає вже місяць.'],
    [8, 'Якість чудова, але ціна трохи висока.'],
  ],
}
const SEGMENTS = ['B2C', 'B2C', 'B2C', 'B2B', 'VIP', 'SMB'] as const
const CHANNELS = ['web', 'web', 'ios', 'android', 'email', 'webview'] as const
const LOCALES = ['en', 'en', 'en', 'uk', 'uk', 'ru'] as const

/** A score drawn from a mix that gets a little better over the period (`progress` 0 → 1). */
function score(progress: number): number {
  const p = rnd()
  const detractor = 0.27 - progress * 0.1
  return p < detractor ? Math.floor(rnd() * 7) : p < detractor + 0.2 ? 7 + Math.floor(rnd() * 2) : 9 + Math.floor(rnd() * 2)
}
const bucket = (s: number) => (s <= 6 ? 0 : s <= 8 ? 1 : 2)

/** `n` past answers spread over the last `days` days, as NDJSON lines for the import endpoint. */
function pastAnswers(prefix: string, n: number, days: number, now: number): string {
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    const progress = i / n
    const locale = pick(LOCALES)
    const s = score(progress)
    // Nearly half write why, in words that go with their score.
    const fitting = COMMENTS[locale].filter(([cs]) => bucket(cs) === bucket(s))
    const comment = rnd() < 0.45 && fitting.length ? pick(fitting)[1] : undefined
    lines.push(
      JSON.stringify({
        external_id: `${prefix}-${i}`,
        score: s,
        comment,
        created_at: Math.round(now - days * DAY + progress * days * DAY + rnd() * 3_600_000),
        user_id: `u_${prefix}_${i}`,
        order_id: `ord_${prefix}_${10_000 + i}`,
        channel: pick(CHANNELS),
        locale,
        segment: pick(SEGMENTS),
      }),
    )
  }
  return lines.join('\n') + '\n'
}

function free(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const probe = createServer()
    probe.once('error', () => ok(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok(true)))
  })
}

/**
 * The widget's displays behind the imported answers (an import brings answers, not the
 * times the card was shown): about two per answer over the same half year, a fifth of
 * them dismissed, written into the demo survey before the server starts, so the Overview
 * has a response and a dismiss rate.
 */
async function seedDisplays(dir: string, now: number) {
  const db = await openDatabase(`file:${join(dir, 'tenpoint.db')}`, { group: false })
  await ensureDemo(db.client)
  await db.client.execute({
    sql: `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :n)
          INSERT INTO displays (id, project_id, survey_id, respondent_key, trigger_key, created_at, dismissed_at)
          SELECT 'dsp_demo_' || i, 'prj_demo', :s, 'v' || i, 'ord_demo_' || i, :from + (i * :span) / :n,
            CASE WHEN i % 5 = 0 THEN :from + (i * :span) / :n + 4000 END
          FROM k`,
    args: { n: 3000, s: SURVEY, from: now - 181 * DAY, span: 180 * DAY },
  })
  // db.close() may not settle (see bench/results.ts): give it a second.
  await Promise.race([db.close(), new Promise((ok) => setTimeout(ok, 1000))])
}

function startServer(dir: string, port: number): Promise<{ proc: ChildProcess; printed: string }> {
  return new Promise((ok, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'worker/runtime/node/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        TENPOINT_DATA_DIR: dir,
        // Each customer below comes from an address of their own, through one proxy.
        TENPOINT_TRUSTED_PROXIES: '1',
        TENPOINT_RATE_LIMIT_PER_IP: '100000',
        TENPOINT_OUTBOX_INTERVAL_MS: '200',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let printed = ''
    proc.stdout!.on('data', (d: Buffer) => {
      printed += d.toString()
      if (/Secret key:\s+\S+/.test(printed)) ok({ proc, printed })
    })
    proc.on('exit', (code) => fail(new Error(`the server exited (${code}):\n${printed}`)))
  })
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tenpoint-shots-'))
  // The port `npm start` uses, so the snippets on the Install screen read as the README's; another when it is taken.
  const port = (await free(8787)) ? 8787 : 21_000 + Math.floor(Math.random() * 1000)
  const base = `http://127.0.0.1:${port}`
  await seedDisplays(dir, Date.now())
  const server = await startServer(dir, port)
  let browser: Browser | undefined
  try {
    const link = /\s(http\S+\/app\/#\/join\/\S+)/.exec(server.printed)?.[1]
    const secret = /Secret key:\s+(\S+)/.exec(server.printed)?.[1]
    const publicKey = /Public key:\s+(\S+)/.exec(server.printed)?.[1]
    if (!link || !secret || !publicKey) throw new Error(`the server printed no set-up link or keys:\n${server.printed}`)

    const call = async <T = any>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> => {
      const r = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'content-type': type }) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      })
      const text = await r.text()
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`)
      return (text ? JSON.parse(text) : null) as T
    }

    // The project, as its owner would set it up.
    const now = Date.now()
    await call('PATCH', '/v1/project', {
      name: 'Acme Shop',
      product_name: 'Acme Shop',
      time_zone: 'Europe/Kyiv',
      followups: { enabled: true, owners: ['anna@acme.example', 'boris@acme.example'], vip_trait: 'segment', vip_value: 'VIP' },
    })
    const quarterly = await call<{ id: string }>('POST', '/v1/surveys', {
      name: 'Quarterly NPS',
      kind: 'relational',
      texts: {
        en: { question: 'How likely are you to recommend {product} to a friend?' },
        ru: { question: 'Насколько вероятно, что вы порекомендуете {product} другу?' },
        uk: { question: 'Наскільки ймовірно, що ви порадите {product} другові?' },
      },
      theme: { brand: '#0f766e', position: 'center', mode: 'auto' },
    })
    // The demo survey asks about the project's product name.
    await call('PATCH', `/v1/surveys/${SURVEY}`, { product: null })
    await call('POST', '/v1/surveys', {
      name: 'Support chat closed',
      kind: 'transactional',
      rules: { trigger_events: ['Ticket_Closed'], trigger_window_hours: 48 },
      texts: { en: { question: 'How likely are you to recommend our support to a friend?' } },
    })

    // Half a year of answers from before, through the import endpoint.
    const imports = [
      [SURVEY, pastAnswers('del', 1400, 180, now - 2 * 3_600_000)],
      [quarterly.id, pastAnswers('q', 450, 180, now - DAY)],
    ] as const
    for (const [survey, body] of imports) {
      const r = await call<{ imported: number; refused: number }>('POST', `/v1/surveys/${survey}/import`, body, 'application/x-ndjson')
      console.log(`imported ${r.imported} answers into ${survey} (${r.refused} refused)`)
    }

    // Today's answers, as the widget sends them: eligibility, then the score after a moment, then the comment.
    const today: [string, number, string, string, string][] = [
      ['en', 1, 'VIP', 'web', 'Wrong item delivered and the courier was rude.'],
      ['uk', 3, 'B2C', 'android', 'Замовлення загубилося, ніхто не відповідає в чаті підтримки.'],
      ['ru', 5, 'B2B', 'ios', 'Счёт пришёл без скидки, которую обещали.'],
      ['en', 9, 'B2C', 'web', 'Smooth as always, thanks!'],
      ['en', 10, 'SMB', 'email', 'The new tracking page is great.'],
      ['uk', 8, 'B2C', 'webview', 'Все добре, але доставка могла бути швидшою.'],
      ['uk', 10, 'B2B', 'web', 'Швидко і без проблем, як завжди.'],
      ['ru', 9, 'B2C', 'android', 'Курьер приехал вовремя, спасибо!'],
      ['en', 10, 'VIP', 'ios', 'Best delivery service in town.'],
      ['en', 7, 'B2C', 'web', 'Fine, but the parcel box was damaged.'],
    ]
    await Promise.all(
      today.map(async ([locale, s, segment, channel, comment], i) => {
        const anonymous_id = `anon-${randomUUID()}`
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${publicKey}`, 'user-agent': UA, origin: base, 'x-forwarded-for': `198.51.100.${10 + i}` }
        const post = async (method: string, path: string, body: unknown) => {
          const r = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) })
          if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`)
          return r.json()
        }
        const el = await post('POST', '/v1/eligibility', { anonymous_id, event: 'Order_Delivered', order_id: `ord_live_${i}`, locale, channel, traits: { segment } })
        if (!el.show) throw new Error(`no survey shown: ${JSON.stringify(el)}`)
        // A person takes a moment to answer (quicker answers are flagged too_fast).
        await new Promise((r) => setTimeout(r, 1500))
        const id = randomUUID()
        await post('POST', '/v1/responses', { id, survey_id: el.survey.id, token: el.display.token, score: s, anonymous_id, locale, channel })
        await post('PATCH', `/v1/responses/${id}`, { anonymous_id, comment })
      }),
    )

    // Work two of the follow-up cases those answers opened.
    const cases = (await call<{ followups: { id: string }[] }>('GET', '/v1/followups')).followups
    if (cases[0]) {
      await call('PATCH', `/v1/followups/${cases[0].id}`, { status: 'contacted', actor: 'anna@acme.example' })
      await call('POST', `/v1/followups/${cases[0].id}/notes`, { text: 'Called the customer; a replacement ships tomorrow.', actor: 'anna@acme.example' })
    }
    if (cases[1]) await call('PATCH', `/v1/followups/${cases[1].id}`, { status: 'resolved', actor: 'boris@acme.example' })
    console.log(`follow-up cases: ${cases.length}`)

    // Imported comments get their themes in the background: wait until the figures settle.
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    let last = ''
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 1000))
      const themes = JSON.stringify(await call('GET', `/v1/stats/themes?survey=${SURVEY}&from=${day(now - 200 * DAY)}&to=${day(now + DAY)}`))
      if (themes === last && i >= 2) break
      last = themes
    }

    browser = await chromium.launch({
      executablePath: process.env.TENPOINT_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--hide-scrollbars'],
    })
    mkdirSync(OUT, { recursive: true })
    // The survey and period the results screens open on (the dashboard remembers them for the tab).
    const remember = `if (!sessionStorage.getItem('tp_survey')) { sessionStorage.setItem('tp_survey', '${SURVEY}'); sessionStorage.setItem('tp_days', '90') }`

    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light', locale: 'en-US', userAgent: UA })
    await desktop.addInitScript(remember)
    const page = await desktop.newPage()
    await page.goto(link)
    await page.getByLabel('E-mail').fill(OWNER.email)
    await page.getByLabel(/New password/).fill(OWNER.password)
    await page.getByRole('button', { name: /Create account/ }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: 60_000 })

    const shots: { name: string; hash: string; nav?: string; ready?: (p: Page) => Promise<unknown> }[] = [
      { name: 'overview', hash: '#/overview', ready: weekly },
      { name: 'comments', hash: '#/comments', ready: (p) => p.getByTestId('answer').first().waitFor() },
      { name: 'surveys', hash: '#/surveys', ready: (p) => p.getByTestId('survey').first().waitFor() },
      {
        name: 'survey-editor',
        hash: `#/surveys/${SURVEY}`,
        nav: '#/surveys',
        ready: async (p) => {
          await p.waitForFunction(() => !!(document.querySelector('iframe[data-testid=preview]') as HTMLIFrameElement | null)?.contentDocument?.querySelector('tenpoint-survey')?.shadowRoot?.querySelector('#tp-q'))
          // The preview pane from its heading down, with the form beside it.
          await p.getByRole('heading', { name: 'Preview' }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 24))
        },
      },
      { name: 'install', hash: '#/install', ready: (p) => p.waitForFunction((key) => document.querySelector('[data-testid=tag]')?.textContent?.includes(key), publicKey) },
      { name: 'settings', hash: '#/settings' },
      { name: 'segments', hash: '#/segments' },
      { name: 'themes', hash: '#/themes' },
      { name: 'followups', hash: '#/followups' },
    ]
    const saved: string[] = []
    const skipped: string[] = []
    for (const s of shots) {
      const nav = s.nav ?? s.hash
      if ((await page.locator(`header nav a[href="${nav}"]`).count()) === 0) {
        skipped.push(s.name)
        continue
      }
      await page.goto(`${base}/app/${s.hash}`)
      await settle(page, s.ready)
      const file = join(OUT, `${s.name}.png`)
      await page.screenshot({ path: file })
      saved.push(file)
    }

    // The Overview on a phone, in dark mode (same session).
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      colorScheme: 'dark',
      locale: 'en-US',
      storageState: await desktop.storageState(),
    })
    await phone.addInitScript(remember)
    const mobile = await phone.newPage()
    await mobile.goto(`${base}/app/#/overview`)
    await settle(mobile, weekly)
    const file = join(OUT, 'overview-phone-dark.png')
    await mobile.screenshot({ path: file })
    saved.push(file)

    for (const f of saved) console.log(`saved ${f.slice(ROOT.length + 1)} (${(statSync(f).size / 1024).toFixed(0)} KB)`)
    for (const name of skipped) console.log(`skipped ${name}: no link to it in this build's navigation`)
  } finally {
    await browser?.close()
    server.proc.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The Overview with its trend by week (half a year of daily points is a comb). */
async function weekly(page: Page) {
  await page.locator('svg.trend polyline.line').first().waitFor({ timeout: 60_000 })
  await page.getByRole('combobox', { name: 'Trend by' }).selectOption('week')
  await page.waitForFunction(() => document.querySelectorAll('svg.trend circle.point').length > 0 && document.querySelectorAll('svg.trend circle.point').length < 20)
}

/** Waits for the screen's own sign of being ready, then until nothing on it says "Loading…" and its images and fonts are in. */
async function settle(page: Page, ready?: (p: Page) => Promise<unknown>) {
  await page.locator('main h1').first().waitFor({ timeout: 60_000 })
  if (ready) await ready(page)
  await page.waitForFunction(() => !/Loading…/.test(document.querySelector('main')?.textContent ?? ''), null, { timeout: 60_000 })
  await page.evaluate(() => document.fonts.ready)
  // Transitions and the preview's own first paint.
  await page.waitForTimeout(600)
}

await main()
process.exit(0)
