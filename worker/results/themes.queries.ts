/**
 * The theme figures' reads: the scope's counted answers (totals) and, per theme, the
 * counted answers whose comment has it — from response_themes (index on project,
 * survey, time) joined to the answer by primary key for `counted` and the score, so an
 * analyst's exclusion or reinstatement is seen at once. Optionally grouped by time
 * bucket (a binary CASE over the bucket edges).
 * @module
 */
import type { InStatement, InValue } from '@libsql/client'
import { responses, responseThemes } from '../db/schema'
import { names } from '../db/sql'

const R = names(responses)
const T = names(responseThemes)

export interface ThemeScope {
  surveyIds: string[]
  start: number
  end: number
  theme?: string
}

export interface TotalsRow {
  i?: number | null
  promoters: number | null
  passives: number | null
  detractors: number | null
  comments: number | null
  detractorComments: number | null
}

export interface ThemeRow {
  i?: number | null
  theme: string
  promoters: number
  passives: number
  detractors: number
  negative: number
  positive: number
  neutral: number
}

/** The index of the bucket `column` falls in, edges[k] <= x < edges[k + 1], as a CASE tree. */
function bucketOf(column: string, edges: readonly number[]): string {
  const tree = (lo: number, hi: number): string => {
    if (hi - lo === 1) return String(lo)
    const mid = (lo + hi) >> 1
    return `CASE WHEN ${column} < ${Math.trunc(edges[mid])} THEN ${tree(lo, mid)} ELSE ${tree(mid, hi)} END`
  }
  return tree(0, edges.length - 1)
}

const COMMENTED = (a: string) => `${a}${R.comment} IS NOT NULL AND ${a}${R.comment} <> ''`

export function totalsStatement(projectId: string, s: ThemeScope, edges?: readonly number[]): InStatement {
  const i = edges ? `${bucketOf(R.createdAt, edges)} AS i, ` : ''
  return {
    sql: `SELECT ${i}SUM(${R.score} >= 9) AS promoters, SUM(${R.score} BETWEEN 7 AND 8) AS passives, SUM(${R.score} <= 6) AS detractors,
            SUM(${COMMENTED('')}) AS comments, SUM(${R.score} <= 6 AND ${COMMENTED('')}) AS detractorComments
          FROM ${R.$} WHERE ${R.projectId} = ? AND ${R.surveyId} IN (${s.surveyIds.map(() => '?').join(', ')})
            AND ${R.createdAt} >= ? AND ${R.createdAt} < ? AND ${R.counted} = 1${edges ? ' GROUP BY i' : ''}`,
    args: [projectId, ...s.surveyIds, s.start, s.end],
  }
}

export function themesStatement(projectId: string, s: ThemeScope, edges?: readonly number[]): InStatement {
  const i = edges ? `${bucketOf(`t.${T.createdAt}`, edges)} AS i, ` : ''
  const args: InValue[] = [projectId, ...s.surveyIds, s.start, s.end]
  if (s.theme !== undefined) args.push(s.theme)
  return {
    sql: `SELECT ${i}t.${T.theme} AS theme,
            SUM(r.${R.score} >= 9) AS promoters, SUM(r.${R.score} BETWEEN 7 AND 8) AS passives, SUM(r.${R.score} <= 6) AS detractors,
            SUM(t.${T.sentiment} = 'negative') AS negative, SUM(t.${T.sentiment} = 'positive') AS positive, SUM(t.${T.sentiment} = 'neutral') AS neutral
          FROM ${T.$} t INDEXED BY ${s.theme !== undefined ? 'response_themes_theme' : 'response_themes_time'} JOIN ${R.$} r ON r.${R.projectId} = t.${T.projectId} AND r.${R.clientId} = t.${T.clientId}
          WHERE t.${T.projectId} = ? AND t.${T.surveyId} IN (${s.surveyIds.map(() => '?').join(', ')})
            AND t.${T.createdAt} >= ? AND t.${T.createdAt} < ? AND r.${R.counted} = 1${s.theme !== undefined ? ` AND t.${T.theme} = ?` : ''}
          GROUP BY ${edges ? 'i, ' : ''}t.${T.theme}`,
    args,
  }
}
