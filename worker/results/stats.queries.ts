/**
 * The figures' SQL: every statement aggregates in the database (GROUP BY) and returns a
 * handful of rows — counts per bucket, per excluded flag set, per time bucket or per
 * group — never the answers themselves. The maths on those counts is shared/stats.
 * @module
 */
import type { InStatement, InValue } from '@libsql/client'
import { displays, invitations, responses } from '../db/schema'
import { names } from '../db/sql'
import { propertyText, whereOf, type AnswerFilter } from './filters'

const R = names(responses)
const D = names(displays)
const I = names(invitations)

/** The three bucket counts of counted answers, as `promoters`, `passives`, `detractors`. */
const COUNTS = `SUM(${R.counted} = 1 AND ${R.score} >= 9) AS promoters, SUM(${R.counted} = 1 AND ${R.score} BETWEEN 7 AND 8) AS passives,
  SUM(${R.counted} = 1 AND ${R.score} <= 6) AS detractors`

export interface CountsRow {
  promoters: number | null
  passives: number | null
  detractors: number | null
}
export interface FlagsRow {
  flags: string
  answers: number
}
export interface DisplaysRow {
  displays: number
  dismissals: number | null
}
export interface FunnelRow {
  invitations: number
  displayed: number | null
  answered: number | null
}
export interface BucketRow extends CountsRow {
  i: number
  excluded: number | null
}
export interface GroupRow extends CountsRow {
  key: string | number | null
}

export interface Range {
  surveyIds: string[]
  start: number
  end: number
}

const inList = (xs: string[]) => xs.map(() => '?').join(', ')

/** Counted answers by bucket, for the answers `f` selects. */
export function countsStatement(projectId: string, f: AnswerFilter): InStatement {
  const w = whereOf(projectId, f)
  return { sql: `SELECT ${COUNTS} FROM ${R.$} WHERE ${w.sql}`, args: w.args }
}

/** Answers left out, grouped by their stored flags (a few distinct texts); the worker names the reason. */
export function excludedStatement(projectId: string, f: AnswerFilter): InStatement {
  const w = whereOf(projectId, { ...f, counted: false })
  return { sql: `SELECT ${R.flags} AS flags, COUNT(*) AS answers FROM ${R.$} WHERE ${w.sql} GROUP BY ${R.flags}`, args: w.args }
}

/** Surveys shown and closed with "not now" in the range. */
export function displaysStatement(projectId: string, r: Range): InStatement {
  return {
    sql: `SELECT COUNT(*) AS displays, SUM(${D.dismissedAt} IS NOT NULL) AS dismissals FROM ${D.$}
          WHERE ${D.projectId} = ? AND ${D.surveyId} IN (${inList(r.surveyIds)}) AND ${D.createdAt} >= ? AND ${D.createdAt} < ?`,
    args: [projectId, ...r.surveyIds, r.start, r.end],
  }
}

/** Transactional: invitations opened in the range, how many the person was shown, how many were answered (counted). */
export function funnelStatement(projectId: string, r: Range): InStatement {
  return {
    sql: `SELECT COUNT(*) AS invitations,
            SUM(EXISTS (SELECT 1 FROM ${D.$} WHERE ${D.projectId} = i.${I.projectId} AND ${D.respondentKey} = i.${I.respondentKey}
              AND ${D.surveyId} = i.${I.surveyId} AND ${D.triggerKey} = i.${I.triggerKey})) AS displayed,
            SUM(i.${I.answeredAt} IS NOT NULL) AS answered
          FROM ${I.$} AS i WHERE i.${I.projectId} = ? AND i.${I.surveyId} IN (${inList(r.surveyIds)}) AND i.${I.createdAt} >= ? AND i.${I.createdAt} < ?`,
    args: [projectId, ...r.surveyIds, r.start, r.end],
  }
}

/**
 * The index of the bucket `created_at` falls in, as a balanced tree of CASEs over the
 * sorted edges: ~log2(buckets) comparisons per row (9 for a year of days), not one per
 * bucket. Edges are numbers the worker computed, written into the SQL as integers.
 * @example bucketCase('t', [0, 10, 20, 30]) // CASE WHEN t < 10 THEN 0 ELSE CASE WHEN t < 20 THEN 1 ELSE 2 END END
 */
