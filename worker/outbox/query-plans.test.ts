/**
 * The closed loop's statements are planned by the real engine and stay bounded: the ones
 * on the answer path by the answer and the person, the delivery and SLA scans by what is
 * due (status + time indexes), never a scan of a table. Tables get statistics that make
 * them look large, as ANALYZE would on a big install.
 */
import type { InStatement } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FOLLOWUP_SETTINGS } from '../../shared/closed-loop/followup'
import { world, type TestWorld } from '../../test/support/app'
import { attachEdit, changeCase, listCases, openFollowup, readCase } from '../followups/queries'
import { anythingDue, mark, messages, resurveys } from '../followups/sla-scan'
import { fanOutPending, responseCreated, responseEdited } from './events'
import { anyDue, claimDue, readEndpoints, readMessages, settle } from './queries'
import { listDeliveries } from '../webhooks/queries'

let w: TestWorld
beforeAll(async () => {
  w = await world()
  await w.client.execute('ANALYZE')
  const big = [
    ['responses', 'responses_client_id', '5000000 1'],
    ['responses', 'responses_respondent_survey', '5000000 500000 3 2 1'],
    ['outbox_deliveries', 'outbox_deliveries_due', '5000000 2500000 1'],
    ['outbox_deliveries', 'outbox_deliveries_once', '5000000 1 1'],
    ['outbox_messages', 'outbox_messages_unfanned', '1000 1'],
    ['followups', 'followups_respondent', '1000000 200000 2 1'],
    ['followups', 'followups_list', '1000000 200000 1'],
    ['followups', 'followups_open_due', '1000000 300000 1'],
    ['followups', 'followups_resolution_due', '1000000 300000 1'],
    ['followups', 'followups_resurvey', '1000000 300000 1'],
    ['followups', 'followups_scan', '1000000 10'],
    ['followups', 'followups_seq', '1000000 200000 1'],
    ['followups', 'followups_response', '1000000 200000 1'],
  ]
  for (const [tbl, idx, stat] of big) await w.client.execute({ sql: 'INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)', args: [tbl, idx, stat] })
  await w.client.execute('ANALYZE sqlite_schema')
})
afterAll(() => w.close())

async function plan(s: InStatement): Promise<string[]> {
  const st = typeof s === 'string' ? { sql: s, args: [] } : s
  const rs = await w.client.execute({ sql: `EXPLAIN QUERY PLAN ${st.sql}`, args: st.args as never })
  return rs.rows.map((r) => String(r.detail))
}

const TABLES = 'responses|displays|invitations|followups|followup_log|outbox_messages|outbox_deliveries|outbox_attempts'
const unbounded = (details: string[]) =>
  details.filter(
    (d) =>
      // A scan of the partial index of messages still to fan out reads only work to do, LIMITed.
      (new RegExp(`^SCAN (${TABLES})\\b`).test(d) && !/USING (COVERING )?INDEX outbox_messages_unfanned/.test(d)) ||
      // Sorting what a table search returned: unbounded when the search is.
      /USE TEMP B-TREE FOR ORDER BY/.test(d) ||
      // Searched on the project alone — except MAX(seq), which the engine reads from the end of the index.
      (/USING (COVERING )?INDEX \w+ \(project_id=\?\)$/.test(d) && !/followups_seq/.test(d)),
  )

const settings = { ...DEFAULT_FOLLOWUP_SETTINGS, enabled: true, owners: ['a', 'b'] }
const statements: [string, InStatement][] = [
  ...responseCreated({ projectId: 'p', clientId: 'c', writeNonce: 'n', now: 1 }).map((s, i) => [`response.created #${i + 1}`, s] as [string, InStatement]),
  ...responseEdited({ projectId: 'p', clientId: 'c', anonymousId: 'a', comment: 'x', score: 3, now: 1 }).map((s, i) => [`response edits #${i + 1}`, s] as [string, InStatement]),
  ...openFollowup({ projectId: 'p', clientId: 'c', writeNonce: 'n', settings, deadlines: { firstContactDue: 1, resolutionDueHigh: 2, resolutionDueNormal: 3 }, link: 'l', now: 1 }).map(
    (s, i) => [`follow-up opening #${i + 1}`, s] as [string, InStatement],
  ),
  ...attachEdit({ projectId: 'p', clientId: 'c', anonymousId: 'a', comment: 'x', score: 2, now: 1 }).map((s, i) => [`edit attached #${i + 1}`, s] as [string, InStatement]),
  ...changeCase({ projectId: 'p', id: 'f', actor: 'x', now: 1, link: 'l', status: { from: 'open', to: 'contacted', resurveyAt: null } }).map((s, i) => [`case change #${i + 1}`, s] as [string, InStatement]),
  ...readCase('p', 'f').map((s, i) => [`case read #${i + 1}`, s] as [string, InStatement]),
  ['anything due', anyDue(1)],
  ...fanOutPending(50, 1).map((s, i) => [`fan-out #${i + 1}`, s] as [string, InStatement]),
  ['deliveries list', listDeliveries('p', 'e', 'dead', 100, 50)],
  ['claim', claimDue('o', 1, 2, 50)],
  ['messages read', readMessages(['m1', 'm2'])],
  ['endpoints read', readEndpoints(['e1'])],
  ...settle({ deliveryId: 1, endpointId: 'e', owner: 'o', now: 1, durationMs: 1, statusCode: 500, error: null, verdict: 'retry', nextAttemptAt: null, link: 'l' }).map(
    (s, i) => [`settle failure #${i + 1}`, s] as [string, InStatement],
  ),
  ['SLA anything due', anythingDue(1)],
  ...(['warning', 'contact', 'resolution'] as const).flatMap((k) => [
    [`SLA mark ${k}`, { sql: mark(k), args: { now: 1, token: 't' } }] as [string, InStatement],
    ...messages(k, 'msg_x_', 'l', 1).map((s, i) => [`SLA messages ${k} #${i + 1}`, s] as [string, InStatement]),
  ]),
  ...resurveys(1).map((s, i) => [`re-survey #${i + 1}`, s] as [string, InStatement]),
]

describe('closed-loop statements are bounded', () => {
  it('the follow-up list walks its project index newest first and stops at the page size (no sort)', async () => {
    for (const f of [{ limit: 50 }, { limit: 50, status: ['open'], owner: 'x', breached: true }, { limit: 50, from: 1, to: 2 }]) {
      const details = await plan(listCases('p', f, 1))
      expect(details.join('\n')).toMatch(/followups_list/)
      expect(details.join('\n')).not.toMatch(/TEMP B-TREE|^SCAN (followups|responses)/m)
    }
  })

  it("the SLA queue reads one project's cases through its index (sorted, as a queue must be) and each answer by primary key", async () => {
    const details = (await plan(listCases('p', { limit: 50, order: 'sla', status: ['open', 'contacted'], unassigned: true }, 1))).join('\n')
    expect(details).toMatch(/SEARCH f USING INDEX followups_list \(project_id=\?\)/)
    expect(details).toMatch(/SEARCH r USING INDEX sqlite_autoindex_responses|SEARCH r USING (PRIMARY KEY|INDEX)/)
    expect(details).not.toMatch(/^SCAN/m)
  })

  it.each(statements)('%s', async (_name, s) => {
    const details = await plan(s)
    expect(unbounded(details), details.join('\n')).toEqual([])
  })
})
