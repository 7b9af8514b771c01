/**
 * Survey statements, one definition for every way a survey is made or changed: the
 * management API, the demo seeding and tests. Rules and content are stored as JSON
 * holding only what the owner set; reading merges them over the defaults. Every statement
 * is bounded by the project id, so another project's survey is simply not found.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { and, eq, getTableColumns, ne, sql } from 'drizzle-orm'
import { DEFAULT_SURVEY_RULES, withDefaults, type SurveyRules } from '../../shared/eligibility'
import { contentFromWire, rulesFromWire, rulesToWire, type StoredContent, type SurveyCreate, type SurveyInfo } from '../../shared/management'
import type { SurveyKind } from '../../shared/nps'
import { surveys } from '../db/schema'
import { names, pick, qb, stmt } from '../db/sql'
import { randomKey } from '../crypto'

export type SurveyRecord = typeof surveys.$inferSelect

export interface NewSurvey {
  id?: string
  projectId: string
  kind: SurveyKind
  name: string
  status?: 'active' | 'paused'
  rules?: Partial<SurveyRules>
  content?: StoredContent | Record<string, unknown>
}

/** A survey as the API's create body describes it, ready for `createSurveyStatement`. */
export function newSurvey(projectId: string, body: SurveyCreate, id?: string): NewSurvey {
  return { id, projectId, kind: body.kind, name: body.name, status: body.status, rules: rulesFromWire(body.rules), content: contentFromWire(body) }
}

/** The statement that creates a survey, and its id (random `srv_…` unless given). */
export function createSurveyStatement(s: NewSurvey, now: number): { id: string; statement: InStatement } {
  const id = s.id ?? randomKey('srv_', 12)
  const statement = stmt(
    qb.insert(surveys).values({
      id,
      projectId: s.projectId,
      kind: s.kind,
      name: s.name,
      status: s.status ?? 'active',
      rules: JSON.stringify(s.rules ?? {}),
      content: JSON.stringify(s.content ?? {}),
      createdAt: now,
    }),
  )
  return { id, statement }
}

const mine = (projectId: string, id: string) => and(eq(surveys.projectId, projectId), eq(surveys.id, id))

const S = names(surveys)
const ALL = Object.keys(getTableColumns(surveys)) as (keyof SurveyRecord)[]

export const readSurvey = (projectId: string, id: string): InStatement => ({
  sql: `SELECT ${pick(surveys, ALL)} FROM ${S.$} WHERE ${S.projectId} = ? AND ${S.id} = ?`,
  args: [projectId, id],
})

export const listSurveys = (projectId: string, includeArchived: boolean): InStatement => ({
  sql: `SELECT ${pick(surveys, ALL)} FROM ${S.$} WHERE ${S.projectId} = ? ${includeArchived ? '' : `AND ${S.status} != 'archived'`} ORDER BY ${S.createdAt}, ${S.id}`,
  args: [projectId],
})

/** One atomic change: rules and content are JSON merge patches (null removes), applied by the engine. */
export const patchSurvey = (projectId: string, id: string, p: { name?: string; rules: object; content: object; now: number }): InStatement =>
  stmt(
    qb
      .update(surveys)
      .set({
        ...(p.name !== undefined ? { name: p.name } : {}),
        rules: sql`json_patch(${surveys.rules}, ${JSON.stringify(p.rules)})`,
        content: sql`json_patch(${surveys.content}, ${JSON.stringify(p.content)})`,
        updatedAt: p.now,
      })
      .where(mine(projectId, id)),
  )

/** Pause, resume or archive; an archived survey is only ever archived again. */
export const setSurveyStatus = (projectId: string, id: string, status: SurveyRecord['status'], now: number): InStatement =>
  stmt(
    qb
      .update(surveys)
      .set({ status, updatedAt: now })
      .where(and(mine(projectId, id), status === 'archived' ? undefined : ne(surveys.status, 'archived'))),
  )

const parse = (s: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(s)
    return v && typeof v === 'object' ? v : {}
  } catch {
    return {}
  }
}

/** A stored survey as the API shows it: every rule with its effective value. */
export function surveyInfo(r: SurveyRecord): SurveyInfo {
  const content = parse(r.content) as StoredContent
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    rules: rulesToWire(withDefaults(DEFAULT_SURVEY_RULES, parse(r.rules))),
    texts: content.texts ?? {},
    theme: content.theme ?? {},
    default_locale: content.defaultLocale ?? null,
    product: content.product ?? null,
    created_at: Number(r.createdAt),
    updated_at: r.updatedAt === null ? null : Number(r.updatedAt),
  }
}
