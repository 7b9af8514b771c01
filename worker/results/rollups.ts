/**
 * The figures read from the rollups (`answer_rollups`, `display_rollups` in
 * worker/db/schema.ts), kept in the same transaction as each answer and display (answers
 * folded in at the end of each write transaction by worker/db/fold.ts, edits moved by the
 * triggers of migrations 0008_results_rollups and 0013_rollups_folded_per_commit; displays
 * by the triggers of 0008), instead of scanning the answers.
 *
 * A period [start, end) of all answers is cut into pieces: whole UTC days inside it read
 * at the day grain, the parts at its ends in hours and quarter hours. A local midnight in
 * any zone in use today is on a quarter hour, so a period of local dates always cuts
 * cleanly; a bound off the quarter hours (a historical offset such as LMT) makes
 * {@link pieces} return null and the caller asks the answers themselves
 * (stats.queries.ts). A trend's buckets are cut the same way, so every rollup row it reads
 * lies inside one bucket and `bucketCase` over the row's slot start puts it there. The
 * dimensions are kept by day only: their part-days come from the answers ({@link daySplit}).
 *
 * Only the fixed dimensions are rolled up (and `survey`, from the all-answers rows);
 * breakdowns and comparisons by `trait.KEY` or `attribute.KEY` read the answers.
 * @module
 */
import type { InStatement, InValue } from '@libsql/client'
import { answerRollups, displayRollups, responses } from '../db/schema'
import { names } from '../db/sql'
import type { FlagsRow } from './stats.queries'
import { bucketCase, dimensionExpr } from './stats.queries'

const A = names(answerRollups)
const D = names(displayRollups)
const R = names(responses)

/** The grains' widths in ms: grain 0 = 15 minutes, 1 = one UTC day, 2 = one hour (all-answers rows only). */
export const SLOT_MS = 900_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

/** The dimensions rolled up, besides '' (all answers) and `survey` (read from ''). */
export const ROLLED_UP = new Set(['channel', 'platform', 'segment', 'locale', 'returning', 'app_version', 'source'])

/** Whether a breakdown or group comparison by `by` can read the rollups. */
export const rolledUp = (by: string) => by === 'survey' || ROLLED_UP.has(by)

export interface Piece {
  grain: 0 | 1 | 2
  from: number
  to: number
}

/**
 * The ranges [from, to) as rollup pieces: whole UTC days at grain 1, then (with `hours`,
 * for the all-answers rows, which have them) whole hours at grain 2, the rest in quarter
 * hours at grain 0; adjacent pieces of one grain are merged. Null when a bound is not on
 * a quarter hour (the rollups cannot answer; read the answers).
 * @example pieces([[Date.UTC(2026, 0, 1, 22), Date.UTC(2026, 0, 4, 22)]])
 * // [{grain: 0, 22:00..24:00 Jan 1}, {grain: 1, Jan 2..Jan 4}, {grain: 0, 00:00..22:00 Jan 4}]
 */
export function pieces(ranges: ReadonlyArray<readonly [number, number]>, o: { hours?: boolean } = {}): Piece[] | null {
  const out: Piece[] = []
  const push = (grain: Piece['grain'], from: number, to: number) => {
    if (from >= to) return
    const last = out[out.length - 1]
    if (last && last.grain === grain && last.to === from) last.to = to
    else out.push({ grain, from, to })
  }
  const levels: [Piece['grain'], number][] = o.hours ? [[1, DAY_MS], [2, HOUR_MS], [0, SLOT_MS]] : [[1, DAY_MS], [0, SLOT_MS]]
  // The coarsest grain that fits in the middle, finer ones at the two ends, in order.
  const cut = (s: number, e: number, level: number) => {
    if (s >= e) return
    const [grain, w] = levels[level]
    if (level === levels.length - 1) return push(grain, s, e)
    const a = Math.ceil(s / w) * w
    const b = Math.floor(e / w) * w
    if (a < b) {
      cut(s, a, level + 1)
      push(grain, a, b)
      cut(b, e, level + 1)
    } else cut(s, e, level + 1)
  }
  for (const [s, e] of ranges) {
    if (!Number.isSafeInteger(s) || !Number.isSafeInteger(e) || s % SLOT_MS !== 0 || e % SLOT_MS !== 0) return null
    cut(s, e, 0)
  }
  return out
}

