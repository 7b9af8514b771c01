/**
 * The closed loop's timers, run at the start of every delivery pass (Node loop, Workers
 * cron): follow-ups about to miss their first contact or their resolution, first
 * contacts and resolutions overdue, and re-surveys due after a resolution. Each finding is marked on the case and
 * its event written in the same transaction, so every alert goes out exactly once into
 * the outbox, whichever process or isolate ran the scan. Reads go through the indexes on
 * (status, deadline): a scan is bounded by the cases due, never the table.
 * @module
 */
import type { InStatement } from '@libsql/client'
import type { Config } from '../config'
import { followups, invitations, outboxMessages, projects, responses, surveys } from '../db/schema'
import { names } from '../db/sql'
import type { Store } from '../db/store'
import { envelope, newMessageId, followupJson, listens, projectJson, responseJson, surveyJson } from '../outbox/events'

const F = names(followups)
const M = names(outboxMessages)
const P = names(projects)
const R = names(responses)
const S = names(surveys)
const I = names(invitations)

/** At most this many findings of each kind per pass; the next pass takes the rest. */
const PER_PASS = 200
/** The longest "about to be breached" lead a project may set. */
const MAX_WARN_MS = 24 * 3_600_000

// Settings that are not valid JSON read as none (a scan must never fail on one project).
const settingsOf = (col: string) => `(SELECT CASE WHEN json_valid(${P.settings}) THEN ${P.settings} ELSE '{}' END FROM ${P.$} WHERE ${P.id} = ${col})`

type Finding = 'warning' | 'resolution_warning' | 'contact' | 'resolution'

const resolutionLead = `COALESCE(${settingsOf(F.projectId)} ->> '$.followups.resolutionWarnMinutesBefore', 120) * 60000`

export function mark(kind: Finding): string {
  if (kind === 'warning') {
    return `UPDATE ${F.$} SET ${F.warnedAt} = :now, ${F.scanToken} = :token WHERE ${F.id} IN (
      SELECT ${F.id} FROM ${F.$} INDEXED BY followups_open_due
      WHERE ${F.status} = 'open' AND ${F.firstContactDue} > :now AND ${F.firstContactDue} <= :now + ${MAX_WARN_MS} AND ${F.warnedAt} IS NULL
        AND ${F.firstContactDue} - COALESCE(${settingsOf(F.projectId)} ->> '$.followups.warnMinutesBefore', 15) * 60000 <= :now
      LIMIT ${PER_PASS})`
  }
  if (kind === 'resolution_warning') {
    return `UPDATE ${F.$} SET ${F.resolutionWarnedAt} = :now, ${F.scanToken} = :token WHERE ${F.id} IN (
      SELECT ${F.id} FROM ${F.$} INDEXED BY followups_resolution_due
      WHERE ${F.status} IN ('open', 'contacted') AND ${F.resolutionDue} > :now AND ${F.resolutionDue} <= :now + ${MAX_WARN_MS} AND ${F.resolutionWarnedAt} IS NULL
        AND ${F.resolutionDue} - ${resolutionLead} <= :now
      LIMIT ${PER_PASS})`
  }
  if (kind === 'contact') {
    return `UPDATE ${F.$} SET ${F.contactBreachedAt} = :now, ${F.scanToken} = :token WHERE ${F.id} IN (
      SELECT ${F.id} FROM ${F.$} INDEXED BY followups_open_due
      WHERE ${F.status} = 'open' AND ${F.firstContactDue} <= :now AND ${F.contactBreachedAt} IS NULL LIMIT ${PER_PASS})`
  }
  return `UPDATE ${F.$} SET ${F.resolutionBreachedAt} = :now, ${F.scanToken} = :token WHERE ${F.id} IN (
    SELECT ${F.id} FROM ${F.$} INDEXED BY followups_resolution_due
    WHERE ${F.status} IN ('open', 'contacted') AND ${F.resolutionDue} <= :now AND ${F.resolutionBreachedAt} IS NULL LIMIT ${PER_PASS})`
}

