import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { hmacHex } from '../crypto'
import { world, type TestWorld } from '../../test/support/app'

const DAY = 86_400_000
const S = 1000
let w: TestWorld
afterEach(() => w?.close())

async function ask(body: Record<string, unknown>) {
  const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon1', ...body })
  expect(r.status).toBe(200)
  return r.json()
}
async function answer(d: { display: { token: string }; survey: { id: string } }, anon = 'anon1', extra: Record<string, unknown> = {}) {
  w.advance(3 * S)
  const r = await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: d.survey.id, token: d.display.token, score: 8, anonymous_id: anon, ...extra })
  expect(r.status).toBe(201)
}

describe('frequency capping', () => {
  it('recontact period after a response: N days − 1 s no, N days + 1 s yes', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r', rules: { recontactDays: 90 } })
    const d = await ask({ session_id: 'a' })
    await answer(d)
    const answeredAt = w.now.t
    w.now.t = answeredAt + 90 * DAY - S
    expect(await ask({ session_id: 'b' })).toEqual({ show: false, reason: 'recently_answered' })
    w.now.t = answeredAt + 90 * DAY + S
    expect((await ask({ session_id: 'c' })).show).toBe(true)
  })

  it('a shorter re-ask clock after "not now"', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r', rules: { dismissRecontactDays: 14 } })
    const d = await ask({ session_id: 'a' })
    const r = await w.call('POST', '/v1/displays/dismiss', { token: d.display.token })
    expect(await r.json()).toEqual({ display_id: d.display.id, dismissed: true })
    const at = w.now.t
    w.now.t = at + 14 * DAY - S
    expect(await ask({ session_id: 'b' })).toEqual({ show: false, reason: 'recently_dismissed' })
    w.now.t = at + 14 * DAY + S
    expect((await ask({ session_id: 'c' })).show).toBe(true)
  })

  it('max displays without an answer per period, then stop asking', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r', rules: { maxDisplays: 2, displayPeriodDays: 30 } })
    const start = w.now.t
    expect((await ask({ session_id: 'a' })).show).toBe(true)
    w.advance(DAY)
    expect((await ask({ session_id: 'b' })).show).toBe(true)
    w.advance(DAY)
    expect(await ask({ session_id: 'c' })).toEqual({ show: false, reason: 'max_displays' })
    // The first display leaves the 30-day window one second after its 30th day.
    w.now.t = start + 30 * DAY + S
    expect((await ask({ session_id: 'd' })).show).toBe(true)
  })

  it('per-session cap', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r', rules: { sessionCap: 1, maxDisplays: 10 } })
    expect((await ask({ session_id: 'tab' })).show).toBe(true)
    expect(await ask({ session_id: 'tab' })).toEqual({ show: false, reason: 'session_cap' })
    expect((await ask({ session_id: 'next-visit' })).show).toBe(true)
  })

  it('project cooldown spans surveys of the same kind, on its own clock', async () => {
    w = await world({ settings: { cooldownDays: 7 } })
    await w.survey({ id: 'first', kind: 'relational', name: 'a' })
    await w.survey({ id: 'second', kind: 'relational', name: 'b' })
    const d = await ask({ session_id: 'a', survey_id: 'first' })
    expect(d.survey.id).toBe('first')
    const at = w.now.t
    w.now.t = at + 7 * DAY - S
    expect(await ask({ session_id: 'b', survey_id: 'second' })).toEqual({ show: false, reason: 'project_cooldown' })
    w.now.t = at + 7 * DAY + S
    expect((await ask({ session_id: 'c', survey_id: 'second' })).show).toBe(true)
  })

  it('a relational survey is not blocked by last week\'s transactional one unless the project says so', async () => {
    for (const across of [false, true]) {
      w = await world({ settings: { cooldownDays: 7, cooldownAcrossKinds: across } })
      await w.survey({ id: 'tx', kind: 'transactional', name: 't', rules: { triggerEvents: ['Order_Delivered'], clientTriggers: true } })
      await w.survey({ id: 'rel', kind: 'relational', name: 'r' })
      const d = await ask({ session_id: 'a', event: 'Order_Delivered', order_id: 'o1' })
      expect(d.survey.id).toBe('tx')
      w.advance(2 * DAY)
      const rel = await ask({ session_id: 'b', survey_id: 'rel' })
      expect(rel.show ? 'shown' : rel.reason).toBe(across ? 'project_cooldown' : 'shown')
      w.close()
    }
  })

  it('sampling is sticky per person: the same answer on every page view', async () => {
    w = await world()
    await w.survey({ id: 'sampled', kind: 'relational', name: 'r', rules: { samplingPercent: 30, sessionCap: 100, maxDisplays: 1000 } })
    // A fixed survey id and fixed people: the same 200 sample points on every run (a random id made this binomial: ~0.2 % of runs fell outside 40..80).
    let shown = 0
    for (let i = 0; i < 200; i++) {
      const first = await ask({ anonymous_id: `p${i}`, session_id: `s${i}` })
      const again = await ask({ anonymous_id: `p${i}`, session_id: `s${i}` })
      if (first.show) shown++
      // Once sampled out, always sampled out.
      if (!first.show) expect(again).toEqual({ show: false, reason: 'sampled_out' })
    }
    expect(shown).toBeGreaterThan(40)
    expect(shown).toBeLessThan(80)
  })

  it('a paused survey is not shown', async () => {
    w = await world()
    await w.survey({ id: 'p', kind: 'relational', name: 'r', status: 'paused' })
    expect(await ask({ survey_id: 'p' })).toEqual({ show: false, reason: 'survey_paused' })
    expect(await ask({})).toEqual({ show: false, reason: 'no_active_survey' })
  })
})