/** The pieces as a CTE `p(g, a, b)`; the numbers are checked integers written into the SQL. */
function piecesCte(ps: readonly Piece[]): string {
  // A CTE needs a row; a piece that selects nothing stands in for none.
  const rows = ps.length > 0 ? ps.map((p) => `(${p.grain}, ${p.from}, ${p.to})`) : ['(0, 0, 0)']
  return `WITH p(g, a, b) AS (VALUES ${rows.join(', ')})`
}

const inList = (xs: readonly string[]) => xs.map(() => '?').join(', ')

/** Rollup rows of `dim` in the pieces; `p` drives the loop so each piece is a range of the key. */
function fromRollups(projectId: string, surveyIds: readonly string[], dim: string, ps: readonly Piece[]) {
  return {
    sql: `${piecesCte(ps)} SELECT %s FROM p CROSS JOIN ${A.$} AS r
      WHERE r.${A.projectId} = ? AND r.${A.surveyId} IN (${inList(surveyIds)}) AND r.${A.dim} = ? AND r.${A.grain} = p.g AND r.${A.slot} >= p.a AND r.${A.slot} < p.b`,
    args: [projectId, ...surveyIds, dim] as InValue[],
  }
}

const COUNTED = `SUM(r.${A.promoters}) AS promoters, SUM(r.${A.passives}) AS passives, SUM(r.${A.detractors}) AS detractors`
const ALL = `r.${A.promoters} + r.${A.passives} + r.${A.detractors}`

export interface ClassRow {
  class: string
  promoters: number | null
  passives: number | null
  detractors: number | null
}

/** Counts per class ('' = counted, else the stored flags text) of all answers in the pieces. */
export function classCountsStatement(projectId: string, surveyIds: readonly string[], ps: readonly Piece[]): InStatement {
  const f = fromRollups(projectId, surveyIds, '', ps)
  return { sql: `${f.sql.replace('%s', `r.${A.class} AS class, ${COUNTED}`)} GROUP BY r.${A.class}`, args: f.args }
}

/** The counted answers' bucket counts among class rows. */
export function countedOf(rows: readonly ClassRow[]) {
  const r = rows.find((x) => x.class === '')
  return { promoters: Number(r?.promoters ?? 0), passives: Number(r?.passives ?? 0), detractors: Number(r?.detractors ?? 0) }
}

/** The uncounted answers among class rows, as the raw query's flags rows (empty classes left out). */
export function flagsOf(rows: readonly ClassRow[]): FlagsRow[] {
  return rows
    .filter((x) => x.class !== '')
    .map((x) => ({ flags: x.class, answers: Number(x.promoters ?? 0) + Number(x.passives ?? 0) + Number(x.detractors ?? 0) }))
    .filter((x) => x.answers !== 0)
}

/** Displays and dismissals in the pieces. */
export function displayCountsStatement(projectId: string, surveyIds: readonly string[], ps: readonly Piece[]): InStatement {
  return {
    sql: `${piecesCte(ps)} SELECT SUM(r.${D.displays}) AS displays, SUM(r.${D.dismissals}) AS dismissals FROM p CROSS JOIN ${D.$} AS r
      WHERE r.${D.projectId} = ? AND r.${D.surveyId} IN (${inList(surveyIds)}) AND r.${D.grain} = p.g AND r.${D.slot} >= p.a AND r.${D.slot} < p.b`,
    args: [projectId, ...surveyIds],
  }
}

/** Counted and excluded answers per trend bucket (same rows as `trendStatement`); null when the edges are off the quarter hours. */
export function trendRollupStatement(projectId: string, surveyIds: readonly string[], edges: readonly number[]): InStatement | null {
  const ps = pieces(edges.slice(1).map((e, i) => [edges[i], e] as const), { hours: true })
  if (!ps) return null
  const f = fromRollups(projectId, surveyIds, '', ps)
  const counted = (c: string) => `SUM(CASE WHEN r.${A.class} = '' THEN r.${c} END) AS ${c}`
  const select = `${bucketCase(`r.${A.slot}`, edges)} AS i, ${counted(A.promoters)}, ${counted(A.passives)}, ${counted(A.detractors)},
    SUM(CASE WHEN r.${A.class} <> '' THEN ${ALL} END) AS excluded`
  return { sql: `${f.sql.replace('%s', select)} GROUP BY i`, args: f.args }
}

/** A dimension value as the rollups store it: '' for none, else '=' and the value. */
export const encodeValue = (v: string | null) => (v === null ? '' : `=${v}`)
const decodeValue = (v: string) => (v === '' ? null : v.slice(1))

