/**
 * The statements that store a comment's themes (table response_themes), each guarded so
 * it writes only when the answer it belongs to is the one the caller means: the row this
 * request inserted (write nonce), the visitor's own answer (anonymous id), or — for the
 * re-tag pass — the comment and score that were tagged, still below the new version.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { responses, responseThemes } from '../db/schema'
import { names } from '../db/sql'

const R = names(responses)
const T = names(responseThemes)

const COLUMNS = `${T.projectId}, ${T.clientId}, ${T.theme}, ${T.sentiment}, ${T.position}, ${T.surveyId}, ${T.createdAt}`
const FROM_JSON = (json: string) =>
  `SELECT r.${R.projectId}, r.${R.clientId}, j.value ->> '$.theme', j.value ->> '$.sentiment', j.key, r.${R.surveyId}, r.${R.createdAt}
   FROM ${R.$} r, json_each(${json}) j`

/** With the new answer (same batch, after its INSERT): only when this request inserted it. */
export function createdThemes(projectId: string, clientId: string, writeNonce: string, themes: string): InStatement[] {
  if (themes === '[]') return []
  return [{ sql: CREATED_THEMES, args: { p: projectId, id: clientId, nonce: writeNonce, themes } }]
}
const CREATED_THEMES = `INSERT INTO ${T.$} (${COLUMNS}) ${FROM_JSON(':themes')}
            WHERE r.${R.projectId} = :p AND r.${R.clientId} = :id AND r.${R.writeNonce} = :nonce
            ON CONFLICT DO NOTHING`

/**
 * The visitor edited the comment (`byClass`: its themes for the score classes 0–4, 5–6,
 * 7–8, 9–10, picked by the score as stored after the edit) — run after the UPDATE.
 */
export function editedThemes(e: { projectId: string; clientId: string; anonymousId: string; byClass: string[]; version: number; comment?: string }): InStatement[] {
  // `comment`: the stored comment that was tagged (a score-only edit); the write needs it unchanged.
  const ownOf = (a: string) => `${a}${R.projectId} = :p AND ${a}${R.clientId} = :id AND ${a}${R.anonymousId} = :anon${e.comment !== undefined ? ` AND ${a}${R.comment} = :comment` : ''}`
  const own = ownOf('')
  const args = {
    p: e.projectId, id: e.clientId, anon: e.anonymousId, t0: e.byClass[0], t5: e.byClass[1], t7: e.byClass[2], t9: e.byClass[3], v: e.version,
    ...(e.comment !== undefined ? { comment: e.comment } : {}),
  }
  return [
    { sql: `DELETE FROM ${T.$} WHERE ${T.projectId} = :p AND ${T.clientId} = :id AND EXISTS (SELECT 1 FROM ${R.$} WHERE ${own})`, args },
    {
      sql: `INSERT INTO ${T.$} (${COLUMNS}) ${FROM_JSON(`CASE WHEN r.${R.score} <= 4 THEN :t0 WHEN r.${R.score} <= 6 THEN :t5 WHEN r.${R.score} <= 8 THEN :t7 ELSE :t9 END`)}
            WHERE ${ownOf('r.')}
            ON CONFLICT DO NOTHING`,
      args,
    },
    { sql: `UPDATE ${R.$} SET ${R.themesVersion} = :v WHERE ${own}`, args },
  ]
}

/**
 * Replace the themes of a stored comment whose comment and score are still those that
 * were tagged (the guard makes a concurrent edit win) and whose version is older.
 */
export function retaggedThemes(t: { projectId: string; clientId: string; comment: string; score: number; themes: string; version: number }): InStatement[] {
  const same = `${R.projectId} = :p AND ${R.clientId} = :id AND ${R.comment} = :comment AND ${R.score} = :score AND ${R.themesVersion} < :v`
  const args = { p: t.projectId, id: t.clientId, comment: t.comment, score: t.score, themes: t.themes, v: t.version }
  return [
    { sql: `DELETE FROM ${T.$} WHERE ${T.projectId} = :p AND ${T.clientId} = :id AND EXISTS (SELECT 1 FROM ${R.$} WHERE ${same})`, args },
    {
      sql: `INSERT INTO ${T.$} (${COLUMNS}) ${FROM_JSON(':themes')}
            WHERE r.${R.projectId} = :p AND r.${R.clientId} = :id AND r.${R.comment} = :comment AND r.${R.score} = :score AND r.${R.themesVersion} < :v
            ON CONFLICT DO NOTHING`,
      args,
    },
    { sql: `UPDATE ${R.$} SET ${R.themesVersion} = :v WHERE ${same}`, args },
  ]
}

export interface PendingRow {
  projectId: string
  clientId: string
  comment: string
  score: number
  locale: string | null
  settings: string
}

/**
 * Comments tagged with an older version than their project's (or never tagged: -1), a
 * batch across projects: projects outside (CROSS JOIN keeps that order), each project's
 * pending range from index responses_themes_pending — an idle pass reads one index entry
 * per project, never the comments.
 */
export const pendingStatement = (limit: number): InStatement => ({
  sql: `SELECT r.${R.projectId} AS projectId, r.${R.clientId} AS clientId, r.${R.comment} AS comment, r.${R.score} AS score, r.${R.locale} AS locale, p.settings AS settings
        FROM (SELECT id, settings, CASE WHEN json_valid(settings) THEN COALESCE(json_extract(settings, '$.themes.version'), 0) ELSE 0 END AS v FROM projects) p
        CROSS JOIN ${R.$} r INDEXED BY responses_themes_pending ON r.${R.projectId} = p.id AND r.${R.themesVersion} < p.v AND r.${R.comment} IS NOT NULL
        LIMIT ?`,
  args: [limit],
})