describe('transactional trigger window', () => {
  async function invite(order: string, hours?: number) {
    const r = await w.app.request('/v1/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.project.secretKey}` },
      body: JSON.stringify({ user_id: 'u42', event: 'Order_Delivered', order_id: order, channel: 'web', attributes: { plan: 'pro' }, ...(hours ? { window_hours: hours } : {}) }),
    })
    return r
  }

  it('opens with the backend event, once per order, and expires after N hours', async () => {
    w = await world()
    await w.survey({ id: 'tx', kind: 'transactional', name: 't', rules: { triggerEvents: ['Order_Delivered'], triggerWindowHours: 48, recontactDays: 0 } })
    expect(await ask({ user_id: 'u42', session_id: 'a' })).toEqual({ show: false, reason: 'no_open_invitation' })
    const first = await invite('o-1')
    expect(first.status).toBe(201)
    const again = await invite('o-1')
    expect(again.status).toBe(200)
    expect((await again.json()).invitations[0].replayed).toBe(true)
    expect(await w.count('invitations')).toBe(1)

    const opened = w.now.t
    w.now.t = opened + 48 * 3_600_000 - S
    expect((await ask({ user_id: 'u42', session_id: 'b' })).show).toBe(true)
    w.now.t = opened + 48 * 3_600_000 + S
    expect(await ask({ user_id: 'u42', session_id: 'c' })).toEqual({ show: false, reason: 'no_open_invitation' })
  })

  it('after an answer for that order it is not asked again for the same order', async () => {
    w = await world()
    await w.survey({ id: 'tx', kind: 'transactional', name: 't', rules: { triggerEvents: ['Order_Delivered'], recontactDays: 0 } })
    await invite('o-2')
    const d = await ask({ user_id: 'u42', session_id: 'a' })
    await answer(d, 'anon1', { user_id: 'u42' })
    expect(await ask({ user_id: 'u42', session_id: 'b' })).toEqual({ show: false, reason: 'invitation_answered' })
    // A new order opens a new chance.
    await invite('o-3')
    expect((await ask({ user_id: 'u42', session_id: 'c' })).show).toBe(true)
  })

  it('the public key cannot open invitations; the secret key cannot be used from the page', async () => {
    w = await world()
    await w.survey({ id: 'tx', kind: 'transactional', name: 't', rules: { triggerEvents: ['Order_Delivered'] } })
    const r = await w.call('POST', '/v1/invitations', { user_id: 'u1', event: 'Order_Delivered', order_id: 'x' })
    expect(r.status).toBe(401)
    expect((await r.json()).type).toBe('urn:tenpoint:problem:wrong_key_kind')
    const s = await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { authorization: `Bearer ${w.project.secretKey}` })
    expect(s.status).toBe(401)
  })
})

