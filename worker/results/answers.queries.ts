/**
 * Reading answers: a page in a stable order (newest first, ties by row id) resumed by a
 * keyset cursor, so paging never skips or repeats a row and never pays an OFFSET; one
 * answer with its history. The export pages through the same statement.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { bucket, type SurveyKind } from '../../shared/nps'
import type { Answer } from '../../shared/results-contract'
import { responseEdits, responses } from '../db/schema'
import { names, pick, type Row } from '../db/sql'
import { whereOf, type AnswerFilter } from './filters'

const R = names(responses)
const E = names(responseEdits)

export const ANSWER_COLUMNS = [
  'rowId', 'clientId', 'surveyId', 'surveyKind', 'score', 'comment', 'createdAt', 'commentedAt', 'counted', 'flags', 'userId', 'verified',
  'triggerKey', 'channel', 'locale', 'platform', 'segment', 'appVersion', 'returning', 'source', 'traits', 'traitsVerified', 'attributes',
] as const
export type AnswerRow = Row<typeof responses, (typeof ANSWER_COLUMNS)[number]> & { themes?: string | null; followupId?: string | null }

/** The answer's themes as a JSON list, in the order the comment names them (primary key lookup). */
const THEMES = `(SELECT json_group_array(json_object('theme', t.theme, 'sentiment', t.sentiment)) FROM
  (SELECT theme, sentiment FROM response_themes t WHERE t.project_id = ${R.$}.${R.projectId} AND t.client_id = ${R.$}.${R.clientId} ORDER BY t.position) t) AS "themes"`
/** The follow-up case the answer opened (unique index followups_response). */
const FOLLOWUP = `(SELECT f.id FROM followups f WHERE f.project_id = ${R.$}.${R.projectId} AND f.response_id = ${R.$}.${R.clientId}) AS "followupId"`
const SELECT = `SELECT ${pick(responses, ANSWER_COLUMNS)}, ${THEMES}, ${FOLLOWUP}`

const EDIT_COLUMNS = ['at', 'kind', 'before', 'after', 'actor', 'reason'] as const
export type EditRow = Row<typeof responseEdits, (typeof EDIT_COLUMNS)[number]>

/** Where a page ends: the last row's time and row id. */
export interface Cursor {
  at: number
  row: number
}

/** Opaque to callers: base64url of "at.row". */
export function encodeCursor(c: Cursor): string {
  return btoa(`${c.at}.${c.row}`).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')
}

export function decodeCursor(s: string): Cursor | null {
  try {
    const m = /^(\d{1,16})\.(\d{1,16})$/.exec(atob(s.replaceAll('-', '+').replaceAll('_', '/')))
    return m ? { at: Number(m[1]), row: Number(m[2]) } : null
  } catch {
    return null
  }
}

/** One page of answers matching `f` after `after`, newest first; asks for `limit` rows. */
export function pageStatement(projectId: string, f: AnswerFilter, limit: number, after: Cursor | null): InStatement {
  const w = whereOf(projectId, f)
  // The bare `<=` bounds the index range, so page k does not walk the k − 1 pages before it.
  const keyset = after ? ` AND ${R.createdAt} <= ? AND (${R.createdAt} < ? OR ${R.rowId} < ?)` : ''
  return {
    sql: `${SELECT} FROM ${R.$} WHERE ${w.sql}${keyset} ORDER BY ${R.createdAt} DESC, ${R.rowId} DESC LIMIT ?`,
    args: [...w.args, ...(after ? [after.at, after.at, after.row] : []), limit],
  }
}

export const answerStatement = (projectId: string, clientId: string): InStatement => ({
  sql: `${SELECT} FROM ${R.$} WHERE ${R.projectId} = ? AND ${R.clientId} = ?`,
  args: [projectId, clientId],
})

export const historyStatement = (projectId: string, clientId: string): InStatement => ({
  sql: `SELECT ${pick(responseEdits, EDIT_COLUMNS)} FROM ${E.$} WHERE ${E.projectId} = ? AND ${E.clientId} = ? ORDER BY ${E.at}, ${E.id}`,
  args: [projectId, clientId],
})

const parseObject = (s: string): Record<string, unknown> => {
  try {
    const v: unknown = JSON.parse(s)
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const parseList = (s: string): string[] => {
  try {
    const v: unknown = JSON.parse(s)
    return Array.isArray(v) ? v.map(String) : ['unreadable_flags']
  } catch {
    return ['unreadable_flags']
  }
}

const parseJson = (s: string | null): unknown => {
  if (s === null) return null
  try {
    return JSON.parse(s)
  } catch {
    return s
  }
}

const parseThemes = (s: string | null | undefined): Answer['themes'] => {
  if (!s) return []
  try {
    const v: unknown = JSON.parse(s)
    return Array.isArray(v) ? (v as Answer['themes']) : []
  } catch {
    return []
  }
}

/** A stored row as the API shows it. */
export function presentAnswer(r: AnswerRow): Answer {
  const n = (x: unknown) => (x === null || x === undefined ? null : Number(x))
  return {
    id: r.clientId,
    survey_id: r.surveyId,
    survey_kind: r.surveyKind as SurveyKind,
    score: Number(r.score),
    bucket: bucket(Number(r.score)),
    comment: r.comment,
    created_at: Number(r.createdAt),
    commented_at: n(r.commentedAt),
    counted: Number(r.counted) === 1,
    flags: parseList(r.flags),
    user_id: r.userId,
    verified: Number(r.verified) === 1,
    trigger_key: r.triggerKey,
    themes: parseThemes(r.themes),
    followup_id: r.followupId ?? null,
    context: {
      channel: r.channel,
      locale: r.locale,
      platform: r.platform,
      segment: r.segment,
      app_version: r.appVersion,
      returning: r.returning === null ? null : Number(r.returning) === 1,
      source: r.source,
      traits: parseObject(r.traits),
      traits_verified: Number(r.traitsVerified) === 1,
      attributes: parseObject(r.attributes),
    },
  }
}

/** One logged change: comments as text, scores as numbers, exclusions as {counted, flags}. */
export function presentEdit(e: EditRow) {
  const value = (x: string | null) => (e.kind === 'comment' ? x : e.kind === 'score' ? (x === null ? null : Number(x)) : parseJson(x))
  return { at: Number(e.at), kind: e.kind as 'comment' | 'score' | 'exclude' | 'reinstate', before: value(e.before), after: value(e.after), actor: e.actor, reason: e.reason }
}
