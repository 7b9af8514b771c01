/**
 * The write path of an answer: the statements that store it exactly once. They are
 * written so that none can fail on its own (ON CONFLICT DO NOTHING, guarded UPDATEs),
 * which lets the group-commit writer put many requests in one transaction.
 *
 * 1. insert as the counted answer for (respondent, survey, trigger) — skipped if that
 *    slot or this client id is taken;
 * 2. if the client id is still absent, the slot was taken: insert as a flagged duplicate;
 * 3. read the row back: its write nonce tells a new row from a replay.
 * A trigger (migration 0001) marks the display and invitation answered when a counted
 * row is really inserted.
 * @module
 */
import type { InStatement } from '@libsql/client'
import type { FraudFlag } from '../../shared/contract'

export interface NewResponse {
  projectId: string
  surveyId: string
  surveyKind: string
  clientId: string
  respondentKey: string
  anonymousId: string
  userId: string | null
  verified: boolean
  displayId: string | null
  triggerKey: string
  score: number
  comment: string | null
  locale: string | null
  channel: string | null
  flags: FraudFlag[]
  fingerprint: string
  payloadHash: string
  writeNonce: string
  now: number
}

export interface StoredResponse {
  client_id: string
  survey_id: string
  score: number
  comment: string | null
  counted: number
  flags: string
  created_at: number
  payload_hash: string
  write_nonce: string
}

const COLUMNS = `project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, user_id, verified, display_id,
  trigger_key, score, comment, locale, channel, flags, counted, fingerprint, payload_hash, write_nonce, created_at, commented_at`

export function recordStatements(r: NewResponse): InStatement[] {
  const values = (flags: FraudFlag[], counted: 0 | 1) => [
    r.projectId, r.surveyId, r.surveyKind, r.clientId, r.respondentKey, r.anonymousId, r.userId, r.verified ? 1 : 0, r.displayId,
    r.triggerKey, r.score, r.comment, r.locale, r.channel, JSON.stringify(flags), counted, r.fingerprint, r.payloadHash, r.writeNonce,
    r.now, r.comment === null ? null : r.now,
  ]
  const marks = Array(21).fill('?').join(', ')
  const stmts: InStatement[] = [
    { sql: `INSERT INTO responses (${COLUMNS}) VALUES (${marks}) ON CONFLICT DO NOTHING`, args: values(r.flags, 1) },
    {
      sql: `INSERT INTO responses (${COLUMNS}) SELECT ${marks}
            WHERE NOT EXISTS (SELECT 1 FROM responses WHERE project_id = ? AND client_id = ?) ON CONFLICT DO NOTHING`,
      args: [...values([...r.flags, 'duplicate'], 0), r.projectId, r.clientId],
    },
  ]
  // Marking the display and the invitation answered is the responses_mark_answered trigger's job.
  stmts.push({
    sql: 'SELECT client_id, survey_id, score, comment, counted, flags, created_at, payload_hash, write_nonce FROM responses WHERE project_id = ? AND client_id = ?',
    args: [r.projectId, r.clientId],
  })
  return stmts
}
