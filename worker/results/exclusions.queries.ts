/**
 * An analyst takes an answer out of the figures or puts a flagged one back, with a reason.
 *
 * - Exclude: only a counted answer; it gets the flag `excluded` and `counted = 0`, so it
 *   leaves every figure and shows under "excluded: excluded".
 * - Reinstate: only an answer not counted; `excluded` is removed and `counted = 1`, its
 *   fraud flags stay as the record of what was suspected. A preview is never reinstated
 *   (not a customer). If the person already has a counted answer for the same survey and
 *   trigger, the slot is taken and nothing changes (409) — the partial unique index
 *   `responses_counted_once` would refuse it anyway.
 *
 * Each is one transaction: the log row (before/after, actor, reason) is written by the
 * same condition as the change, ahead of it, so a change is never unlogged and a refused
 * change logs nothing. The last statement reads the state to say why it was refused.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { responseEdits, responses } from '../db/schema'
import { names } from '../db/sql'

const R = names(responses)
const E = names(responseEdits)

export interface EditRequest {
  projectId: string
  clientId: string
  actor: string
  reason: string
  now: number
}

/** Why a change was refused, read after it. */
export interface EditState {
  counted: number
  preview: number
  slotTaken: number
}

const THIS = `${R.projectId} = :p AND ${R.clientId} = :id`
const IS_PREVIEW = `EXISTS (SELECT 1 FROM json_each(${R.flags}) WHERE value = 'preview')`
// Another counted answer in this answer's slot (person, survey, trigger).
const SLOT_TAKEN = `EXISTS (SELECT 1 FROM ${R.$} AS o WHERE o.${R.projectId} = ${R.$}.${R.projectId} AND o.${R.surveyId} = ${R.$}.${R.surveyId}
  AND o.${R.respondentKey} = ${R.$}.${R.respondentKey} AND o.${R.triggerKey} = ${R.$}.${R.triggerKey} AND o.${R.counted} = 1 AND o.${R.rowId} <> ${R.$}.${R.rowId})`
const WITHOUT_EXCLUDED = `(SELECT json_group_array(value) FROM json_each(${R.flags}) WHERE value <> 'excluded')`
const WITH_EXCLUDED = `json_insert(${R.flags}, '$[#]', 'excluded')`

function statements(kind: 'exclude' | 'reinstate', when: string, counted: 0 | 1, flags: string, e: EditRequest): InStatement[] {
  const args = { p: e.projectId, id: e.clientId, now: e.now, actor: e.actor, reason: e.reason }
  return [
    {
      sql: `INSERT INTO ${E.$} (${E.projectId}, ${E.clientId}, ${E.at}, ${E.kind}, ${E.before}, ${E.after}, ${E.actor}, ${E.reason})
            SELECT :p, :id, :now, '${kind}', json_object('counted', ${R.counted}, 'flags', json(${R.flags})),
              json_object('counted', ${counted}, 'flags', json(${flags})), :actor, :reason
            FROM ${R.$} WHERE ${THIS} AND ${when}`,
      args,
    },
    { sql: `UPDATE ${R.$} SET ${R.counted} = ${counted}, ${R.flags} = ${flags} WHERE ${THIS} AND ${when} RETURNING ${R.clientId}`, args },
    {
      sql: `SELECT ${R.counted} AS counted, ${IS_PREVIEW} AS preview, ${SLOT_TAKEN} AS slotTaken FROM ${R.$} WHERE ${THIS}`,
      args,
    },
  ]
}

export const excludeStatements = (e: EditRequest) => statements('exclude', `${R.counted} = 1`, 0, WITH_EXCLUDED, e)

export const reinstateStatements = (e: EditRequest) =>
  statements('reinstate', `${R.counted} = 0 AND NOT ${IS_PREVIEW} AND NOT ${SLOT_TAKEN}`, 1, WITHOUT_EXCLUDED, e)
