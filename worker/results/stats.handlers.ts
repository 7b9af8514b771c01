/**
 * The figures for surveys of one kind over a period in the project's time zone: the
 * period's NPS with what surrounds it, a trend, a breakdown and a comparison. Each reads
 * a few aggregate rows in one round trip and leaves the maths to shared/stats.
 * @module
 */
import type { ResultSet } from '@libsql/client'
import { followupTimings } from '../../shared/closed-loop/followup'
import { npsFromCounts, type Counts } from '../../shared/nps'
import type { BreakdownQuery, CompareQuery, StatsQuery, TrendQuery } from '../../shared/results-contract'
import { breakdown, breakdownByPeriod, type BucketGroupCounts } from '../../shared/stats/breakdown'
import { bucketEdges, localDates, timeBuckets } from '../../shared/stats/buckets'
import { comparePeriods } from '../../shared/stats/compare'
import { summarizePeriod } from '../../shared/stats/summary'
import { trend } from '../../shared/stats/trend'
import { first, rows } from '../db/store'
import { caseTimesOf, caseTimesStatement } from '../followups/queries'
import { ApiError } from '../http/problem'
import type { QueryContext } from './query'
import {
  breakdownRollupStatement,
  breakdownTrendRollupStatement,
  classCountsStatement,
  countedRollupStatement,
  countedOf,
  displayCountsStatement,
  flagsOf,
  groupRollupStatement,
  keyOf,
  pieces,
  rolledUp,
  trendRollupStatement,
  type ClassRow,
} from './rollups'
import { periodOf, presentScope, scopeOf } from './scope'
import { breakdownCsv, csvDownload, fileName, trendCsv } from './stats.csv'
import { countsOf, excludedByReason, presentNps } from './stats.present'
import {
  breakdownStatement,
  breakdownTrendStatement,
  countsStatement,
  displaysStatement,
  excludedStatement,
  funnelStatement,
  groupCountsStatement,
  trendStatement,
  type BucketRow,
  type CountsRow,
  type DisplaysRow,
  type FlagsRow,
  type FunnelRow,
  type GroupRow,
} from './stats.queries'

export async function getStats(c: QueryContext<typeof StatsQuery>) {
  const { deps, project } = c.var
  const scope = await scopeOf(deps, project, c.req.valid('query'))
  const f = { surveyIds: scope.surveyIds, start: scope.start, end: scope.end }
  const transactional = scope.kind === 'transactional'
  // The funnel (transactional), then the follow-up cases opened in the period, both in the same round trip.
  const funnelStatements = [...(transactional ? [funnelStatement(project.id, scope)] : []), caseTimesStatement(project.id, scope.start, scope.end, scope.surveyIds)]
  const ps = pieces([[scope.start, scope.end]], { hours: true })
  let counts: Counts
  let excludedRows: FlagsRow[]
  let d: DisplaysRow | undefined
  let funnel: ResultSet[]
  if (ps) {
    // From the rollups: a few hundred rows whatever the number of answers.
    const [classes, shown, ...fu] = await deps.db.read([
      classCountsStatement(project.id, scope.surveyIds, ps),
      displayCountsStatement(project.id, scope.surveyIds, ps),
      ...funnelStatements,
    ])
    const cs = rows<ClassRow>(classes)
    counts = countedOf(cs)
    excludedRows = flagsOf(cs)
    d = first<DisplaysRow>(shown)
    funnel = fu
  } else {
    const [c0, excluded, shown, ...fu] = await deps.db.read([
      countsStatement(project.id, f),
      excludedStatement(project.id, f),
      displaysStatement(project.id, scope),
      ...funnelStatements,
    ])
    counts = countsOf(first<CountsRow>(c0))
    excludedRows = rows<FlagsRow>(excluded)
    d = first<DisplaysRow>(shown)
    funnel = fu
  }
  const s = summarizePeriod({
    ...counts,
    excluded: excludedByReason(excludedRows),
    displays: Number(d?.displays ?? 0),
    dismissals: Number(d?.dismissals ?? 0),
  })
  const cases = funnel.pop()!
  const fu = transactional ? first<FunnelRow>(funnel[0]) : undefined
  return c.json({
    ...presentScope(scope),
    ...presentNps(s),
    excluded: { total: s.excluded.total, by_reason: s.excluded.byReason },
    displays: s.displays,
    answers: s.answers,
    dismissals: s.dismissals,
    response_rate: s.responseRate,
    dismiss_rate: s.dismissRate,
    funnel: fu ? { invitations: Number(fu.invitations), displayed: Number(fu.displayed ?? 0), answered: Number(fu.answered ?? 0) } : null,
    followups: followupTimings(caseTimesOf(cases)),
  })
}

