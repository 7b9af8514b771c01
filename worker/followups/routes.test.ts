/**
 * Follow-up cases end to end on the real app and database, with a fake clock: opened
 * by detractors (in the answer's transaction), eligibility refused while open, the
 * status flow and its log, SLA warnings and breaches alerted once, re-surveys.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { loopWorld, type LoopWorld } from '../../test/support/loop'
import { startReceiver, type Receiver } from '../../test/support/receiver'

let w: LoopWorld
let rx: Receiver | undefined
afterEach(async () => {
  await rx?.close().catch(() => {})
  rx = undefined
  await w.close()
})

const MIN = 60_000
const settings = (extra: Record<string, unknown> = {}) => ({ followups: { enabled: true, owners: ['anna', 'boris'], ...extra } })

type Case = { id: string; status: string; priority: string; owner: string; first_contact_due: number; resolution_due: number; breached: { first_contact: boolean; resolution: boolean }; log?: { kind: string; actor: string; before: string | null; after: string | null; note: string | null }[]; response?: { comment: string } }

async function cases(query = '') {
  const r = await w.secret('GET', `/v1/followups${query}`)
  expect(r.status).toBe(200)
  return ((await r.json()) as { followups: Case[] }).followups
}

describe('follow-up cases', () => {
  it('a detractor opens a case with priority, owner and SLA; promoters and passives do not', async () => {
    w = await loopWorld({ settings: settings() })
    const t0 = w.now.t
    await w.answer('a', 2)
    w.tick(1000)
    await w.answer('b', 5)
    await w.answer('c', 8)
    await w.answer('d', 10)
    const list = await cases()
    expect(list.map((c) => [c.priority, c.owner, c.status])).toEqual([
      ['normal', 'boris', 'open'],
      ['high', 'anna', 'open'],
    ])
    expect(list[1]).toMatchObject({ first_contact_due: t0 + 60 * MIN, resolution_due: t0 + 24 * 60 * MIN })
    expect(list[0].resolution_due).toBe(t0 + 1000 + 48 * 60 * MIN)
  })

  it('a VIP below 7 is high priority; nothing opens when the project has not turned it on', async () => {
    w = await loopWorld({ settings: settings() })
    await w.answer('vip', 6, { traits: { segment: 'VIP' } })
    expect((await cases()).map((c) => c.priority)).toEqual(['high'])
    await w.close()
    w = await loopWorld()
    await w.answer('a', 0)
    expect(await cases()).toEqual([])
  })

  it('while a case is open the person is not surveyed (open_followup); after it is resolved they may be', async () => {
    w = await loopWorld({ settings: settings() })
    await w.secret('POST', '/v1/webhooks', {}) // nothing: validation only
    const other = await w.survey({ kind: 'relational', name: 'Second', rules: { minAnswerMs: 0 } })
    void other
    await w.answer('a', 1)
    w.tick(8 * 86_400_000)
    const e = await w.call('POST', '/v1/eligibility', { anonymous_id: 'a', session_id: 'later' })
    expect(await e.json()).toEqual({ show: false, reason: 'open_followup' })
    const [c] = await cases()
    expect((await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'resolved', actor: 'anna' })).status).toBe(200)
    const again = (await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'a', session_id: 'later2' })).json()) as { show: boolean; reason?: string }
    expect(again.reason).not.toBe('open_followup')
  })

  it('status flow: open → contacted → resolved, every change logged with who and when; bad transitions refused', async () => {
    w = await loopWorld({ settings: settings() })
    const rid = await w.answer('a', 3, { comment: 'Courier was rude' })
    const [c] = await cases()
    w.tick(10 * MIN)
    let r = await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'contacted', actor: 'anna' })
    expect(r.status).toBe(200)
    r = await w.secret('POST', `/v1/followups/${c.id}/notes`, { text: 'Called, will refund', actor: 'anna' })
    expect(r.status).toBe(200)
    r = await w.secret('POST', `/v1/followups/${c.id}/assign`, { owner: 'boris', actor: 'lead' })
    expect(r.status).toBe(200)
    await w.call('PATCH', `/v1/responses/${rid}`, { anonymous_id: 'a', comment: 'Courier was rude, refund pending' })
    r = await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'closed', reason: 'x' })
    expect(r.status).toBe(422)
    r = await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'resolved', actor: 'boris' })
    const done = (await r.json()) as Case
    expect(done).toMatchObject({ status: 'resolved', owner: 'boris', breached: { first_contact: false, resolution: false }, response: { comment: 'Courier was rude, refund pending' } })
    expect(done.log!.map((l) => [l.kind, l.actor, l.before, l.after, l.note])).toEqual([
      ['status', 'tenpoint', null, 'open', null],
      ['status', 'anna', 'open', 'contacted', null],
      ['note', 'anna', null, null, 'Called, will refund'],
      ['assign', 'lead', 'anna', 'boris', null],
      ['comment', 'respondent', 'Courier was rude', 'Courier was rude, refund pending', null],
      ['status', 'boris', 'contacted', 'resolved', null],
    ])
    const stats = (await (await w.secret('GET', '/v1/followups/stats')).json()) as { first_contact: { n: number; median_ms: number; within_sla_share: number } }
    expect(stats.first_contact).toEqual({ n: 1, median_ms: 10 * MIN, within_sla_share: 1 })
  })

  it("the results API's stats carry the follow-up timings of the period: median and share within SLA, per survey", async () => {
    w = await loopWorld({ settings: settings() })
    const t0 = w.now.t
    await w.answer('a', 2)
    await w.answer('b', 4)
    await w.answer('c', 1)
    const list = await cases()
    // First contacts after 10 and 90 minutes (the SLA is 60); the first case resolved after 5 hours.
    w.tick(10 * MIN)
    await w.secret('PATCH', `/v1/followups/${list[0].id}`, { status: 'contacted' })
    w.tick(80 * MIN)
    await w.secret('PATCH', `/v1/followups/${list[1].id}`, { status: 'contacted' })
    w.tick(210 * MIN)
    await w.secret('PATCH', `/v1/followups/${list[0].id}`, { status: 'resolved' })
    const day = new Date(t0).toISOString().slice(0, 10)
    const r = await w.secret('GET', `/v1/stats?survey=${w.surveyId}&from=${day}&to=${day}`)
    expect(r.status, await r.clone().text()).toBe(200)
    const s = (await r.json()) as { n: number; followups: unknown }
    expect(s.n).toBe(3)
    expect(s.followups).toEqual({
      opened: 3,
      open: 2,
      first_contact: { n: 2, median_ms: 50 * MIN, within_sla_share: 0.5 },
      resolution: { n: 1, median_ms: 300 * MIN, within_sla_share: 1 },
    })
    // Another survey's figures hold none of these cases.
    const other = await w.survey({ kind: 'relational', name: 'Other', rules: { minAnswerMs: 0 } })
    const o = (await (await w.secret('GET', `/v1/stats?survey=${other}&from=${day}&to=${day}`)).json()) as { followups: { opened: number; first_contact: { n: number; median_ms: number | null } } }
    expect(o.followups).toMatchObject({ opened: 0, first_contact: { n: 0, median_ms: null } })
  })

  it('every change goes out as followup.updated, signed, with the case as it is now', async () => {
    w = await loopWorld({ settings: settings() })
    rx = await startReceiver()
    const e = await w.endpoint({ url: `${rx.url}/crm`, events: ['followup.updated'] })
    rx.secrets.push(e.secret)
    await w.answer('a', 2)
    const [c] = await cases()
    await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'contacted', actor: 'anna' })
    await w.secret('POST', `/v1/followups/${c.id}/notes`, { text: 'called' })
    await w.drain()
    expect(rx.received.map((r) => [r.json.type, r.json.data.followup.status, r.json.data.change])).toEqual([
      ['followup.updated', 'contacted', { status: { from: 'open', to: 'contacted' } }],
      ['followup.updated', 'contacted', { note: 'added' }],
    ])
    expect(rx.received.every((r) => r.verifiedWith === e.secret)).toBe(true)
  })

  it("another project's key cannot see or change a case", async () => {
    w = await loopWorld({ settings: settings() })
    await w.answer('a', 2)
    const [c] = await cases()
    const { createProject } = await import('../db/seed')
    const other = await createProject(w.client, { name: 'Other' })
    const as = (method: string, path: string, body?: unknown) => w.call(method, path, body, { authorization: `Bearer ${other.secretKey}` })
    expect((await as('GET', `/v1/followups/${c.id}`)).status).toBe(404)
    expect((await as('PATCH', `/v1/followups/${c.id}`, { status: 'contacted' })).status).toBe(404)
    expect((await as('POST', `/v1/followups/${c.id}/notes`, { text: 'x' })).status).toBe(404)
    expect(((await (await as('GET', '/v1/followups')).json()) as { followups: unknown[] }).followups).toEqual([])
    expect((await cases())[0].status).toBe('open')
  })

  it('closing without contact needs a reason', async () => {
    w = await loopWorld({ settings: settings() })
    await w.answer('a', 3)
    const [c] = await cases()
    expect((await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'closed' })).status).toBe(422)
    const r = await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'closed', reason: 'customer unreachable' })
    expect(((await r.json()) as Case).status).toBe('closed')
  })

  it('filters the list by status, owner, priority, breached, survey and period', async () => {
    w = await loopWorld({ settings: settings() })
    await w.answer('a', 1)
    w.tick(2 * 60 * MIN)
    await w.answer('b', 5)
    expect((await cases('?priority=high')).length).toBe(1)
    expect((await cases('?owner=boris')).length).toBe(1)
    expect((await cases('?breached=true')).length).toBe(1)
    expect((await cases('?breached=false')).length).toBe(1)
    expect((await cases(`?survey_id=${w.surveyId}`)).length).toBe(2)
    expect((await cases(`?from=${w.now.t - MIN}`)).length).toBe(1)
    expect((await cases('?status=resolved')).length).toBe(0)
    expect((await w.secret('GET', '/v1/followups?status=nope')).status).toBe(422)
  })

  it('the SLA queue: live cases first, breached before the rest, each by the deadline due next; several statuses; unassigned; the answer on each row', async () => {
    w = await loopWorld({ settings: settings({ owners: [] }) })
    const a = await w.answer('a', 5, { comment: 'Slow courier' }) // normal: contact due t0 + 60 min
    w.tick(30 * MIN)
    await w.answer('b', 2) // high: contact due t0 + 90 min
    w.tick(MIN)
    await w.answer('c', 4) // will be contacted: resolution due t0 + 31 min + 24 h
    w.tick(MIN)
    await w.answer('d', 6) // will be closed
    const all = await cases()
    const byScore = (score: number) => all.find((x) => (x.response as unknown as { score: number }).score === score)!.id
    await w.secret('PATCH', `/v1/followups/${byScore(4)}`, { status: 'contacted' })
    await w.secret('PATCH', `/v1/followups/${byScore(6)}`, { status: 'closed', reason: 'wrong number' })
    await w.secret('POST', `/v1/followups/${byScore(2)}/assign`, { owner: 'anna' })
    w.tick(40 * MIN) // t0 + 72 min: a's first contact (t0 + 60) is breached, b's (t0 + 90) is not yet
    const queue = await cases('?order=sla')
    expect(queue.map((x) => (x.response as unknown as { score: number }).score)).toEqual([5, 2, 4, 6])
    expect(queue[0]).toMatchObject({ breached: { first_contact: true }, response: { score: 5, bucket: 'detractor', comment: 'Slow courier', order_id: expect.any(String) } })
    expect((queue[0] as unknown as { response_id: string }).response_id).toBe(a)
    // The answer links back to its case; an answer without one says null.
    expect(((await (await w.secret('GET', `/v1/answers/${a}`)).json()) as { followup_id: string }).followup_id).toBe(queue[0].id)
    const promoter = await w.answer('p', 10)
    expect(((await (await w.secret('GET', `/v1/answers/${promoter}`)).json()) as { followup_id: string | null }).followup_id).toBeNull()
    expect((await cases('?order=sla&status=open,contacted')).map((x) => x.status)).toEqual(['open', 'open', 'contacted'])
    expect((await cases('?order=sla&status=open,contacted&unassigned=true')).map((x) => (x.response as unknown as { score: number }).score)).toEqual([5, 4])
    // Paging by offset in this order.
    const page = (await (await w.secret('GET', '/v1/followups?order=sla&limit=2')).json()) as { followups: Case[]; next_offset: number; next_before: null }
    expect(page.next_offset).toBe(2)
    expect(page.next_before).toBeNull()
    const rest = (await (await w.secret('GET', '/v1/followups?order=sla&limit=2&offset=2')).json()) as { followups: Case[] }
    expect([...page.followups, ...rest.followups].map((x) => x.id)).toEqual(queue.map((x) => x.id))
    expect((await w.secret('GET', '/v1/followups?status=open,nope')).status).toBe(422)
    expect((await w.secret('GET', '/v1/followups?order=due')).status).toBe(422)
    expect((await w.secret('GET', '/v1/followups?offset=-1')).status).toBe(422)
    // b is contacted late (t0 + 102 min, due t0 + 90): breached, but nothing of it is overdue now,
    // so it queues by its resolution deadline — after e, a new case whose first contact is due first.
    w.tick(30 * MIN)
    await w.secret('PATCH', `/v1/followups/${byScore(2)}`, { status: 'contacted' })
    await w.answer('e', 1)
    const later = await cases('?order=sla')
    expect(later.map((x) => (x.response as unknown as { score: number }).score)).toEqual([5, 1, 2, 4, 6])
    expect(later[2].breached).toEqual({ first_contact: true, resolution: false })
  })

  it('SLA: a warning before the first-contact deadline and a breach after it, each alerted once', async () => {
    w = await loopWorld({ settings: settings() })
    rx = await startReceiver()
    const e = await w.endpoint({ url: `${rx.url}/ops`, events: ['followup.opened', 'followup.sla_warning', 'followup.sla_breached'] })
    rx.secrets.push(e.secret)
    await w.answer('a', 2)
    await w.drain()
    w.tick(30 * MIN)
    await w.drain()
    expect(rx.received.map((r) => r.json.type)).toEqual(['followup.opened'])
    w.tick(20 * MIN) // 10 minutes to go: within the 15-minute warning
    await w.drain()
    await w.drain()
    w.tick(11 * MIN)
    await w.drain()
    w.tick(60 * MIN)
    await w.drain()
    expect(rx.received.map((r) => [r.json.type, r.json.data.breach ?? null])).toEqual([
      ['followup.opened', null],
      ['followup.sla_warning', 'first_contact'],
      ['followup.sla_breached', 'first_contact'],
    ])
    expect(rx.received.every((r) => r.verifiedWith === e.secret)).toBe(true)
    expect(rx.received[0].json.data.followup).toMatchObject({ priority: 'high', owner: 'anna', status: 'open' })
    expect(rx.received[0].json.data.response.followup_id).toBe(rx.received[0].json.data.followup.id)
    expect(rx.received[0].json.data.followup.url).toMatch(/^https:\/\/tenpoint\.test\/v1\/followups\/fu_/)
    w.tick(24 * 60 * MIN)
    await w.drain()
    expect(rx.received.map((r) => r.json.type).slice(3)).toEqual(['followup.sla_breached'])
    expect(rx.received[3].json.data.breach).toBe('resolution')
    w.tick(24 * 60 * MIN)
    await w.drain()
    expect(rx.received).toHaveLength(4)
    expect((await cases('?breached=true')).length).toBe(1)
  })

  it('SLA: a warning before the resolution deadline (2 hours by default, per project), then the breach, each once', async () => {
    w = await loopWorld({ settings: settings({ resolutionWarnMinutesBefore: 60 }) })
    rx = await startReceiver()
    const e = await w.endpoint({ url: `${rx.url}/ops`, events: ['followup.sla_warning', 'followup.sla_breached'] })
    rx.secrets.push(e.secret)
    await w.answer('a', 5) // normal priority: resolution within 48 hours
    const [c] = await cases()
    w.tick(5 * MIN)
    await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'contacted', actor: 'anna' })
    w.tick(47 * 60 * MIN) // 47 h 05 min after the answer: 55 minutes to go, within the 60-minute lead
    await w.drain()
    await w.drain()
    expect(rx.received.map((r) => [r.json.type, r.json.data.breach])).toEqual([['followup.sla_warning', 'resolution']])
    expect(rx.received[0].json.data.followup).toMatchObject({ status: 'contacted' })
    w.tick(30 * MIN)
    await w.drain()
    expect(rx.received).toHaveLength(1)
    w.tick(30 * MIN)
    await w.drain()
    w.tick(60 * MIN)
    await w.drain()
    expect(rx.received.map((r) => [r.json.type, r.json.data.breach])).toEqual([
      ['followup.sla_warning', 'resolution'],
      ['followup.sla_breached', 'resolution'],
    ])
    // A case resolved in time is never warned about.
    await w.answer('b', 6)
    const fresh = (await cases('?status=open'))[0]
    await w.secret('PATCH', `/v1/followups/${fresh.id}`, { status: 'resolved' })
    w.tick(48 * 60 * MIN)
    await w.drain()
    expect(rx.received).toHaveLength(2)
  })

  it('counts SLA within business hours in the project time zone', async () => {
    // Thursday 2026-01-15 17:30 UTC, business hours 09–18 UTC: first contact due Friday 09:30.
    w = await loopWorld({ settings: settings({ businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } }), start: Date.UTC(2026, 0, 15, 17, 30) })
    await w.answer('a', 2)
    const [c] = await cases()
    expect(c.first_contact_due).toBe(Date.UTC(2026, 0, 16, 9, 30))
  })

  it('a resolved case is followed by a re-survey invitation after N days when the project wants it', async () => {
    w = await loopWorld({ settings: settings({ resurveyAfterDays: 3, resurveySurveyId: 'resurvey' }) })
    await w.client.execute({ sql: "INSERT INTO surveys (id, project_id, kind, name, rules, content, created_at) VALUES ('resurvey', ?, 'transactional', 'How did we do?', '{}', '{}', ?)", args: [w.project.id, w.now.t] })
    await w.answer('a', 2)
    const [c] = await cases()
    await w.secret('PATCH', `/v1/followups/${c.id}`, { status: 'resolved' })
    w.tick(2 * 86_400_000)
    await w.drain()
    expect(await w.count('invitations')).toBe(0)
    w.tick(86_400_000 + MIN)
    await w.drain()
    await w.drain()
    expect(await w.count('invitations', "survey_id = 'resurvey' AND trigger_key = ?", `followup:${c.id}`)).toBe(1)
  })
})