/**
 * The dimensions' rows are kept per UTC day only (a quarter-hour grain for each would
 * cost the fold 7 more rows per distinct answer): a period reads the whole UTC days inside
 * it from the rollups and the part-days at its two ends from the answers, through the
 * survey-time index — at most half a day at each end (see dimensionRows).
 */
export function daySplit(start: number, end: number): { days: [number, number] | null; rest: [number, number][] } {
  const ds = Math.ceil(start / DAY_MS) * DAY_MS
  const de = Math.floor(end / DAY_MS) * DAY_MS
  if (!(ds < de)) return { days: null, rest: start < end ? [[start, end]] : [] }
  return { days: [ds, de], rest: ([[start, ds], [de, end]] as [number, number][]).filter(([a, b]) => a < b) }
}

/**
 * Counted answers of a rolled-up dimension in [start, end) as rows (key, promoters,
 * passives, detractors), key encoded. A part-day longer than half a day (a period's end
 * at a local midnight that is not UTC's: 22 hours of a UTC day in Kyiv) is read as its
 * whole UTC day from the day rows minus the rest of that day from the answers, so the
 * answers read are never more than half a day at each end.
 */
function dimensionRows(projectId: string, surveyIds: readonly string[], start: number, end: number, by: string): { sql: string; args: InValue[] } {
  const { days, rest } = daySplit(start, end)
  const parts: string[] = []
  const args: InValue[] = []
  const dayRows = (a: number, b: number) => {
    parts.push(`SELECT r.${A.value} AS key, r.${A.promoters} AS p, r.${A.passives} AS s, r.${A.detractors} AS d FROM ${A.$} AS r
      WHERE r.${A.projectId} = ? AND r.${A.surveyId} IN (${inList(surveyIds)}) AND r.${A.dim} = ? AND r.${A.grain} = 1
        AND r.${A.slot} >= ? AND r.${A.slot} < ? AND r.${A.class} = ''`)
    args.push(projectId, ...surveyIds, by, a, b)
  }
  const expr = dimensionExpr(by)
  const answerRows = (a: number, b: number, sign: '' | '-') => {
    parts.push(`SELECT CASE WHEN ${expr} IS NULL THEN '' ELSE '=' || ${expr} END AS key, ${sign}(${R.score} >= 9) AS p, ${sign}(${R.score} BETWEEN 7 AND 8) AS s, ${sign}(${R.score} <= 6) AS d
      FROM ${R.$} WHERE ${R.projectId} = ? AND ${R.surveyId} IN (${inList(surveyIds)}) AND ${R.createdAt} >= ? AND ${R.createdAt} < ? AND ${R.counted} = 1`)
    args.push(projectId, ...surveyIds, a, b)
  }
  if (days) dayRows(days[0], days[1])
  for (const [a, b] of rest) {
    const d = Math.floor(a / DAY_MS) * DAY_MS
    const oneDay = Math.floor((b - 1) / DAY_MS) * DAY_MS === d
    if (oneDay && b - a > DAY_MS / 2) {
      dayRows(d, d + DAY_MS)
      if (d < a) answerRows(d, a, '-')
      if (b < d + DAY_MS) answerRows(b, d + DAY_MS, '-')
    } else answerRows(a, b, '')
  }
  // No rows at all for an empty period.
  if (parts.length === 0) parts.push(`SELECT '' AS key, 0 AS p, 0 AS s, 0 AS d WHERE 0`)
  return { sql: parts.join(' UNION ALL '), args }
}

/**
 * Counted answers per value of a rolled-up dimension (rows like `breakdownStatement`'s,
 * `key` encoded: read it with {@link keyOf}). `survey` reads the all-answers rows in `ps`.
 */
export function breakdownRollupStatement(projectId: string, surveyIds: readonly string[], start: number, end: number, by: string, ps: readonly Piece[] | null): InStatement {
  if (by === 'survey') {
    if (!ps) throw new RangeError('survey breakdown needs pieces')
    const f = fromRollups(projectId, surveyIds, '', ps)
    return { sql: `${f.sql.replace('%s', `'=' || r.${A.surveyId} AS key, ${COUNTED}`)} AND r.${A.class} = '' GROUP BY key HAVING SUM(${ALL}) <> 0`, args: f.args }
  }
  const x = dimensionRows(projectId, surveyIds, start, end, by)
  return {
    sql: `SELECT key, SUM(p) AS promoters, SUM(s) AS passives, SUM(d) AS detractors FROM (${x.sql}) GROUP BY key HAVING SUM(p + s + d) <> 0`,
    args: x.args,
  }
}