describe('identity', () => {
  it('an anonymous visitor who identifies keeps their history (merge), and logging out does not re-ask', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'r' })
    const d = await ask({ anonymous_id: 'device1', session_id: 'a' })
    await answer(d, 'device1')
    // Logs in on the same device: same person, already answered.
    expect(await ask({ anonymous_id: 'device1', user_id: 'u7', session_id: 'b' })).toEqual({ show: false, reason: 'recently_answered' })
    // Logs out: the anonymous id now leads to the user.
    expect(await ask({ anonymous_id: 'device1', session_id: 'c' })).toEqual({ show: false, reason: 'recently_answered' })
    // A second device (cleared storage, incognito) of the identified user: still capped on the server.
    expect(await ask({ anonymous_id: 'device2', user_id: 'u7', session_id: 'd' })).toEqual({ show: false, reason: 'recently_answered' })
  })

  it('with verification required, an id without a valid hash cannot consume or reset another person\'s caps', async () => {
    w = await world({ settings: { requireVerifiedIdentity: true } })
    const sid = await w.survey({ kind: 'relational', name: 'r' })
    const hash = hmacHex(w.project.secretKey, 'victim')
    // An attacker claims to be "victim" without the hash: treated as their own anonymous self.
    const d = await ask({ anonymous_id: 'attacker', user_id: 'victim', session_id: 'x' })
    w.advance(3 * S)
    const id = randomUUID()
    await w.call('POST', '/v1/responses', { id, survey_id: sid, token: d.display.token, score: 0, anonymous_id: 'attacker', user_id: 'victim' })
    expect((await w.stored(id)).flags).toContain('unverified_identity')
    expect(await w.count('responses', "respondent_key = 'u:victim'")).toBe(0)
    // The real victim, verified, is still asked.
    expect((await ask({ anonymous_id: 'victim-device', user_id: 'victim', user_hash: hash, session_id: 'v' })).show).toBe(true)
    // And once the victim answered, the attacker cannot reset that either.
    expect(await w.count('aliases', "user_key = 'u:victim' AND anon_key = 'a:attacker'")).toBe(0)
  })

  it('a verified respondent is marked verified', async () => {
    w = await world()
    const sid = await w.survey({ kind: 'relational', name: 'r' })
    const hash = hmacHex(w.project.secretKey, 'u1')
    const d = await ask({ anonymous_id: 'dev', user_id: 'u1', user_hash: hash, session_id: 'a' })
    await answer(d, 'dev', { user_id: 'u1', user_hash: hash })
    expect(await w.count('responses', "verified = 1 AND respondent_key = 'u:u1'")).toBe(1)
    void sid
  })
})

describe('limits', () => {
  it('per-IP rate limit answers 429 with Retry-After', async () => {
    w = await world({ app: { config: { rateLimitPerIp: 3 } } })
    await w.survey({ kind: 'relational', name: 'r', rules: { sessionCap: 100 } })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await w.call('POST', '/v1/eligibility', { anonymous_id: `a${i}` })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'z' })
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another IP is not limited.
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'z' }, { 'x-test-ip': '192.0.2.1' })).status).toBe(200)
  })

  it('per-project rate limit', async () => {
    w = await world({ app: { config: { rateLimitPerProject: 2 } } })
    await w.survey({ kind: 'relational', name: 'r' })
    const s = []
    for (let i = 0; i < 3; i++) s.push((await w.call('POST', '/v1/eligibility', { anonymous_id: `a${i}` }, { 'x-test-ip': `192.0.2.${i}` })).status)
    expect(s).toEqual([200, 200, 429])
  })

  it('allowed origins per project', async () => {
    w = await world({ settings: { allowedOrigins: ['https://shop.example'] } })
    await w.survey({ kind: 'relational', name: 'r' })
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: 'a' }, { origin: 'https://shop.example' })).status).toBe(200)
    const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'b' }, { origin: 'https://evil.example' })
    expect(r.status).toBe(403)
    expect((await r.json()).type).toBe('urn:tenpoint:problem:origin_not_allowed')
  })

  it('the decision never reveals the targeting configuration', async () => {
    w = await world()
    await w.survey({ kind: 'relational', name: 'secret-name', rules: { samplingPercent: 100, triggerEvents: ['Internal_Event'] } })
    const text = JSON.stringify(await ask({}))
    expect(text).not.toContain('secret-name')
    expect(text).not.toContain('Internal_Event')
    expect(text).not.toContain('samplingPercent')
  })
})
