// A server event (secret key) is authoritative: a page-opened invitation for a guessed
// order can never block or take over the backend's invitation for the real customer.
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'

let w: TestWorld
beforeEach(async () => {
  w = await world()
  await w.survey({ id: 'tx', kind: 'transactional', name: 'delivery', rules: { triggerEvents: ['Order_Delivered'], clientTriggers: true } })
})
afterEach(() => w.close())

const backend = (body: Record<string, unknown>) => w.call('POST', '/v1/invitations', body, { authorization: `Bearer ${w.project.secretKey}` })

it('order squatting: a page that guessed the order id first does not take the real customer\'s invitation', async () => {
  // The squatter's page opens an invitation for an order that is not theirs.
  const squat = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'squatter', session_id: 'x', event: 'Order_Delivered', order_id: 'ord-42' })).json()
  expect(squat.show).toBe(true)
  // The backend then says the real customer received it.
  const r = await backend({ user_id: 'real', event: 'Order_Delivered', order_id: 'ord-42' })
  expect(r.status).toBe(201)
  const inv = (await r.json()).invitations[0]
  expect(inv).toMatchObject({ user_id: 'real', order_id: 'ord-42', replayed: false })
  // The real customer is asked…
  const real = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'real-device', user_id: 'real', session_id: 'r' })).json()
  expect(real.show).toBe(true)
  w.advance(5000)
  const id = randomUUID()
  expect((await w.call('POST', '/v1/responses', { id, survey_id: 'tx', token: real.display.token, score: 3, anonymous_id: 'real-device', user_id: 'real' })).status).toBe(201)
  expect(await w.stored(id)).toEqual({ counted: true, flags: [] })
  // …and the squatter's page can no longer reopen it for themselves.
  expect(await w.count('invitations', "respondent_key = 'u:real'")).toBe(1)
  expect(await w.count('invitations')).toBe(1)
})

it('a squatter who even answered first does not block the real customer', async () => {
  const squat = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'squatter', session_id: 'x', event: 'Order_Delivered', order_id: 'ord-7' })).json()
  w.advance(5000)
  await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: 'tx', token: squat.display.token, score: 0, anonymous_id: 'squatter' })
  expect((await backend({ user_id: 'real', event: 'Order_Delivered', order_id: 'ord-7' })).status).toBe(201)
  const real = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'rd', user_id: 'real', session_id: 'r' })).json()
  expect(real.show).toBe(true)
})

it('a page cannot take over the backend\'s invitation either', async () => {
  expect((await backend({ user_id: 'real', event: 'Order_Delivered', order_id: 'ord-9' })).status).toBe(201)
  const squat = await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'squatter', session_id: 'x', event: 'Order_Delivered', order_id: 'ord-9' })).json()
  expect(squat).toEqual({ show: false, reason: 'no_open_invitation' })
  expect(await w.count('invitations', "respondent_key = 'u:real'")).toBe(1)
  // A repeated backend event for the same order is a replay.
  const again = await (await backend({ user_id: 'real', event: 'Order_Delivered', order_id: 'ord-9' })).json()
  expect(again.invitations[0].replayed).toBe(true)
})
