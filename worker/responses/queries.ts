/**
 * The write path of an answer: one statement that stores it exactly once. It cannot fail
 * on its own (every conflict is handled), which lets the group-commit writer put many
 * requests in one transaction. Inside the same statement, so inside the write lock, it
 * decides whether the (respondent, survey, trigger) slot is already taken and whether
 * this fingerprint is over its daily cap; either adds a flag. An answer is counted only
 * when it carries no flag at all, so a flagged answer (a bot, a honeypot, a duplicate…)
 * never takes the slot an honest answer needs. It copies the answer's context from the
 * display (traits, locale), the invitation (attributes) and the person's first display
 * (new or returning), each through an index on the person, the display or the order.
 * A client id already used leaves the row as it was and returns it: its write nonce
 * tells a new row from a replay. A trigger (migration 0001) marks the display and the
 * invitation answered when a counted row is really inserted; the partial unique index
 * stays as the last line of defence.
 * @module
 */
import type { InStatement } from '@libsql/client'
import type { FraudFlag } from '../../shared/contract'
import { DAY } from '../../shared/eligibility'
import { displays, invitations, responseEdits, responses } from '../db/schema'
import { names, pick, type Row } from '../db/sql'

const R = names(responses)
const D = names(displays)
const I = names(invitations)
const E = names(responseEdits)

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
  platform: string
  /** Flags decided before the write; the fingerprint cap and duplicates are decided in it. */
  flags: FraudFlag[]
  fingerprint: string
  fingerprintDailyCap: number
  newWithinDays: number
  payloadHash: string
  writeNonce: string
  /** The project's themes version the comment was tagged with (-1: to be tagged later). */
  themesVersion?: number
  now: number
}

/** What the answer path reads back (public presentation and the idempotency checks). */
export const STORED = ['clientId', 'surveyId', 'score', 'comment', 'createdAt', 'payloadHash', 'writeNonce'] as const
export type StoredResponse = Row<typeof responses, (typeof STORED)[number]>

const COLUMNS = [
  R.projectId, R.surveyId, R.surveyKind, R.clientId, R.respondentKey, R.anonymousId, R.userId, R.verified, R.displayId, R.triggerKey,
  R.score, R.comment, R.locale, R.channel, R.platform, R.attributes, R.traits, R.traitsVerified, R.segment, R.appVersion, R.returning,
  R.payloadHash, R.writeNonce, R.fingerprint, R.createdAt, R.commentedAt, R.counted, R.flags, R.themesVersion,
].join(', ')

const INSERT = `
WITH seen AS (
  SELECT
    EXISTS (SELECT 1 FROM ${R.$} WHERE ${R.projectId} = :p AND ${R.surveyId} = :s AND ${R.respondentKey} = :r AND ${R.triggerKey} = :t AND ${R.counted} = 1) AS taken,
    (SELECT COUNT(*) FROM (SELECT 1 FROM ${R.$} WHERE ${R.projectId} = :p AND ${R.surveyId} = :s AND ${R.fingerprint} = :fp AND ${R.createdAt} > :since LIMIT :cap)) >= :cap AS capped,
    (SELECT ${D.context} FROM ${D.$} WHERE ${D.id} = :display) AS ctx,
    (SELECT ${I.attributes} FROM ${I.$} WHERE ${I.projectId} = :p AND ${I.surveyId} = :s AND ${I.triggerKey} = :t) AS attrs,
    (SELECT MIN(${D.createdAt}) FROM ${D.$} WHERE ${D.projectId} = :p AND ${D.respondentKey} = :r) AS firstSeen
),
flagged AS (
  SELECT *,
    CASE WHEN taken THEN json_insert(f1, '$[#]', 'duplicate') ELSE f1 END AS f
  FROM (SELECT *, CASE WHEN capped THEN json_insert(:flags, '$[#]', 'fingerprint_cap') ELSE json(:flags) END AS f1 FROM seen)
)
INSERT INTO ${R.$} (${COLUMNS})
SELECT :p, :s, :kind, :id, :r, :anon, :uid, :verified, :display, :t, :score, :comment,
  COALESCE(:locale, NULLIF(ctx ->> '$.locale', '')), :channel, :platform,
  COALESCE(attrs, '{}'), COALESCE(ctx -> '$.traits', '{}'), COALESCE(ctx ->> '$.traits_verified', 0),
  substr(ctx ->> '$.traits.segment', 1, 64), substr(ctx ->> '$.traits.app_version', 1, 64),
  firstSeen IS NOT NULL AND firstSeen < :newSince,
  :hash, :nonce, :fp, :now, :commented, json_array_length(f) = 0, f, :tv
FROM flagged
WHERE true
ON CONFLICT (${R.projectId}, ${R.clientId}) DO UPDATE SET ${R.clientId} = excluded.${R.clientId}
ON CONFLICT DO NOTHING
RETURNING ${pick(responses, STORED)}`

