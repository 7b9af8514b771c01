// A person with very many anonymous ids (identity merge) is still answered in normal
// time and never with a 503: history is read through the most recent merged ids only.
import { randomUUID } from 'node:crypto'
import { afterEach, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'
import { MERGED_ANONYMOUS_IDS } from '../respondents'

let w: TestWorld
afterEach(() => w?.close())

it('a user with 50,000 aliases is answered, never a 503 (history reads the newest merged ids only; the query-plan test keeps it bounded)', async () => {
  w = await world()
  await w.survey({ kind: 'relational', name: 'r' })
  // 50,000 anonymous ids merged into u:victim (what anyone could pile up for any user id
  // under the default settings), written straight through the engine.
  await w.client.execute({
    sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
          INSERT INTO aliases (project_id, anon_key, user_key, created_at) SELECT ?, 'a:anon' || i, 'u:victim', ? + i FROM n`,
    args: [w.project.id, w.now.t - 1_000_000],
  })
  const r = await w.call('POST', '/v1/eligibility', { anonymous_id: 'fresh', user_id: 'victim', session_id: 's' })
  // The old code answered 503 here forever (one bound parameter per alias, past SQLite's limit).
  expect(r.status).toBe(200)
  const d = await r.json()
  expect(d.show).toBe(true)
  // The answer lands, and the next call sees it through the same bounded history.
  w.advance(5000)
  expect((await w.call('POST', '/v1/responses', { id: randomUUID(), survey_id: d.survey.id, token: d.display.token, score: 9, anonymous_id: 'fresh', user_id: 'victim' })).status).toBe(201)
  expect(await (await w.call('POST', '/v1/eligibility', { anonymous_id: 'anon49999', session_id: 's2' })).json()).toEqual({ show: false, reason: 'recently_answered' })
  // No more anonymous ids are linked to a user who already has the maximum.
  expect(await w.count('aliases', "anon_key = 'a:fresh'")).toBe(0)
})

it(`merges up to ${MERGED_ANONYMOUS_IDS} anonymous ids into one user, then stops linking more`, async () => {
  w = await world()
  await w.survey({ kind: 'relational', name: 'r' })
  for (let i = 0; i < MERGED_ANONYMOUS_IDS + 3; i++) {
    w.advance(1000)
    expect((await w.call('POST', '/v1/eligibility', { anonymous_id: `dev${i}`, user_id: 'u1', session_id: `s${i}` })).status).toBe(200)
  }
  expect(await w.count('aliases', "user_key = 'u:u1'")).toBe(MERGED_ANONYMOUS_IDS)
})
