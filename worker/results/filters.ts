/**
 * Answer filters as SQL: the one WHERE clause the answer list, the export and the figures
 * share, so "the same filters" means the same rows. Values travel as arguments; the only
 * text put into the SQL is a trait or attribute key, which the contract limited to
 * letters, digits, `_ . -` (it ends up inside a quoted JSON path).
 * @module
 */
import type { InValue } from '@libsql/client'
import type { Bucket } from '../../shared/nps'
import type { ExportQuery } from '../../shared/results-contract'
import { PropertyKey } from '../../shared/results-contract'
import { responses } from '../db/schema'
import { names } from '../db/sql'
import type { Deps } from '../deps'
import type { Project } from '../projects'
import type { PropertyFilters } from './query'
import { periodOf, surveysOf } from './scope'

const R = names(responses)

export interface AnswerFilter {
  surveyIds?: string[]
  start?: number
  end?: number
  bucket?: Bucket
  scoreMin?: number
  scoreMax?: number
  channel?: string
  locale?: string
  platform?: string
  segment?: string
  appVersion?: string
  source?: string
  returning?: boolean
  hasComment?: boolean
  counted?: boolean
  flagged?: boolean
  flag?: string
  preview?: boolean
  traits?: Record<string, string>
  attributes?: Record<string, string>
  theme?: string
  themeSentiment?: string
}

export interface Where {
  sql: string
  args: InValue[]
}

const bool = (s: string | undefined) => (s === undefined ? undefined : s === 'true')
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s))

/** The checked query as a filter: surveys looked up, dates read in the project's zone. */
export async function filterOf(deps: Deps, project: Project, q: ExportQuery & PropertyFilters): Promise<AnswerFilter> {
  const f: AnswerFilter = {
    bucket: q.bucket,
    scoreMin: num(q.score_min),
    scoreMax: num(q.score_max),
    channel: q.channel,
    locale: q.locale,
    platform: q.platform,
    segment: q.segment,
    appVersion: q.app_version,
    source: q.source,
    returning: bool(q.returning),
    hasComment: bool(q.has_comment),
    counted: bool(q.counted),
    flagged: bool(q.flagged),
    flag: q.flag,
    preview: bool(q.preview),
    traits: q.traits,
    attributes: q.attributes,
    theme: q.theme,
    themeSentiment: q.theme_sentiment,
  }
  if (q.survey) f.surveyIds = (await surveysOf(deps, project, q.survey)).map((s) => s.id)
  if (q.from || q.to) {
    // One end given: the period is that single day on that side, open on the other.
    const p = periodOf(project, q.from ?? '1000-01-01', q.to ?? '9999-12-30')
    f.start = q.from ? p.start : undefined
    f.end = q.to ? p.end : undefined
  }
  return f
}

/**
 * A JSON value of a trait or attribute as text: strings as they are, numbers and booleans
 * as JSON writes them (42, true), so `trait.vip=true` matches `{"vip": true}`.
 */
export function propertyText(column: string, key: string): string {
  if (!PropertyKey.test(key)) throw new Error(`unsafe property key ${key}`)
  const path = `'$."${key}"'`
  return `(CASE json_type(${column}, ${path}) WHEN 'text' THEN ${column} ->> ${path} ELSE ${column} -> ${path} END)`
}

const hasFlag = (flag: string) => `EXISTS (SELECT 1 FROM json_each(${R.flags}) WHERE value = ${flag})`

/** `project_id = ? AND …` for the filter, with its arguments in order. */
export function whereOf(projectId: string, f: AnswerFilter): Where {
  const parts: string[] = [`${R.projectId} = ?`]
  const args: InValue[] = [projectId]
  const add = (sql: string, ...values: InValue[]) => {
    parts.push(sql)
    args.push(...values)
  }
  if (f.surveyIds) add(`${R.surveyId} IN (${f.surveyIds.map(() => '?').join(', ')})`, ...f.surveyIds)
  if (f.start !== undefined) add(`${R.createdAt} >= ?`, f.start)
  if (f.end !== undefined) add(`${R.createdAt} < ?`, f.end)
  if (f.bucket === 'promoter') add(`${R.score} >= 9`)
  if (f.bucket === 'passive') add(`${R.score} BETWEEN 7 AND 8`)
  if (f.bucket === 'detractor') add(`${R.score} <= 6`)
  if (f.scoreMin !== undefined) add(`${R.score} >= ?`, f.scoreMin)
  if (f.scoreMax !== undefined) add(`${R.score} <= ?`, f.scoreMax)
  if (f.channel !== undefined) add(`${R.channel} = ?`, f.channel)
  if (f.locale !== undefined) add(`${R.locale} = ?`, f.locale)
  if (f.platform !== undefined) add(`${R.platform} = ?`, f.platform)
  if (f.segment !== undefined) add(`${R.segment} = ?`, f.segment)
  if (f.appVersion !== undefined) add(`${R.appVersion} = ?`, f.appVersion)
  if (f.source !== undefined) add(`${R.source} = ?`, f.source)
  if (f.returning !== undefined) add(`${R.returning} = ?`, f.returning ? 1 : 0)
  if (f.hasComment === true) add(`${R.comment} IS NOT NULL AND ${R.comment} <> ''`)
  if (f.hasComment === false) add(`(${R.comment} IS NULL OR ${R.comment} = '')`)
  if (f.counted !== undefined) add(`${R.counted} = ?`, f.counted ? 1 : 0)
  if (f.flagged === true) add(`${R.flags} <> '[]'`)
  if (f.flagged === false) add(`${R.flags} = '[]'`)
  if (f.flag !== undefined) add(hasFlag('?'), f.flag)
  if (f.preview === true) add(hasFlag(`'preview'`))
  if (f.preview === false) add(`NOT ${hasFlag(`'preview'`)}`)
  // Through response_themes' primary key (project, client id, theme).
  if (f.theme !== undefined || f.themeSentiment !== undefined) {
    const parts = [`t.project_id = ${R.$}.${R.projectId}`, `t.client_id = ${R.$}.${R.clientId}`]
    const values: InValue[] = []
    if (f.theme !== undefined) parts.push('t.theme = ?'), values.push(f.theme)
    if (f.themeSentiment !== undefined) parts.push('t.sentiment = ?'), values.push(f.themeSentiment)
    add(`EXISTS (SELECT 1 FROM response_themes t WHERE ${parts.join(' AND ')})`, ...values)
  }
  for (const [k, val] of Object.entries(f.traits ?? {})) add(`${propertyText(R.traits, k)} = ?`, val)
  for (const [k, val] of Object.entries(f.attributes ?? {})) add(`${propertyText(R.attributes, k)} = ?`, val)
  return { sql: parts.join(' AND '), args }
}
