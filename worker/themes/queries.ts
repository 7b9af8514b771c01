/**
 * The statements that store a comment's themes (table response_themes). An answer's
 * comment is tagged by the background pass (retag.ts): a new or edited one is marked
 * pending (version -1), and the pass replaces its themes only while its comment and score
 * are still those it tagged and its version is below the project's.
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

/** The themes version of an answer whose comment waits to be tagged by the background pass. */
export const THEMES_PENDING = -1

/**
 * After the visitor changed the comment or the score: the answer's themes are tagged again
 * by the background pass (retag.ts), which replaces them only while comment and score are
 * still those it tagged.
 */
export function themesPending(e: { projectId: string; clientId: string; anonymousId: string }): InStatement {
  return { sql: THEMES_PENDING_SQL, args: { p: e.projectId, id: e.clientId, anon: e.anonymousId, pending: THEMES_PENDING } }
}
const THEMES_PENDING_SQL = `UPDATE ${R.$} SET ${R.themesVersion} = :pending
  WHERE ${R.projectId} = :p AND ${R.clientId} = :id AND ${R.anonymousId} = :anon AND ${R.comment} IS NOT NULL`

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