/** One message per case marked by this transaction (its scan token), the case's id making the message id. */
export function messages(kind: Finding, prefix: string, link: string, now: number): InStatement[] {
  const type = kind === 'warning' || kind === 'resolution_warning' ? 'followup.sla_warning' : 'followup.sla_breached'
  const breach = kind === 'resolution' || kind === 'resolution_warning' ? 'resolution' : 'first_contact'
  return [
    {
      sql: `INSERT INTO ${M.$} (${M.id}, ${M.projectId}, ${M.type}, ${M.payload}, ${M.createdAt})
            SELECT :prefix || f.${F.id}, f.${F.projectId}, :type,
              json_object('id', :prefix || f.${F.id}, 'type', :type, 'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', :now / 1000.0, 'unixepoch'),
                'data', json_object('project', ${projectJson}, 'survey', ${surveyJson}, 'response', ${responseJson()}, 'followup', ${followupJson(':link')}, 'breach', :breach)),
              :now
            FROM ${F.$} f JOIN ${R.$} r ON r.${R.projectId} = f.${F.projectId} AND r.${R.clientId} = f.${F.responseId}
            JOIN ${S.$} s ON s.${S.id} = r.${R.surveyId} JOIN ${P.$} p ON p.${P.id} = f.${F.projectId}
            WHERE f.${F.scanToken} = :prefix AND ${listens(`f.${F.projectId}`, ':type')}
            ON CONFLICT DO NOTHING`,
      args: { prefix, type, breach, link, now },
    },
  ]
}

export function closedLoopChecks(db: Store, config: Config) {
  const link = `${config.publicUrl ?? ''}/v1/followups/`
  return async (now: number) => {
    // A read first: an idle scan (the usual case, every pass) never opens a write transaction.
    const [due] = await db.read([anythingDue(now)])
    if (due.rows.length === 0) return
    for (const kind of ['warning', 'resolution_warning', 'contact', 'resolution'] as const) {
      // Mark the cases, then write one message for each case marked at this instant — one transaction.
      const prefix = `${newMessageId().slice(0, 30)}_` // time-ordered, with 8 random hex digits
      await db.write([{ sql: mark(kind), args: { now, token: prefix } }, ...messages(kind, prefix, link, now)])
    }
    await db.write(resurveys(now))
  }
}

export function anythingDue(now: number): InStatement {
  return {
    sql: `SELECT 1 AS due WHERE
            EXISTS (SELECT 1 FROM ${F.$} INDEXED BY followups_open_due WHERE ${F.status} = 'open' AND ${F.firstContactDue} <= :now + ${MAX_WARN_MS}
                    AND ((${F.warnedAt} IS NULL AND ${F.firstContactDue} - COALESCE(${settingsOf(F.projectId)} ->> '$.followups.warnMinutesBefore', 15) * 60000 <= :now)
                         OR (${F.contactBreachedAt} IS NULL AND ${F.firstContactDue} <= :now)))
         OR EXISTS (SELECT 1 FROM ${F.$} INDEXED BY followups_resolution_due WHERE ${F.status} IN ('open', 'contacted') AND ${F.resolutionDue} <= :now + ${MAX_WARN_MS}
                    AND ((${F.resolutionWarnedAt} IS NULL AND ${F.resolutionDue} - ${resolutionLead} <= :now)
                         OR (${F.resolutionBreachedAt} IS NULL AND ${F.resolutionDue} <= :now)))
         OR EXISTS (SELECT 1 FROM ${F.$} INDEXED BY followups_resurvey WHERE ${F.status} = 'resolved' AND ${F.resurveyAt} <= :now)`,
    args: { now },
  }
}

/** Re-surveys due: an invitation to the project's re-survey (a transactional survey), once per case. */
export function resurveys(now: number): InStatement[] {
  const due = `SELECT ${F.id} FROM ${F.$} INDEXED BY followups_resurvey WHERE ${F.status} = 'resolved' AND ${F.resurveyAt} IS NOT NULL AND ${F.resurveyAt} <= :now LIMIT ${PER_PASS}`
  return [
    {
      sql: `INSERT INTO ${I.$} (${I.id}, ${I.projectId}, ${I.surveyId}, ${I.respondentKey}, ${I.event}, ${I.triggerKey}, ${I.attributes}, ${I.source}, ${I.createdAt}, ${I.expiresAt})
            SELECT 'inv_' || f.${F.id}, f.${F.projectId}, ${settingsOf(`f.${F.projectId}`)} ->> '$.followups.resurveySurveyId', f.${F.respondentKey}, 'Followup_Resolved',
              'followup:' || f.${F.id}, json_object('followup_id', f.${F.id}), 'server', :now, :now + 7 * 86400000
            FROM ${F.$} f WHERE f.${F.id} IN (${due}) AND ${settingsOf(`f.${F.projectId}`)} ->> '$.followups.resurveySurveyId' IS NOT NULL
            ON CONFLICT DO NOTHING`,
      args: { now },
    },
    { sql: `UPDATE ${F.$} SET ${F.resurveyAt} = NULL WHERE ${F.id} IN (${due})`, args: { now } },
  ]
}