/** A breakdown rollup row's key as the raw query gives it. */
export const keyOf = (k: unknown) => decodeValue(String(k))

/** Counted answers whose rolled-up dimension has `value` (null: answers without one). */
export function groupRollupStatement(projectId: string, surveyIds: readonly string[], start: number, end: number, by: string, value: string | null, ps: readonly Piece[] | null): InStatement {
  if (by === 'survey') {
    if (!ps) throw new RangeError('survey comparison needs pieces')
    const f = fromRollups(projectId, surveyIds, '', ps)
    return { sql: `${f.sql.replace('%s', COUNTED)} AND r.${A.class} = '' AND r.${A.surveyId} IS ?`, args: [...f.args, value] }
  }
  const x = dimensionRows(projectId, surveyIds, start, end, by)
  return {
    sql: `SELECT SUM(p) AS promoters, SUM(s) AS passives, SUM(d) AS detractors FROM (${x.sql}) WHERE key = ?`,
    args: [...x.args, encodeValue(value)],
  }
}

/** Counted answers in the pieces (rows like `countsStatement`'s). */
export function countedRollupStatement(projectId: string, surveyIds: readonly string[], ps: readonly Piece[]): InStatement {
  const f = fromRollups(projectId, surveyIds, '', ps)
  return { sql: `${f.sql.replace('%s', COUNTED)} AND r.${A.class} = ''`, args: f.args }
}

/** Ranges with their bucket as a CTE `name(a, b, i)`; the numbers are checked integers written into the SQL. */
function rangesCte(name: string, list: readonly (readonly [number, number, number])[]): string {
  for (const r of list) if (!r.every(Number.isSafeInteger)) throw new RangeError(`range ${r.join(', ')} is not in integers`)
  // A CTE needs a row; an empty range stands in for none.
  const rows = list.length > 0 ? list.map(([a, b, i]) => `(${a}, ${b}, ${i})`) : ['(0, 0, 0)']
  return `${name}(a, b, i) AS (VALUES ${rows.join(', ')})`
}

/** How a heatmap reads its buckets: whole UTC days from the day rows, the rest from the answers. */
export interface HeatmapReads {
  /** [from, to, bucket]: UTC-day rows whose counts go to `bucket`. */
  days: [number, number, number][]
  /**
   * [from, to, bucket, whole]: answers read from the index. Their counts go to `bucket`
   * (−1: outside the period) and, when `whole` ≥ 0, are taken off bucket `whole`, which was
   * given the whole UTC day they lie in.
   */
  answers: [number, number, number, number][]
}

/**
 * The reads of a heatmap over buckets `edges`. A UTC day inside one bucket is a day row.
 * A UTC day cut by an edge (a local midnight that is not UTC's) is read the cheaper of two
 * ways: its pieces inside the period from the answers; or its day row given to the bucket
 * holding its largest piece, and the other pieces (inside the period or not) read from the
 * answers and moved — so in Kyiv a week reads the 2–3 hours before local midnight, not a day.
 * @example heatmapReads([Date.UTC(2026, 0, 4, 22), Date.UTC(2026, 0, 11, 22)]) // one Kyiv week
 * // days: [[Jan 5, Jan 12, 0]] (Jan 11 whole, its last 2 hours taken off again),
 * // answers: [[Jan 4 22:00, Jan 5, 0, -1], [Jan 11 22:00, Jan 12, -1, 0]]
 */
export function heatmapReads(edges: readonly number[]): HeatmapReads {
  const days: [number, number, number][] = []
  const answers: [number, number, number, number][] = []
  const first = edges[0]
  const last = edges[edges.length - 1]
  const day = (a: number, b: number, i: number) => {
    const prev = days[days.length - 1]
    if (prev && prev[1] === a && prev[2] === i) prev[1] = b
    else days.push([a, b, i])
  }
  let k = 0 // the first bucket that may overlap the day
  for (let d = Math.floor(first / DAY_MS) * DAY_MS; d < last; d += DAY_MS) {
    const e = d + DAY_MS
    // The day's pieces: [from, to, bucket or −1].
    const ps: [number, number, number][] = []
    if (d < first) ps.push([d, first, -1])
    while (k + 1 < edges.length && edges[k + 1] <= d) k++
    for (let j = k; j + 1 < edges.length && edges[j] < e; j++) {
      const a = Math.max(d, edges[j])
      const b = Math.min(e, edges[j + 1])
      if (a < b) ps.push([a, b, j])
    }
    if (last < e) ps.push([last, e, -1])
    if (ps.length === 1) {
      day(d, e, ps[0][2])
      continue
    }
    const inside = ps.filter((p) => p.at(2)! >= 0)
    const largest = inside.reduce((x, p) => (p[1] - p[0] > x[1] - x[0] ? p : x))
    const direct = inside.reduce((s, p) => s + p[1] - p[0], 0)
    if (direct <= DAY_MS - (largest[1] - largest[0])) {
      for (const [a, b, i] of inside) answers.push([a, b, i, -1])
    } else {
      day(d, e, largest[2])
      for (const p of ps) if (p !== largest) answers.push([p[0], p[1], p[2], largest[2]])
    }
  }
  return { days, answers }
}

