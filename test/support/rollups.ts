/**
 * The rollups as stored and as they must be: recomputed in JS from every answer and display
 * (the oracle of the fold and trigger tests), and the raw answers' figures beside the
 * figures read from the rollups, for one project and its surveys.
 * @module
 */
import type { Client, InStatement } from '@libsql/client'
import { breakdownRollupStatement, countedOf, DAY_MS, displayCountsStatement, flagsOf, HOUR_MS, keyOf, pieces, SLOT_MS, classCountsStatement, type ClassRow } from '../../worker/results/rollups'
import { breakdownStatement, countsStatement, displaysStatement, excludedStatement } from '../../worker/results/stats.queries'

type Row = Record<string, unknown>
const all = async (c: Client, s: InStatement | string) => (await c.execute(s)).rows as unknown as Row[]

/** answer_rollups recomputed from `responses`: key → [promoters, passives, detractors]. */
export async function expectedRollups(c: Client): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>()
  const enc = (v: unknown) => (v === null ? '' : `=${v}`)
  for (const r of await all(c, 'SELECT * FROM responses')) {
    const score = Number(r.score)
    const at = Number(r.created_at)
    const cls = Number(r.counted) === 1 ? '' : String(r.flags)
    const ret = r.returning === null ? '' : Number(r.returning) === 1 ? '=returning' : '=new'
    const dims: [string, string][] = [
      ['', ''], ['channel', enc(r.channel)], ['platform', enc(r.platform)], ['segment', enc(r.segment)], ['locale', enc(r.locale)],
      ['returning', ret], ['app_version', enc(r.app_version)], ['source', enc(r.source)],
    ]
    for (const [grain, w] of [[0, SLOT_MS], [1, DAY_MS], [2, HOUR_MS]]) {
      for (const [dim, value] of dims) {
        if (grain !== 1 && dim !== '') continue
        const k = [r.project_id, r.survey_id, dim, grain, at - (at % w), value, cls].join('|')
        const n = out.get(k) ?? [0, 0, 0]
        n[score >= 9 ? 0 : score >= 7 ? 1 : 2]++
        out.set(k, n)
      }
    }
  }
  return out
}

/** answer_rollups as stored (rows that count something). */
export async function storedRollups(c: Client): Promise<Map<string, number[]>> {
  const rows = await all(c, 'SELECT * FROM answer_rollups WHERE promoters <> 0 OR passives <> 0 OR detractors <> 0')
  return new Map(rows.map((r) => [[r.project_id, r.survey_id, r.dim, r.grain, r.slot, r.value, r.class].join('|'), [Number(r.promoters), Number(r.passives), Number(r.detractors)]]))
}

/** display_rollups recomputed from `displays` and as stored: key → [displays, dismissals]. */
export async function displayRollups(c: Client): Promise<{ expected: Map<string, number[]>; stored: Map<string, number[]> }> {
  const expected = new Map<string, number[]>()
  for (const r of await all(c, 'SELECT * FROM displays')) {
    for (const [grain, w] of [[0, SLOT_MS], [1, DAY_MS]]) {
      const at = Number(r.created_at)
      const k = [r.project_id, r.survey_id, grain, at - (at % w)].join('|')
      const n = expected.get(k) ?? [0, 0]
      n[0]++
      if (r.dismissed_at !== null) n[1]++
      expected.set(k, n)
    }
  }
  const rows = await all(c, 'SELECT * FROM display_rollups WHERE displays <> 0 OR dismissals <> 0')
  return { expected, stored: new Map(rows.map((r) => [[r.project_id, r.survey_id, r.grain, r.slot].join('|'), [Number(r.displays), Number(r.dismissals)]])) }
}

const counts = (r: Row | undefined) => [Number(r?.promoters ?? 0), Number(r?.passives ?? 0), Number(r?.detractors ?? 0)]

/**
 * The period's figures of `projectId` over `surveyIds`, read from the rollups and from the
 * answers (counted, excluded by flags, displays, and the breakdown by every rolled-up
 * dimension), each as [rollups, raw] for the caller to compare.
 */
export async function figuresBothWays(c: Client, projectId: string, surveyIds: string[], start: number, end: number) {
  const hours = pieces([[start, end]], { hours: true })!
  const f = { surveyIds, start, end }
  const classes = (await all(c, classCountsStatement(projectId, surveyIds, hours))) as unknown as ClassRow[]
  const byFlags = (xs: { flags: string; answers: number }[]) => Object.fromEntries(xs.map((x) => [x.flags, x.answers]))
  const [dr] = await all(c, displayCountsStatement(projectId, surveyIds, pieces([[start, end]])!))
  const [dw] = await all(c, displaysStatement(projectId, f))
  const out: Record<string, [unknown, unknown]> = {
    counted: [Object.values(countedOf(classes)), counts((await all(c, countsStatement(projectId, f)))[0])],
    excluded: [byFlags(flagsOf(classes)), byFlags((await all(c, excludedStatement(projectId, f))).map((r) => ({ flags: String(r.flags), answers: Number(r.answers) })))],
    displays: [[Number(dr.displays ?? 0), Number(dr.dismissals ?? 0)], [Number(dw.displays ?? 0), Number(dw.dismissals ?? 0)]],
  }
  for (const by of ['channel', 'platform', 'segment', 'locale', 'returning', 'app_version', 'source', 'survey']) {
    const a = (await all(c, breakdownRollupStatement(projectId, surveyIds, start, end, by, hours))).map((r) => [String(keyOf(r.key)), counts(r)] as const)
    const b = (await all(c, breakdownStatement(projectId, f, by))).map((r) => [String(r.key), counts(r)] as const)
    out[`by ${by}`] = [Object.fromEntries(a), Object.fromEntries(b)]
  }
  return out
}
