/**
 * The write path of an answer: one statement that stores it exactly once. It cannot fail
 * on its own (every conflict is handled), which lets the group-commit writer put many
 * requests in one transaction. Inside the same statement, so inside the write lock, it
 * decides whether the (respondent, survey, trigger) slot is already taken — then the row
 * is stored as a flagged, uncounted duplicate — and whether this fingerprint is over its
 * daily cap. A client id already used leaves the row as it was and returns it: its write
 * nonce tells a new row from a replay.
 * A trigger (migration 0001) marks the display and invitation answered when a counted
 * row is really inserted; the partial unique index stays as the last line of defence.
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
  /** Flags decided before the write; the fingerprint cap and duplicates are decided in it. */
  flags: FraudFlag[]
  fingerprint: string
  fingerprintDailyCap: number
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
  trigger_key, score, comment, locale, channel, payload_hash, write_nonce, fingerprint, created_at, commented_at, counted, flags`

const INSERT = `
WITH seen AS (
  SELECT
    EXISTS (SELECT 1 FROM responses WHERE project_id = :p AND survey_id = :s AND respondent_key = :r AND trigger_key = :t AND counted = 1) AS taken,
    (SELECT COUNT(*) FROM (SELECT 1 FROM responses WHERE project_id = :p AND survey_id = :s AND fingerprint = :fp AND created_at > :since LIMIT :cap)) >= :cap AS capped
)
INSERT INTO responses (${COLUMNS})
SELECT :p, :s, :kind, :id, :r, :anon, :uid, :verified, :display, :t, :score, :comment, :locale, :channel, :hash, :nonce, :fp, :now, :commented,
  NOT taken,
  CASE WHEN taken THEN json_insert(f, '$[#]', 'duplicate') ELSE f END
FROM (SELECT taken, CASE WHEN capped THEN json_insert(:flags, '$[#]', 'fingerprint_cap') ELSE json(:flags) END AS f FROM seen)
WHERE true
ON CONFLICT (project_id, client_id) DO UPDATE SET client_id = excluded.client_id
ON CONFLICT DO NOTHING
RETURNING client_id, survey_id, score, comment, counted, flags, created_at, payload_hash, write_nonce`

export const SELECT_RESPONSE =
  'SELECT client_id, survey_id, score, comment, counted, flags, created_at, payload_hash, write_nonce FROM responses WHERE project_id = ? AND client_id = ?'

export function recordStatements(r: NewResponse): InStatement[] {
  return [
    {
      sql: INSERT,
      args: {
        p: r.projectId, s: r.surveyId, kind: r.surveyKind, id: r.clientId, r: r.respondentKey, anon: r.anonymousId, uid: r.userId,
        verified: r.verified ? 1 : 0, display: r.displayId, t: r.triggerKey, score: r.score, comment: r.comment, locale: r.locale,
        channel: r.channel, hash: r.payloadHash, nonce: r.writeNonce, fp: r.fingerprint, now: r.now,
        commented: r.comment === null ? null : r.now, flags: JSON.stringify(r.flags), since: r.now - 86_400_000, cap: r.fingerprintDailyCap,
      },
    },
  ]
}