export function bucketCase(column: string, edges: readonly number[]): string {
  for (const e of edges) if (!Number.isSafeInteger(e)) throw new RangeError(`edge ${e} is not an integer`)
  const tree = (lo: number, hi: number): string => {
    // Buckets lo..hi-1; bucket k is [edges[k], edges[k + 1]).
    if (hi - lo === 1) return String(lo)
    const mid = (lo + hi) >>> 1
    return `CASE WHEN ${column} < ${edges[mid]} THEN ${tree(lo, mid)} ELSE ${tree(mid, hi)} END`
  }
  return tree(0, edges.length - 1)
}

/** Counts per time bucket (only buckets with answers come back). */
export function trendStatement(projectId: string, f: AnswerFilter, edges: readonly number[]): InStatement {
  const w = whereOf(projectId, { ...f, start: edges[0], end: edges[edges.length - 1] })
  return {
    sql: `SELECT ${bucketCase(R.createdAt, edges)} AS i, ${COUNTS}, SUM(${R.counted} = 0) AS excluded FROM ${R.$} WHERE ${w.sql} GROUP BY i`,
    args: w.args,
  }
}

/** The SQL value an answer has in a dimension (see `Dimension` in the contract). */
export function dimensionExpr(by: string): string {
  const simple: Record<string, string> = {
    channel: R.channel,
    locale: R.locale,
    platform: R.platform,
    segment: R.segment,
    app_version: R.appVersion,
    source: R.source,
    survey: R.surveyId,
    returning: `CASE ${R.returning} WHEN 1 THEN 'returning' WHEN 0 THEN 'new' END`,
  }
  if (by in simple) return simple[by]
  const m = /^(trait|attribute)\.(.+)$/.exec(by)
  if (!m) throw new RangeError(`unknown dimension ${by}`)
  return propertyText(m[1] === 'trait' ? R.traits : R.attributes, m[2])
}

/** Counted answers per value of a dimension. */
export function breakdownStatement(projectId: string, f: AnswerFilter, by: string): InStatement {
  const w = whereOf(projectId, { ...f, counted: true })
  return { sql: `SELECT ${dimensionExpr(by)} AS key, ${COUNTS} FROM ${R.$} WHERE ${w.sql} GROUP BY key`, args: w.args }
}

/** Counted answers whose dimension has `value` (null: answers without one). */
export function groupCountsStatement(projectId: string, f: AnswerFilter, by: string, value: string | null): InStatement {
  const w = whereOf(projectId, { ...f, counted: true })
  const expr = dimensionExpr(by)
  const cond = value === null ? `${expr} IS NULL` : `${expr} = ?`
  const args: InValue[] = value === null ? w.args : [...w.args, value]
  return { sql: `SELECT ${COUNTS} FROM ${R.$} WHERE ${w.sql} AND ${cond}`, args }
}

/**
 * Counted answers per time bucket and value of a dimension (a heatmap), from the answers:
 * rows (i, key, promoters, passives, detractors), only pairs with answers. Each bucket is a
 * range of the survey-time index carrying its index (no comparison per row). The rollups'
 * version is `breakdownTrendRollupStatement`.
 */
export function breakdownTrendStatement(projectId: string, f: AnswerFilter, by: string, edges: readonly number[]): InStatement {
  const w = whereOf(projectId, { ...f, counted: true })
  const ranges = edges.slice(1).map((e, i) => [edges[i], e, i] as const)
  for (const r of ranges) if (!r.every(Number.isSafeInteger)) throw new RangeError(`range ${r.join(', ')} is not in integers`)
  const cte = `WITH q(a, b, i) AS (VALUES ${ranges.length > 0 ? ranges.map((r) => `(${r.join(', ')})`).join(', ') : '(0, 0, 0)'})`
  return {
    sql: `${cte} SELECT q.i AS i, ${dimensionExpr(by)} AS key, ${COUNTS} FROM q CROSS JOIN ${R.$}
      WHERE ${w.sql} AND ${R.createdAt} >= q.a AND ${R.createdAt} < q.b GROUP BY q.i, key`,
    args: w.args,
  }
}
