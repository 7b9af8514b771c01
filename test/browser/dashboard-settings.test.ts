/**
 * Settings and Install end to end in Chromium on the real server with the delivery loop
 * running (as `npm start` runs it): allowed origins and project settings with field
 * errors, a webhook endpoint delivering to a loopback receiver that verifies signatures,
 * a Slack channel's "Send test alert" reaching a loopback peer, members (invite, role,
 * removal that ends the session), the Install snippets with the real key, the user-hash
 * recipes run as written, a test event that never moves the NPS, and "seen" after a page
 * with the tag. Analysts are refused by the server. axe in light and dark, desktop and 390 px.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { setupLink } from '../../worker/accounts/setup'
import { createStore } from '../../worker/db/store'
import { startSlack, type Peer } from '../support/chat-peers'
import { startReceiver, type Receiver } from '../support/receiver'
import { browserAvailable, browserSuite, desktop, DESKTOP_UA, orderId, phone } from './harness'
import { axe, createAccount, ensureDashboardBuilt } from './dashboard-kit'

const OWNER = { email: 'owner@acme.test', password: 'owner password 1' }
const ANALYST = { email: 'ann@acme.test', password: 'analyst password 1' }

ensureDashboardBuilt()


const peers: { close(): Promise<void> }[] = []
afterAll(async () => {
  for (const p of peers) await p.close().catch(() => {})
})

describe.skipIf(!browserAvailable)('dashboard: Settings and Install', { timeout: 90_000 }, () => {
  // Loopback targets are allowed here, as in the closed loop's own tests.
  const suite = browserSuite({ harness: { config: { signInPerMinute: 1000, allowPrivateTargets: true }, closedLoop: true } })
  const app = () => `${suite.h.origin}/app/`
  const asSecret = (path: string, init: RequestInit = {}) => fetch(`${suite.h.origin}${path}`, { ...init, headers: { authorization: `Bearer ${suite.h.project.secretKey}`, 'content-type': 'application/json' } })
  const stats = async () => (await (await asSecret(`/v1/stats?survey=${suite.h.surveyId}&from=2000-01-01&to=2100-01-01`)).json()) as { n: number; nps_rounded: number | null }
  const pick = (s: Record<string, unknown>) => Object.fromEntries(['n', 'nps', 'nps_rounded', 'margin_of_error', 'promoters', 'passives', 'detractors'].map((k) => [k, s[k]]))

  /** One counted answer through the public API, as the widget sends it; returns its id. */
  async function answer(score: number, identity: { user_id?: string; user_hash?: string } = {}) {
    const h = suite.h
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${h.project.publicKey}`, 'user-agent': DESKTOP_UA, origin: h.origin }
    const anon = `anon-${randomUUID()}`
    const el = await fetch(`${h.origin}/v1/eligibility`, { method: 'POST', headers, body: JSON.stringify({ anonymous_id: anon, ...identity, event: 'Order_Delivered', order_id: orderId('S'), channel: 'web' }) })
    const d = await el.json()
    expect(d.show, JSON.stringify(d)).toBe(true)
    const id = randomUUID()
    const r = await fetch(`${h.origin}/v1/responses`, { method: 'POST', headers, body: JSON.stringify({ id, survey_id: h.surveyId, token: d.display.token, score, anonymous_id: anon, ...identity }) })
    expect(r.status).toBe(201)
    return id
  }

  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto(app())
    await page.getByLabel(/E-mail/).fill(who.email)
    await page.getByLabel(/^Password/).fill(who.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Overview' }).waitFor()
  }

  async function settings(page: Page, section: 'Members and keys' | 'Project' | 'Webhooks' | 'Alerts') {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: section, exact: true }).click()
  }

  it('the owner adds an allowed origin and changes settings; values the API refuses show their field error', async () => {
    const h = suite.h
    const link = await setupLink(createStore(h.client), h.project.id)
    const page = await (await suite.newContext(desktop())).newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await createAccount(page, `${h.origin}${link}`, OWNER)

    await settings(page, 'Project')
    const project = async () => (await (await asSecret('/v1/project')).json()) as Record<string, any>
    // Not an origin: the server's message beside the field, nothing stored.
    await page.getByLabel('Origin to allow').fill('https://shop.example/path')
    await page.getByRole('button', { name: 'Add origin' }).click()
    await expect.poll(() => page.getByTestId('field-error').first().innerText()).toMatch(/an origin such as https:\/\/shop\.example/)
    expect(await page.getByLabel('Origin to allow').getAttribute('aria-invalid')).toBe('true')
    expect((await project()).allowed_origins).toEqual([])
    // The customer's own site (the other origin serving the fixtures).
    await page.getByLabel('Origin to allow').fill(h.otherOrigin)
    await page.getByRole('button', { name: 'Add origin' }).click()
    await page.getByTestId('origin').filter({ hasText: h.otherOrigin }).waitFor()
    expect((await project()).allowed_origins).toEqual([h.otherOrigin])

    // The survey rules: one bad value is refused with its field; then saved.
    const rules = page.getByTestId('rules')
    await rules.getByLabel('Days between two surveys').fill('-3')
    await rules.getByLabel('Time zone').fill('Mars/Olympus')
    await rules.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => rules.getByTestId('field-error').count()).toBe(2)
    expect(await rules.locator('label', { hasText: 'Time zone' }).getByTestId('field-error').innerText()).toMatch(/IANA time zone/)
    expect((await project()).cooldown_days).not.toBe(-3)
    await rules.getByLabel('Days between two surveys').fill('45')
    await rules.getByLabel('Time zone').fill('Europe/Kyiv')
    await rules.getByLabel('Product name shown in the survey').fill('Acme Shop & Co')
    await rules.getByLabel('Require a verified identity').check()
    await rules.getByRole('button', { name: 'Save' }).click()
    await page.getByTestId('rules-note').filter({ hasText: 'Saved.' }).waitFor()
    expect(await project()).toMatchObject({ cooldown_days: 45, time_zone: 'Europe/Kyiv', product_name: 'Acme Shop & Co', require_verified_identity: true, allowed_origins: [h.otherOrigin] })
    // Back to how the rest of this file needs it.
    await page.getByTestId('rules').getByLabel('Require a verified identity').uncheck()
    await page.getByTestId('rules').getByRole('button', { name: 'Save' }).click()
    await expect.poll(async () => (await project()).require_verified_identity).toBe(false)

    // Follow-ups: the field path of a nested error lands on its field.
    const fu = page.getByTestId('followups')
    await fu.getByLabel('First contact within').fill('0')
    await fu.getByRole('button', { name: 'Save' }).click()
    await fu.locator('label', { hasText: 'First contact within' }).getByTestId('field-error').waitFor()
    await fu.getByLabel('First contact within').fill('30')
    await fu.getByLabel('Open a follow-up').check()
    await fu.getByRole('button', { name: 'Save' }).click()
    await page.getByTestId('followups-note').filter({ hasText: 'Saved.' }).waitFor()
    expect((await project()).followups).toMatchObject({ enabled: true, first_contact_minutes: 30 })
    expect(await axe(page)).toEqual([])
    expect(errors).toEqual([])
  })

  it('a webhook endpoint to a loopback receiver: the secret once, a delivery after an answer, its attempts, a re-send, disable', async () => {
    const rx: Receiver = await startReceiver()
    peers.push(rx)
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await settings(page, 'Webhooks')
    await page.getByText('No endpoints yet.').waitFor()
    await page.getByLabel('Endpoint URL').fill(`${rx.url}/hooks/tenpoint`)
    await page.getByRole('button', { name: 'Add endpoint' }).last().click()
    const secret = await page.getByTestId('whsec').innerText()
    expect(secret).toMatch(/^whsec_/)
    rx.secrets.push(secret)
    const endpoint = page.getByTestId('endpoint').filter({ hasText: `${rx.url}/hooks/tenpoint` })
    await endpoint.waitFor()
    expect(await axe(page)).toEqual([])

    const id = await answer(9)
    await expect.poll(() => rx.received.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1)
    const got = rx.received[0]
    expect(got.verifiedWith).toBe(secret)
    expect(got.json).toMatchObject({ type: 'response.created', data: { response: { id, score: 9 } } })

    await endpoint.getByRole('button', { name: 'Deliveries' }).click()
    const delivery = endpoint.getByTestId('delivery').first()
    await expect
      .poll(async () => {
        await endpoint.getByRole('button', { name: 'Refresh' }).click()
        return delivery.getByTestId('delivery-status').innerText()
      }, { timeout: 20_000 })
      .toBe('Delivered')
    await delivery.getByRole('button', { name: 'Attempts' }).click()
    const attempt = delivery.getByTestId('attempt').first()
    await attempt.waitFor()
    expect(await attempt.innerText()).toMatch(/204.*\d+ ms.*delivered/s)
    expect(await axe(page)).toEqual([])

    // Re-send: the same message (same webhook-id) again.
    await delivery.getByRole('button', { name: 'Re-send' }).click()
    await expect.poll(() => rx.received.length, { timeout: 20_000 }).toBe(2)
    expect(rx.received[1].id).toBe(got.id)
    // The test message, signed like the rest.
    await endpoint.getByRole('button', { name: 'Send a test message' }).click()
    await endpoint.getByTestId('test-result').filter({ hasText: 'Delivered: 204' }).waitFor()
    expect(rx.received[2].json.type).toBe('test')
    expect(rx.received[2].verifiedWith).toBe(secret)

    await endpoint.getByRole('button', { name: 'Disable' }).click()
    await endpoint.getByTestId('endpoint-state').filter({ hasText: 'Disabled (by_user)' }).waitFor()
    const list = await (await asSecret('/v1/webhooks')).json()
    expect(list.endpoints[0]).toMatchObject({ enabled: false, disabled_reason: 'by_user' })
    await endpoint.getByRole('button', { name: 'Enable' }).click()
    await endpoint.getByTestId('endpoint-state').filter({ hasText: 'Enabled' }).waitFor()
    page.once('dialog', (d) => void d.accept())
    await endpoint.getByRole('button', { name: 'Delete' }).click()
    await page.getByText('No endpoints yet.').waitFor()
    expect((await (await asSecret('/v1/webhooks')).json()).endpoints).toEqual([])
  })

  it('a Slack alert channel to a loopback peer: "Send test alert" reaches it at once; an edit changes its language', async () => {
    const slack: Peer = await startSlack()
    peers.push(slack)
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await settings(page, 'Alerts')
    await page.getByText('No alert channels yet.').waitFor()
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('slack')
    await page.getByLabel('Slack incoming-webhook URL').fill(`${slack.url}/services/T000/B000/XXXX`)
    await page.getByRole('button', { name: 'Add channel' }).last().click()
    const channel = page.getByTestId('channel').filter({ hasText: 'Slack' })
    await channel.waitFor()
    expect(slack.accepted).toHaveLength(0)

    await channel.getByRole('button', { name: 'Send test alert' }).click()
    await channel.getByTestId('test-result').filter({ hasText: /Delivered: 200, \d+ ms/ }).waitFor()
    expect(slack.refused).toEqual([])
    expect(slack.accepted).toHaveLength(1)
    expect(slack.accepted[0].path).toBe('/services/T000/B000/XXXX')
    expect(slack.accepted[0].text).toContain('TEST ALERT from Tenpoint')
    expect(await axe(page)).toEqual([])

    await channel.getByRole('button', { name: 'Edit' }).click()
    await channel.getByRole('combobox', { name: 'Language of the alerts' }).selectOption('uk')
    await channel.getByRole('button', { name: 'Save' }).click()
    await channel.getByText(/· uk/).waitFor()
    const stored = (await (await asSecret('/v1/alerts')).json()).endpoints[0]
    expect(stored).toMatchObject({ kind: 'slack', config: { locale: 'uk' } })
    await channel.getByRole('button', { name: 'Send test alert' }).click()
    await expect.poll(() => slack.accepted.length).toBe(2)
    expect(slack.accepted[1].text).toContain('ТЕСТОВЕ сповіщення Tenpoint')

    // A Slack outage: the test says so at once.
    await slack.close()
    await channel.getByRole('button', { name: 'Send test alert' }).click()
    await channel.getByTestId('test-result').filter({ hasText: 'Not delivered' }).waitFor()
    page.once('dialog', (d) => void d.accept())
    await channel.getByRole('button', { name: 'Delete' }).click()
    await page.getByText('No alert channels yet.').waitFor()
    expect((await (await asSecret('/v1/alerts')).json()).endpoints).toEqual([])
  })

  it('members: an analyst joins, is refused Settings by the server, is promoted and demoted, then removed — his next call is 401', async () => {
    const owner = await (await suite.newContext(desktop())).newPage()
    await signIn(owner, OWNER)
    await settings(owner, 'Members and keys')
    await owner.getByRole('combobox', { name: 'Role' }).selectOption('analyst')
    await owner.getByRole('button', { name: /one-time link/ }).click()
    const link = await owner.locator('code.link').innerText()

    const ctx = await suite.browser.newContext(desktop())
    try {
      const ann = await ctx.newPage()
      await ann.goto(link)
      await ann.getByLabel('E-mail').fill(ANALYST.email)
      await ann.getByLabel(/New password/).fill(ANALYST.password)
      await ann.getByRole('button', { name: /Create account/ }).click()
      await ann.getByRole('heading', { name: 'Overview' }).waitFor()
      expect(await ann.getByRole('link', { name: 'Settings' }).count()).toBe(0)
      await ann.goto(`${app()}#/settings/webhooks`)
      await ann.getByText('Only owners of this project can open this screen.').waitFor()
      const refused = await ann.evaluate(async () => {
        const call = (u: string, method = 'GET', b?: unknown) => fetch(u, { method, headers: { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) }).then((r) => r.status)
        return {
          // Members are readable (whom to assign a follow-up), never changeable, by an analyst.
          members: await call('/v1/members/usr_any', 'PATCH', { role: 'owner' }),
          project: await call('/v1/project', 'PATCH', { allowed_origins: ['*'] }),
          webhook: await call('/v1/webhooks', 'POST', { url: 'https://example.com/x', events: ['response.created'] }),
          alerts: await call('/v1/alerts', 'POST', { kind: 'slack', url: 'https://hooks.slack.com/x', events: ['followup.opened'] }),
        }
      })
      expect(refused).toEqual({ members: 403, project: 403, webhook: 403, alerts: 403 })
      const tokens = () => ann.evaluate(() => fetch('/v1/tokens').then((r) => r.status))
      expect(await tokens()).toBe(403)

      await owner.reload()
      const row = owner.getByTestId('member').filter({ hasText: ANALYST.email })
      await expect.poll(() => row.getByTestId('role').innerText()).toBe('Analyst')
      await row.getByRole('button', { name: `Make owner: ${ANALYST.email}` }).click()
      await expect.poll(() => row.getByTestId('role').innerText()).toBe('Owner')
      expect(await tokens()).toBe(200) // at once, same session
      await row.getByRole('button', { name: `Make analyst: ${ANALYST.email}` }).click()
      await expect.poll(() => row.getByTestId('role').innerText()).toBe('Analyst')
      expect(await tokens()).toBe(403)

      // The last owner stays one.
      await owner.getByRole('button', { name: `Make analyst: ${OWNER.email}` }).click()
      await owner.getByRole('alert').filter({ hasText: 'A project keeps at least one owner' }).waitFor()
      expect(await owner.getByTestId('member').filter({ hasText: OWNER.email }).getByTestId('role').innerText()).toBe('Owner')
      expect(await axe(owner)).toEqual([])

      owner.once('dialog', (d) => void d.accept())
      await row.getByRole('button', { name: `Remove: ${ANALYST.email}` }).click()
      await expect.poll(() => row.count()).toBe(0)
      expect(await ann.evaluate(() => fetch('/v1/answers?survey=srv_orders').then((r) => r.status))).toBe(401)
      const members = (await (await asSecret('/v1/members')).json()).members.map((m: { email: string }) => m.email)
      expect(members).toEqual([OWNER.email])
    } finally {
      await ctx.close()
    }
  })

  it('Install: the snippets carry the real key and host; the Node and Python recipes make the hash the server accepts', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    await page.getByRole('link', { name: 'Install' }).click()
    await expect.poll(() => page.getByTestId('tag').innerText()).toBe(`<script async src="${h.origin}/tenpoint.js" data-key="${h.project.publicKey}"></script>`)
    const hosted = await page.getByTestId('hosted-link').innerText()
    expect(hosted).toBe(`${h.origin}/hosted.html?key=${h.project.publicKey}&user_id=USER_ID&user_hash=USER_HASH&event=Order_Delivered&order_id=ORDER_ID&channel=webview`)
    for (const id of ['react-native', 'ios', 'android']) {
      const text = await page.getByTestId(`snippet-${id}`).innerText()
      expect(text, id).toContain(`${h.origin}/hosted.html?key=${h.project.publicKey}`)
    }
    expect(await page.getByTestId('snippet-react-native').innerText()).toContain("m.source === 'tenpoint' && m.v === 1")
    expect(await page.getByTestId('snippet-ios').innerText()).toContain('name: "tenpoint"')
    expect(await page.getByTestId('snippet-android').innerText()).toContain('"TenpointAndroid"')
    for (const id of ['node', 'python', 'ruby', 'php', 'go']) expect(await page.getByTestId(`recipe-${id}`).innerText()).toContain('TENPOINT_SECRET_KEY')

    // Run the recipes exactly as shown, with the project's secret key in the environment.
    const dir = mkdtempSync(join(tmpdir(), 'tenpoint-recipes-'))
    const env = { ...process.env, TENPOINT_SECRET_KEY: h.project.secretKey }
    const userId = 'u_ünïcode_42'
    try {
      writeFileSync(join(dir, 'hash.cjs'), `${await page.getByTestId('recipe-node').innerText()}\nconsole.log(tenpointUserHash(process.argv[2]))\n`)
      const fromNode = execFileSync(process.execPath, [join(dir, 'hash.cjs'), userId], { env, encoding: 'utf8' }).trim()
      expect(fromNode).toMatch(/^[0-9a-f]{64}$/)
      expect(fromNode).toBe(h.userHash(userId))
      let python: string | null = null
      try {
        execFileSync('python3', ['--version'])
        python = 'python3'
      } catch {
        console.warn('python3 not found: only the Node recipe is run')
      }
      if (python) {
        writeFileSync(join(dir, 'hash.py'), `${await page.getByTestId('recipe-python').innerText()}\nimport sys\nprint(tenpoint_user_hash(sys.argv[1]))\n`)
        expect(execFileSync(python, [join(dir, 'hash.py'), userId], { env, encoding: 'utf8' }).trim()).toBe(fromNode)
      }
      // Ruby, PHP and Go too, where the machine has them (a warning otherwise).
      const others: [string, string, string, (f: string) => string[]][] = [
        ['ruby', 'hash.rb', '\nputs tenpoint_user_hash(ARGV[0])\n', (f) => ['ruby', f]],
        ['php', 'hash.php', '\necho tenpoint_user_hash($argv[1]);\n', (f) => ['php', f]],
        ['go', 'hash.go', '\nfunc main() { os.Stdout.WriteString(TenpointUserHash(os.Args[1])) }\n', (f) => ['go', 'run', f]],
      ]
      for (const [id, file, tail, argv] of others) {
        const [cmd, ...args] = argv(join(dir, file))
        try {
          execFileSync(cmd, ['--version'], { stdio: 'ignore' })
        } catch {
          try {
            execFileSync(cmd, ['version'], { stdio: 'ignore' })
          } catch {
            console.warn(`${cmd} not found: the ${id} recipe is not run`)
            continue
          }
        }
        const head = id === 'php' ? '<?php\n' : id === 'go' ? 'package main\n\n' : ''
        writeFileSync(join(dir, file), `${head}${await page.getByTestId(`recipe-${id}`).innerText()}${tail}`)
        expect(execFileSync(cmd, [...args, userId], { env, encoding: 'utf8' }).trim(), id).toBe(fromNode)
      }
      // The server accepts it: the answer is stored verified; a wrong hash is not.
      const good = await answer(10, { user_id: userId, user_hash: fromNode })
      const bad = await answer(10, { user_id: `${userId}x`, user_hash: fromNode })
      const rows = await h.rows('client_id IN (?, ?)', good, bad)
      expect(rows.map((r) => [r.client_id, r.verified])).toEqual([
        [good, 1],
        [bad, 0],
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    expect(await axe(page)).toEqual([])
  })

  it('Install: "Send a test event" shows received and leaves the NPS alone; a page with the tag makes "seen" show its origin', async () => {
    const h = suite.h
    const page = await (await suite.newContext(desktop())).newPage()
    await signIn(page, OWNER)
    const before = await stats()
    await expect.poll(() => page.getByTestId('nps-value').textContent()).toBe(`+${before.nps_rounded}`)
    const rowsBefore = (await h.rows()).length

    await page.getByRole('link', { name: 'Install' }).click()
    await page.getByRole('button', { name: 'Send a test event' }).click()
    const received = await page.getByTestId('test-event').innerText()
    expect(received).toMatch(/^Received .+: stored, flagged preview, not counted\.$/)
    const rows = await h.rows()
    expect(rows).toHaveLength(rowsBefore + 1)
    const stored = rows[rows.length - 1]
    expect(stored).toMatchObject({ counted: 0 })
    expect(JSON.parse(stored.flags)).toContain('preview')
    // The figures are the same: a preview answer is never counted (the results API lists it under excluded: preview).
    const after = await stats()
    expect(pick(after)).toEqual(pick(before))
    expect((after as unknown as { excluded: { by_reason: Record<string, number> } }).excluded.by_reason.preview).toBe(1)
    await page.getByRole('link', { name: 'Overview' }).click()
    await expect.poll(() => page.getByTestId('nps-value').textContent()).toBe(`+${before.nps_rounded}`)
    expect(await page.getByTestId('nps').innerText()).toContain(`${before.n}`)

    // The customer's site (the allowed origin added above) loads the tag.
    const site = await page.context().newPage()
    await site.goto(h.page('plain.html', { auto: '1', order: orderId('SEEN') }, { other: true }))
    await page.getByRole('link', { name: 'Install' }).click()
    const seen = page.getByTestId('seen').filter({ hasText: h.otherOrigin })
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click()
        return seen.count()
      }, { timeout: 20_000 })
      .toBe(1)
    const api = await (await asSecret('/v1/install/seen')).json()
    expect(api.origins.map((o: { origin: string }) => o.origin)).toContain(h.otherOrigin)
    expect(await axe(page)).toEqual([])
  })

  it('axe clean on every Settings section and on Install, light and dark, desktop and 390 px (no sideways scroll)', async () => {
    for (const [name, opts] of [
      ['desktop dark', desktop({ colorScheme: 'dark' })],
      ['phone light', phone({ colorScheme: 'light' })],
      ['phone dark', phone({ colorScheme: 'dark' })],
    ] as const) {
      const page = await (await suite.newContext(opts)).newPage()
      await signIn(page, OWNER)
      for (const route of ['settings', 'settings/project', 'settings/webhooks', 'settings/alerts', 'install']) {
        await page.goto(`${app()}#/${route}`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await page.locator('main .loading, main p:text-is("Loading…")').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {})
        await page.waitForLoadState('networkidle')
        expect(await axe(page), `${name} ${route}`).toEqual([])
        if (opts.viewport?.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${name} ${route}`).toBe(true)
      }
      await suite.context?.close()
      suite.context = undefined
    }
  })
})
