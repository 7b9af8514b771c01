/**
 * The hot path stays bounded by one person's history, never by the size of the project:
 * every statement of the eligibility and response paths is planned by the real engine,
 * and none may scan a table or search on `project_id` alone. (A plan on a table of a few
 * rows can differ from one on millions, so the tables get statistics that make them
 * look large, as ANALYZE would on a big project.)
 */
import type { InStatement } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyStatements, insertDisplay } from '../worker/eligibility/queries'
import { openInvitation, readInvitation } from '../worker/invitations/queries'
import { editStatements, readStored, recordStatements } from '../worker/responses/queries'
import { aliasStatements } from '../worker/respondents'
import { breakdownTrendRollupStatement } from '../worker/results/rollups'
import { breakdownTrendStatement } from '../worker/results/stats.queries'
import { themesStatement } from '../worker/results/themes.queries'
import { bucketEdges, timeBuckets } from '../shared/stats/buckets'
import { pendingStatement, retaggedThemes, themesPending } from '../worker/themes/queries'
import { upsertSeen } from '../worker/install/seen'
import { world, type TestWorld } from './support/app'

let w: TestWorld
beforeAll(async () => {
  w = await world()
})
afterAll(() => w.close())

async function plan(s: InStatement): Promise<string[]> {
  const st = typeof s === 'string' ? { sql: s, args: [] } : s
  const rs = await w.client.execute({ sql: `EXPLAIN QUERY PLAN ${st.sql}`, args: st.args as never })
  return rs.rows.map((r) => String(r.detail))
}

function unbounded(details: string[]): string[] {
  return details.filter(
    (d) =>
      // A full scan of a stored table (CTEs, subquery results and constant rows are not tables).
      (/^SCAN (responses|displays|invitations|aliases|projects|surveys)\b/.test(d)) ||
      // An index search bounded by the project alone.
      /USING (COVERING )?INDEX \w+ \(project_id=\?\)$/.test(d),
  )
}

const keys = ['u:u1', 'a:anon1', 'a:anon2']
const hotPath: [string, InStatement][] = [
  ...historyStatements('prj', keys, 'sess', 0, 1).map((s, i) => [`eligibility history #${i + 1}`, s] as [string, InStatement]),
  ...aliasStatements('prj', 'a:anon1', 'u:u1').map((s, i) => [`identity aliases #${i + 1}`, s] as [string, InStatement]),
  ...aliasStatements('prj', 'a:anon1', null).map((s, i) => [`anonymous aliases #${i + 1}`, s] as [string, InStatement]),
  ['display insert', insertDisplay({ id: 'd', projectId: 'prj', surveyId: 's', respondentKey: 'u:u1', sessionId: 'x', triggerKey: 't', context: { traits: {}, traits_verified: false, locale: 'en', channel: 'web', platform: 'web' }, now: 1 })],
  ['page-opened invitation', openInvitation({ id: 'i', projectId: 'prj', surveyId: 's', respondentKey: 'u:u1', event: 'E', orderId: 'o', channel: 'web', attributes: {}, source: 'client', now: 1, expiresAt: 2 })],
  ['backend invitation', openInvitation({ id: 'i', projectId: 'prj', surveyId: 's', respondentKey: 'u:u1', event: 'E', orderId: 'o', channel: 'web', attributes: {}, source: 'server', now: 1, expiresAt: 2 })],
  ['invitation read', readInvitation('prj', 's', 'o')],
  [
    'answer insert',
    recordStatements({
      projectId: 'prj', surveyId: 's', surveyKind: 'relational', clientId: 'c', respondentKey: 'u:u1', anonymousId: 'anon1', userId: 'u1', verified: true,
      displayId: 'd', triggerKey: 't', score: 9, comment: null, locale: 'en', channel: 'web', platform: 'web', flags: [], fingerprint: 'fp',
      fingerprintDailyCap: 20, newWithinDays: 30, payloadHash: 'h', writeNonce: 'n', now: 1,
    })[0],
  ],
  ...editStatements({ projectId: 'prj', clientId: 'c', anonymousId: 'anon1', comment: 'x', score: 3, now: 1 }).map((s, i) => [`answer edit #${i + 1}`, s] as [string, InStatement]),
  ['answer read', readStored('prj', 'c', 'anon1')],
  ['themes to tag again after an edit', themesPending({ projectId: 'prj', clientId: 'c', anonymousId: 'anon1' })],
  ...retaggedThemes({ projectId: 'prj', clientId: 'c', comment: 'x', score: 3, themes: '[]', version: 1 }).map((s, i) => [`re-tag #${i + 1}`, s] as [string, InStatement]),
  ['tag seen (at most once a minute per origin)', upsertSeen('prj', 'https://shop.example', 1)],
]