/** A trend's buckets with their NPS and excluded answers: what the JSON and the CSV both show. */
async function readTrend(c: QueryContext<typeof TrendQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const scope = await scopeOf(deps, project, q)
  const unit = q.unit ?? 'day'
  const buckets = timeBuckets(scope.start, scope.end, unit, scope.timeZone)
  if (!buckets) throw new ApiError(422, 'validation_failed', 'Too many points: choose a longer unit or a shorter period.', [{ field: 'unit', message: 'too many points' }])
  const byIndex: (Counts | undefined)[] = []
  const excluded: number[] = []
  if (buckets.length > 0) {
    const edges = bucketEdges(buckets)
    const statement = trendRollupStatement(project.id, scope.surveyIds, edges) ?? trendStatement(project.id, { surveyIds: scope.surveyIds }, edges)
    const [rs] = await deps.db.read([statement])
    for (const r of rows<BucketRow>(rs)) {
      byIndex[Number(r.i)] = countsOf(r)
      excluded[Number(r.i)] = Number(r.excluded ?? 0)
    }
  }
  return { scope, unit, points: trend(buckets, byIndex).map((p, i) => ({ ...p, ...localDates(p, scope.timeZone), excluded: excluded[i] ?? 0 })) }
}

export async function getTrend(c: QueryContext<typeof TrendQuery>) {
  const { scope, unit, points } = await readTrend(c)
  return c.json({
    ...presentScope(scope),
    unit,
    points: points.map((p) => ({ label: p.label, start: p.start, end: p.end, from: p.from, to: p.to, partial: p.partial, ...presentNps(p), excluded: p.excluded })),
  })
}

/** The trend as CSV: a row for the whole period (`all`), then one per bucket. */
export async function getTrendCsv(c: QueryContext<typeof TrendQuery>) {
  const { scope, points } = await readTrend(c)
  const total = npsFromCounts(points.reduce((s, p) => ({ promoters: s.promoters + p.promoters, passives: s.passives + p.passives, detractors: s.detractors + p.detractors }), { promoters: 0, passives: 0, detractors: 0 }))
  const excluded = points.reduce((s, p) => s + p.excluded, 0)
  return csvDownload(trendCsv(scope, total, excluded, points), fileName('nps-trend', scope))
}

/** Cells of groups × periods: more is a mistake (or a request no screen can show). */
export const MAX_CELLS = 20_000

/** A breakdown over the period and, with `unit`, per time bucket: what the JSON and the CSV both show. */
async function readBreakdown(c: QueryContext<typeof BreakdownQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const scope = await scopeOf(deps, project, q)
  const limit = q.limit ? Number(q.limit) : 50
  if (!q.unit && q.by !== 'survey' && rolledUp(q.by) && scope.start < scope.end) {
    // A rolled-up dimension over the period: the heatmap's reads with one bucket (whole
    // UTC days from the day rows, a cut day the cheaper way round: at most half a day of answers).
    const [rs] = await deps.db.read([breakdownTrendRollupStatement(project.id, scope.surveyIds, [scope.start, scope.end], q.by)!])
    const groups = rows<GroupRow>(rs).map((r) => ({ key: r.key === null ? null : String(r.key), ...countsOf(r) }))
    return { scope, by: q.by, b: breakdown(groups, { limit }), heatmap: null }
  }
  if (!q.unit) {
    const rolled = rolledUp(q.by) && (q.by !== 'survey' || pieces([[scope.start, scope.end]]) !== null)
    const statement = rolled
      ? breakdownRollupStatement(project.id, scope.surveyIds, scope.start, scope.end, q.by, pieces([[scope.start, scope.end]], { hours: true }))
      : breakdownStatement(project.id, { surveyIds: scope.surveyIds, start: scope.start, end: scope.end }, q.by)
    const [rs] = await deps.db.read([statement])
    const groups = rows<GroupRow>(rs).map((r) => ({ key: rolled ? keyOf(r.key) : r.key === null ? null : String(r.key), ...countsOf(r) }))
    return { scope, by: q.by, b: breakdown(groups, { limit }), heatmap: null }
  }
  const buckets = timeBuckets(scope.start, scope.end, q.unit, scope.timeZone)
  if (!buckets || buckets.length * (limit + 1) > MAX_CELLS) {
    throw new ApiError(422, 'validation_failed', `Too many cells (at most ${MAX_CELLS} groups × periods): choose a longer unit, a shorter period or a smaller limit.`, [
      { field: 'unit', message: 'too many cells' },
    ])
  }
  let found: BucketGroupCounts[] = []
  if (buckets.length > 0) {
    const edges = bucketEdges(buckets)
    const rolled = rolledUp(q.by) ? breakdownTrendRollupStatement(project.id, scope.surveyIds, edges, q.by) : null
    const [rs] = await deps.db.read([rolled ?? breakdownTrendStatement(project.id, { surveyIds: scope.surveyIds }, q.by, edges)])
    found = rows<GroupRow & { i: number }>(rs).map((r) => ({ i: Number(r.i), key: r.key === null ? null : String(r.key), ...countsOf(r) }))
  }
  const h = breakdownByPeriod(buckets.length, found, { limit })
  return {
    scope,
    by: q.by,
    b: h,
    heatmap: { unit: q.unit, periods: buckets.map((bk, i) => ({ ...bk, ...localDates(bk, scope.timeZone), nps: h.periods[i] })), cells: h.groups.map((g) => g.cells) },
  }
}