export function recordStatements(r: NewResponse): InStatement[] {
  return [
    {
      sql: INSERT,
      args: {
        p: r.projectId, s: r.surveyId, kind: r.surveyKind, id: r.clientId, r: r.respondentKey, anon: r.anonymousId, uid: r.userId,
        verified: r.verified ? 1 : 0, display: r.displayId, t: r.triggerKey, score: r.score, comment: r.comment, locale: r.locale,
        channel: r.channel, platform: r.platform, hash: r.payloadHash, nonce: r.writeNonce, fp: r.fingerprint, now: r.now,
        commented: r.comment === null ? null : r.now, flags: JSON.stringify(r.flags), since: r.now - DAY, cap: r.fingerprintDailyCap,
        newSince: r.now - r.newWithinDays * DAY, tv: r.themesVersion ?? -1,
      },
    },
  ]
}

export const readStored = (projectId: string, clientId: string, anonymousId: string): InStatement => ({
  sql: `SELECT ${pick(responses, STORED)} FROM ${R.$} WHERE ${R.projectId} = ? AND ${R.clientId} = ? AND ${R.anonymousId} = ?`,
  args: [projectId, clientId, anonymousId],
})

/**
 * The browser that answered edits its answer: the comment, the score, or both. Each
 * change is logged (before and after) in the same transaction, ahead of the update.
 */
export function editStatements(e: { projectId: string; clientId: string; anonymousId: string; comment?: string; score?: number; now: number }): InStatement[] {
  const where = `${R.projectId} = :p AND ${R.clientId} = :id AND ${R.anonymousId} = :anon`
  const args = { p: e.projectId, id: e.clientId, anon: e.anonymousId, now: e.now, comment: e.comment ?? null, score: e.score ?? null }
  const log = (kind: 'comment' | 'score', column: string, value: string) => ({
    sql: `INSERT INTO ${E.$} (${E.projectId}, ${E.clientId}, ${E.at}, ${E.kind}, ${E.before}, ${E.after}, ${E.actor})
          SELECT :p, :id, :now, '${kind}', ${column}, ${value}, 'respondent' FROM ${R.$} WHERE ${where} AND ${column} IS NOT ${value}`,
    args,
  })
  return [
    ...(e.comment !== undefined ? [log('comment', R.comment, ':comment')] : []),
    ...(e.score !== undefined ? [log('score', R.score, 'CAST(:score AS INTEGER)')] : []),
    {
      sql: `UPDATE ${R.$} SET
              ${R.comment} = CASE WHEN :comment IS NULL THEN ${R.comment} ELSE :comment END,
              ${R.commentedAt} = CASE WHEN :comment IS NULL THEN ${R.commentedAt} ELSE :now END,
              ${R.score} = COALESCE(:score, ${R.score})
            WHERE ${where}`,
      args,
    },
  ]
}
