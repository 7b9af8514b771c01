/**
 * Import statements: rows are staged under the import's id as they stream in, then moved
 * into `responses` by one INSERT … SELECT in one transaction (nothing half-imported), with
 * the counts of the report read in that same transaction, and the staging swept.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { importRows, responses } from '../db/schema'
import { names } from '../db/sql'

const X = names(importRows)
const R = names(responses)

export type StagedRow = Omit<typeof importRows.$inferInsert, 'importId' | 'stagedAt'>

const STAGED = ['clientId', 'line', 'externalId', 'respondentKey', 'userId', 'triggerKey', 'score', 'comment', 'locale', 'channel', 'platform', 'attributes', 'segment', 'payloadHash', 'createdAt'] as const

/** Stage rows; a client id already staged by this import (an external id repeated in the file) is not returned. */
export function stageRows(importId: string, rows: StagedRow[], now: number): InStatement {
  const cols = [X.importId, ...STAGED.map((k) => X[k]), X.stagedAt]
  const one = `(${cols.map(() => '?').join(', ')})`
  return {
    sql: `INSERT INTO ${X.$} (${cols.join(', ')}) VALUES ${rows.map(() => one).join(', ')} ON CONFLICT DO NOTHING RETURNING ${X.line} AS line`,
    args: rows.flatMap((r) => [importId, ...STAGED.map((k) => r[k] ?? null), now]),
  }
}

export const dropStaged = (importId: string): InStatement => ({ sql: `DELETE FROM ${X.$} WHERE ${X.importId} = ?`, args: [importId] })

/** Imports that died mid-file leave staged rows; they are swept by the next import. */
export const sweepStaged = (before: number): InStatement => ({ sql: `DELETE FROM ${X.$} WHERE ${X.stagedAt} < ?`, args: [before] })

/** How many refused rows the report lists (the count is always complete). */
export const REPORT_LIMIT = 1000

/**
 * The commit: [already imported count, insert, imported count, rows refused by the
 * once-per-person-and-order rule, sweep]. Imported answers are counted like any other, marked
 * `source = 'import'`, with their original time; a repeated external id adds nothing.
 */
export function commitImport(o: { importId: string; projectId: string; surveyId: string; surveyKind: string }): InStatement[] {
  const stored = `SELECT 1 FROM ${R.$} r WHERE r.${R.projectId} = ? AND r.${R.clientId} = s.${X.clientId}`
  return [
    { sql: `SELECT COUNT(*) AS n FROM ${X.$} s WHERE s.${X.importId} = ? AND EXISTS (${stored})`, args: [o.importId, o.projectId] },
    {
      sql: `INSERT INTO ${R.$} (${R.projectId}, ${R.surveyId}, ${R.surveyKind}, ${R.clientId}, ${R.respondentKey}, ${R.anonymousId}, ${R.userId}, ${R.verified},
              ${R.triggerKey}, ${R.score}, ${R.comment}, ${R.locale}, ${R.channel}, ${R.platform}, ${R.attributes}, ${R.segment}, ${R.source},
              ${R.flags}, ${R.counted}, ${R.fingerprint}, ${R.payloadHash}, ${R.writeNonce}, ${R.createdAt}, ${R.commentedAt})
            SELECT ?, ?, ?, ${X.clientId}, ${X.respondentKey}, 'import:' || ${X.externalId}, ${X.userId}, ${X.userId} IS NOT NULL,
              ${X.triggerKey}, ${X.score}, ${X.comment}, ${X.locale}, ${X.channel}, ${X.platform}, ${X.attributes}, ${X.segment}, 'import',
              '[]', 1, 'import', ${X.payloadHash}, ?, ${X.createdAt}, CASE WHEN ${X.comment} IS NULL THEN NULL ELSE ${X.createdAt} END
            FROM ${X.$} WHERE ${X.importId} = ? ORDER BY ${X.line}
            ON CONFLICT DO NOTHING`,
      args: [o.projectId, o.surveyId, o.surveyKind, o.importId, o.importId],
    },
    { sql: 'SELECT changes() AS n', args: [] },
    {
      sql: `SELECT s.${X.line} AS line, s.${X.externalId} AS externalId FROM ${X.$} s WHERE s.${X.importId} = ? AND NOT EXISTS (${stored}) ORDER BY s.${X.line} LIMIT ${REPORT_LIMIT}`,
      args: [o.importId, o.projectId],
    },
    { sql: `SELECT COUNT(*) AS n FROM ${X.$} WHERE ${X.importId} = ?`, args: [o.importId] },
    dropStaged(o.importId),
  ]
}