export async function getBreakdown(c: QueryContext<typeof BreakdownQuery>) {
  const { scope, by, b, heatmap } = await readBreakdown(c)
  return c.json({
    ...presentScope(scope),
    by,
    ...(heatmap ? { unit: heatmap.unit } : {}),
    total: presentNps(b.total),
    ...(heatmap ? { periods: heatmap.periods.map((p) => ({ label: p.label, start: p.start, end: p.end, from: p.from, to: p.to, partial: p.partial, ...presentNps(p.nps) })) } : {}),
    groups: b.groups.map((g, i) => ({ key: g.key, other: g.other, share: g.share, ...presentNps(g), ...(heatmap ? { cells: heatmap.cells[i].map(presentNps) } : {}) })),
  })
}

/** The breakdown as CSV: each group over the period, and with `unit` in each period; then all groups together. */
export async function getBreakdownCsv(c: QueryContext<typeof BreakdownQuery>) {
  const { scope, by, b, heatmap } = await readBreakdown(c)
  return csvDownload(breakdownCsv(scope, by, b, heatmap), fileName(`nps-by-${by}`, scope))
}

/** The group value `(none)` stands for answers without a value. */
const NONE = '(none)'

export async function getComparison(c: QueryContext<typeof CompareQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const scope = await scopeOf(deps, project, q)
  const f = { surveyIds: scope.surveyIds, start: scope.start, end: scope.end }
  const periods = q.base_from !== undefined || q.base_to !== undefined
  const groups = q.by !== undefined || q.base !== undefined || q.value !== undefined
  if (periods === groups) {
    throw new ApiError(422, 'validation_failed', 'Compare two periods (base_from and base_to) or two groups (by, base and value), one or the other.', [
      { field: periods ? 'by' : 'base_from', message: periods ? 'not with base_from/base_to' : 'give base_from and base_to, or by, base and value' },
    ])
  }
  let labels: [string, string]
  let statements
  if (periods) {
    if (!q.base_from || !q.base_to) throw new ApiError(422, 'validation_failed', 'Give both ends of the base period.', [{ field: q.base_from ? 'base_to' : 'base_from', message: 'required' }])
    const base = periodOf(project, q.base_from, q.base_to, ['base_from', 'base_to'])
    labels = [`${q.base_from}..${q.base_to}`, `${q.from}..${q.to}`]
    const pa = pieces([[base.start, base.end]], { hours: true })
    const pb = pieces([[scope.start, scope.end]], { hours: true })
    statements =
      pa && pb
        ? [countedRollupStatement(project.id, scope.surveyIds, pa), countedRollupStatement(project.id, scope.surveyIds, pb)]
        : [countsStatement(project.id, { ...f, start: base.start, end: base.end }), countsStatement(project.id, f)]
  } else {
    const missing = (['by', 'base', 'value'] as const).filter((k) => q[k] === undefined)
    if (missing.length > 0) throw new ApiError(422, 'validation_failed', 'Give by, base and value to compare two groups.', missing.map((field) => ({ field, message: 'required' })))
    const value = (s: string) => (s === NONE ? null : s)
    labels = [q.base!, q.value!]
    const ps = pieces([[scope.start, scope.end]], { hours: true })
    const rolled = rolledUp(q.by!) && (q.by !== 'survey' || ps !== null)
    const group = (v: string | null) => groupRollupStatement(project.id, scope.surveyIds, scope.start, scope.end, q.by!, v, ps)
    statements = rolled
      ? [group(value(q.base!)), group(value(q.value!))]
      : [groupCountsStatement(project.id, f, q.by!, value(q.base!)), groupCountsStatement(project.id, f, q.by!, value(q.value!))]
  }
  const [a, b] = await deps.db.read(statements)
  const cmp = comparePeriods(countsOf(first<CountsRow>(a)), countsOf(first<CountsRow>(b)))
  return c.json({
    ...presentScope(scope),
    ...(periods ? {} : { by: q.by }),
    base: { label: labels[0], ...presentNps(cmp.a) },
    value: { label: labels[1], ...presentNps(cmp.b) },
    difference: cmp.difference,
    margin_of_error: cmp.marginOfError,
    interval: cmp.interval,
    significant: cmp.significant,
    low_confidence: cmp.lowConfidence,
  })
}