/** Rows of integers as a CTE `name(columns)`; the numbers are checked and written into the SQL. */
function valuesCte(name: string, columns: string, list: readonly (readonly number[])[], none: string): string {
  for (const r of list) if (!r.every(Number.isSafeInteger)) throw new RangeError(`${r.join(', ')} are not all integers`)
  // A CTE needs a row; one that selects nothing stands in for none.
  return `${name}(${columns}) AS (VALUES ${list.length > 0 ? list.map((r) => `(${r.join(', ')})`).join(', ') : none})`
}

/**
 * Counted answers per trend bucket and value of a rolled-up dimension — a heatmap — as
 * rows (i, key, promoters, passives, detractors) like `breakdownTrendStatement`'s (`key`
 * as the answers hold it, null for none), read as {@link heatmapReads} plans: day rows by
 * their key, the few hours around the local midnights from the answers' survey-time index
 * (each range carries its bucket, so no row is placed by a comparison). `survey` reads the
 * all-answers rows cut like a trend's; null then when an edge is off the quarter hours.
 */
export function breakdownTrendRollupStatement(projectId: string, surveyIds: readonly string[], edges: readonly number[], by: string): InStatement | null {
  if (edges.length < 2) throw new RangeError('a heatmap needs at least one bucket')
  if (by === 'survey') {
    const ps = pieces(edges.slice(1).map((e, i) => [edges[i], e] as const), { hours: true })
    if (!ps) return null
    const f = fromRollups(projectId, surveyIds, '', ps)
    const select = `${bucketCase(`r.${A.slot}`, edges)} AS i, r.${A.surveyId} AS key, ${COUNTED}`
    return { sql: `${f.sql.replace('%s', select)} AND r.${A.class} = '' GROUP BY i, key HAVING SUM(${ALL}) <> 0`, args: f.args }
  }
  const plan = heatmapReads(edges)
  return {
    sql: `WITH ${valuesCte('dd', 'a, b, i', plan.days, '(0, 0, 0)')}, ${valuesCte('pd', 'a, b, i, j', plan.answers, '(0, 0, -1, -1)')},
      x AS (SELECT pd.i AS i, pd.j AS j, ${dimensionExpr(by)} AS key, SUM(${R.score} >= 9) AS np, SUM(${R.score} BETWEEN 7 AND 8) AS ns, SUM(${R.score} <= 6) AS nd
        FROM pd CROSS JOIN ${R.$}
        WHERE ${R.projectId} = ? AND ${R.surveyId} IN (${inList(surveyIds)}) AND ${R.createdAt} >= pd.a AND ${R.createdAt} < pd.b AND ${R.counted} = 1
        GROUP BY pd.i, pd.j, key)
      SELECT i, key, SUM(np) AS promoters, SUM(ns) AS passives, SUM(nd) AS detractors FROM (
        SELECT dd.i AS i, CASE WHEN r.${A.value} = '' THEN NULL ELSE substr(r.${A.value}, 2) END AS key, r.${A.promoters} AS np, r.${A.passives} AS ns, r.${A.detractors} AS nd
          FROM dd CROSS JOIN ${A.$} AS r
          WHERE r.${A.projectId} = ? AND r.${A.surveyId} IN (${inList(surveyIds)}) AND r.${A.dim} = ? AND r.${A.grain} = 1
            AND r.${A.slot} >= dd.a AND r.${A.slot} < dd.b AND r.${A.class} = ''
        UNION ALL SELECT i, key, np, ns, nd FROM x WHERE i >= 0
        UNION ALL SELECT j, key, -np, -ns, -nd FROM x WHERE j >= 0)
      GROUP BY i, key HAVING SUM(np + ns + nd) <> 0`,
    args: [projectId, ...surveyIds, projectId, ...surveyIds, by],
  }
}