describe('every hot-path statement is bounded by the person, not the project', () => {
  it.each(hotPath)('%s', async (_name, s) => {
    const details = await plan(s)
    expect(unbounded(details), details.join('\n')).toEqual([])
  })

  it('the check itself catches an unbounded statement', async () => {
    expect(unbounded(await plan({ sql: 'SELECT survey_id, MAX(created_at) FROM responses WHERE project_id = ? GROUP BY survey_id', args: ['prj'] }))).not.toEqual([])
    expect(unbounded(await plan({ sql: 'SELECT COUNT(*) FROM displays WHERE answered_at IS NULL', args: [] }))).not.toEqual([])
    // The history read as it was before it was pinned to the respondent index: the
    // planner picks the fingerprint index for the GROUP BY, a search on the project alone.
    const old = `SELECT survey_id, MAX(created_at) AS at FROM responses WHERE project_id = ? AND respondent_key IN (?, ?, ?) GROUP BY survey_id`
    expect(unbounded(await plan({ sql: old, args: ['prj', ...keys] }))).not.toEqual([])
  })
})

describe('themes in the background and in the figures', () => {
  it('the re-tag pass reads each project\'s pending range, never all comments', async () => {
    const details = await plan(pendingStatement(300))
    expect(details.join('\n')).toContain('SEARCH r USING INDEX responses_themes_pending (project_id=? AND themes_version<?)')
  })

  it('theme figures read the period from an index, and each answer by its key', async () => {
    const all = (await plan(themesStatement('prj', { surveyIds: ['s'], start: 0, end: 1 }))).join('\n')
    expect(all).toContain('USING INDEX response_themes_time (project_id=? AND survey_id=? AND created_at>? AND created_at<?)')
    expect(all).toContain('USING INDEX responses_client_id (project_id=? AND client_id=?)')
    const one = (await plan(themesStatement('prj', { surveyIds: ['s'], start: 0, end: 1, theme: 'delivery' }))).join('\n')
    expect(one).toContain('USING INDEX response_themes_theme (project_id=? AND theme=? AND created_at>? AND created_at<?)')
  })
})

describe('the segment heatmap (breakdown by period)', () => {
  // A year by ISO week in Kyiv: every week's edge is at 22:00 or 21:00 UTC, so each week has whole UTC days and part-days.
  const edges = bucketEdges(timeBuckets(Date.UTC(2025, 11, 31, 22), Date.UTC(2026, 11, 31, 22), 'week', 'Europe/Kyiv')!)

  it('a fixed dimension reads its day rows by key and its part-days from the survey-time index', async () => {
    for (const by of ['segment', 'survey']) {
      const details = await plan(breakdownTrendRollupStatement('prj', ['s'], edges, by)!)
      const reads = details.filter((d) => /^(SEARCH|SCAN) (r|responses)\b/.test(d))
      expect(reads.length, details.join('\n')).toBeGreaterThan(0)
      for (const d of reads) {
        expect(d, details.join('\n')).toMatch(
          /^SEARCH (r USING PRIMARY KEY \(project_id=\? AND survey_id=\? AND dim=\? AND grain=\? AND slot>\? AND slot<\?\)|responses USING COVERING INDEX responses_survey_time \(project_id=\? AND survey_id=\? AND created_at>\? AND created_at<\?\))$/,
        )
      }
    }
  })

  it('a trait reads the period of the survey from the survey-time index, not the project', async () => {
    const details = await plan(breakdownTrendStatement('prj', { surveyIds: ['s'] }, 'trait.plan', edges))
    expect(unbounded(details), details.join('\n')).toEqual([])
    expect(details.join('\n')).toMatch(/SEARCH responses USING INDEX responses_survey_time \(project_id=\? AND survey_id=\? AND created_at>\? AND created_at<\?\)/)
  })
})
