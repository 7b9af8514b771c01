/**
 * Turning what happened into outbox messages, inside the transaction that made it happen.
 * Each statement here is an INSERT … SELECT from the row just written, so a message
 * exists exactly when its cause committed (an idempotent replay inserts nothing), and
 * none of them can fail on its own (the group-commit writer relies on that). The
 * payload is built by SQL from the stored rows and frozen: retries and re-sends carry
 * the same bytes under the same webhook-id.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { endpoints, followups, invitations, outboxDeliveries, outboxMessages, projects, responses, surveys } from '../db/schema'
import { names } from '../db/sql'
import type { EVENT_NAMES } from '../../shared/closed-loop/contract'

const R = names(responses)
const S = names(surveys)
const P = names(projects)
const I = names(invitations)
const F = names(followups)
const E = names(endpoints)
const M = names(outboxMessages)
const D = names(outboxDeliveries)

export type EventType = (typeof EVENT_NAMES)[number]

/**
 * msg_ + 12 hex digits of the time in ms + 6 of a sequence + 14 random hex digits: ids
 * sort by time (and, from one process, in the order they were made), so the message and
 * its deliveries land at the end of their indexes instead of on a random page of a large
 * b-tree (measured on a 40k-answer file: message + fan-out 184–245 → 88–152 µs per
 * answer, the message alone 82–96 → 35–49 µs), and the delivery pass fans messages out
 * oldest first.
 */
let lastMs = 0
let seq = 0
export function newMessageId(): string {
  const now = Date.now()
  if (now > lastMs) {
    lastMs = now
    seq = 0
  } else seq++
  return `msg_${lastMs.toString(16).padStart(12, '0')}${(seq & 0xffffff).toString(16).padStart(6, '0')}${crypto.randomUUID().replace(/-/g, '').slice(0, 14)}`
}

const iso = (col: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${col} / 1000.0, 'unixepoch')`
const bucket = (score: string) => `CASE WHEN ${score} >= 9 THEN 'promoter' WHEN ${score} >= 7 THEN 'passive' ELSE 'detractor' END`

/** The response as a CRM wants it; `score` and `comment` may be overridden by the values being written. */
export function responseJson(score = `r.${R.score}`, comment = `r.${R.comment}`) {
  return `json_object(
    'id', r.${R.clientId}, 'user_id', r.${R.userId},
    'order_id', (SELECT i.${I.triggerKey} FROM ${I.$} i WHERE i.${I.projectId} = r.${R.projectId} AND i.${I.surveyId} = r.${R.surveyId} AND i.${I.triggerKey} = r.${R.triggerKey}),
    'channel', r.${R.channel}, 'platform', r.${R.platform}, 'score', ${score}, 'bucket', ${bucket(score)}, 'comment', ${comment}, 'locale', r.${R.locale},
    'attributes', json(r.${R.attributes}), 'traits', json(r.${R.traits}), 'segment', r.${R.segment},
    'followup_id', (SELECT f.${F.id} FROM ${F.$} f WHERE f.${F.projectId} = r.${R.projectId} AND f.${F.responseId} = r.${R.clientId}),
    'created_at', ${iso(`r.${R.createdAt}`)})`
}

export const surveyJson = `json_object('id', s.${S.id}, 'name', s.${S.name}, 'kind', s.${S.kind})`
export const projectJson = `json_object('id', p.${P.id}, 'name', p.${P.name}, 'locale', COALESCE(CASE WHEN json_valid(p.${P.settings}) THEN p.${P.settings} ->> '$.defaultLocale' END, 'en'))`

export function followupJson(link: string) {
  return `json_object('id', f.${F.id}, 'status', f.${F.status}, 'priority', f.${F.priority}, 'owner', f.${F.owner},
    'first_contact_due', ${iso(`f.${F.firstContactDue}`)}, 'resolution_due', ${iso(`f.${F.resolutionDue}`)},
    'contacted_at', ${iso(`f.${F.contactedAt}`)}, 'resolved_at', ${iso(`f.${F.resolvedAt}`)}, 'closed_reason', f.${F.closedReason},
    'url', ${link} || f.${F.id})`
}

/** Only when some enabled endpoint of the project listens: no endpoints, no rows. */
export const listens = (project: string, type: string) => `EXISTS (SELECT 1 FROM ${E.$} e WHERE e.${E.projectId} = ${project} AND e.${E.enabled} = 1
  AND EXISTS (SELECT 1 FROM json_each(e.${E.events}) WHERE value = ${type} OR value = '*'))`
const someoneListens = listens(':p', ':type')

export const envelope = (data: string) => `json_object('id', :mid, 'type', :type, 'timestamp', ${iso(':now')}, 'data', ${data})`

const FROM_RESPONSE = `FROM ${R.$} r JOIN ${S.$} s ON s.${S.id} = r.${R.surveyId} JOIN ${P.$} p ON p.${P.id} = r.${R.projectId}`

/**
 * The payloads still to build (response.created, written as '' with the answer), then the
 * deliveries of up to `limit` messages not yet fanned out, oldest first: one per
 * endpoint that listens for the message's type, filtered per endpoint (`survey_id`,
 * `buckets`, `priority`, `max_score`, `segments`), then those messages marked fanned
 * out. Both in one transaction (the delivery pass's claim), so a message gets its
 * deliveries exactly once; a crash before it leaves it to the next pass.
 */
export function fanOutPending(limit: number, now: number): InStatement[] {
  return [
    { sql: BUILD_PENDING, args: { limit } },
    { sql: FAN_OUT_PENDING, args: { limit, now } },
    { sql: MARK_FANNED, args: { limit, now } },
  ]
}

/** Whether any message waits for its deliveries (a read; the partial index holds only those). */
export const anyUnfanned = `SELECT 1 AS due FROM ${M.$} INDEXED BY outbox_messages_unfanned WHERE ${M.fannedAt} IS NULL LIMIT 1`

function fanOutSql(which: string) {
  return `INSERT INTO ${D.$} (${D.messageId}, ${D.endpointId}, ${D.projectId}, ${D.nextAttemptAt}, ${D.createdAt})
        SELECT m.${M.id}, e.${E.id}, m.${M.projectId}, :now, :now
        FROM ${M.$} m JOIN ${E.$} e ON e.${E.projectId} = m.${M.projectId} AND e.${E.enabled} = 1
        WHERE ${which}
          AND (EXISTS (SELECT 1 FROM json_each(e.${E.events}) WHERE value = m.${M.type} OR value = '*')
               -- The owner is always told when an endpoint is disabled: every alert channel gets it.
               OR (m.${M.type} = 'endpoint.disabled' AND e.${E.kind} != 'webhook'))
          AND (e.${E.filter} ->> '$.survey_id' IS NULL OR e.${E.filter} ->> '$.survey_id' = m.${M.payload} ->> '$.data.survey.id')
          AND (e.${E.filter} -> '$.buckets' IS NULL
               OR EXISTS (SELECT 1 FROM json_each(e.${E.filter}, '$.buckets') WHERE value = m.${M.payload} ->> '$.data.response.bucket'))
          AND (e.${E.filter} ->> '$.priority' IS NULL OR e.${E.filter} ->> '$.priority' = m.${M.payload} ->> '$.data.followup.priority')
          AND (e.${E.filter} ->> '$.max_score' IS NULL OR m.${M.payload} ->> '$.data.response.score' <= e.${E.filter} ->> '$.max_score')
          AND (e.${E.filter} -> '$.segments' IS NULL
               OR EXISTS (SELECT 1 FROM json_each(e.${E.filter}, '$.segments') WHERE upper(value) = upper(m.${M.payload} ->> '$.data.response.segment')))
        ORDER BY m.${M.id}, e.${E.id}
        ON CONFLICT DO NOTHING`
}

const PENDING = `SELECT ${M.id} FROM ${M.$} INDEXED BY outbox_messages_unfanned WHERE ${M.fannedAt} IS NULL ORDER BY ${M.id} LIMIT :limit`
const FAN_OUT_PENDING = fanOutSql(`m.${M.id} IN (${PENDING})`)
const MARK_FANNED = `UPDATE ${M.$} SET ${M.fannedAt} = :now WHERE ${M.id} IN (${PENDING})`
/**
 * response.created's payload, from the stored answer as it is when the pass first takes
 * the message (the answer's own transaction only writes the row: id, project, answer);
 * its timestamp is the message's own time. An answer gone by then leaves an empty `data`.
 */
const envelopeOf = (data: string) => `json_object('id', m.${M.id}, 'type', m.${M.type}, 'timestamp', ${iso(`m.${M.createdAt}`)}, 'data', ${data})`
const BUILD_PENDING = `UPDATE ${M.$} AS m SET ${M.payload} = COALESCE(
    (SELECT ${envelopeOf(`json_object('project', ${projectJson}, 'survey', ${surveyJson}, 'response', ${responseJson()})`)}
     ${FROM_RESPONSE} WHERE r.${R.projectId} = m.${M.projectId} AND r.${R.clientId} = m.${M.responseId}),
    ${envelopeOf('json_object()')})
  WHERE m.${M.id} IN (${PENDING}) AND m.${M.payload} = ''`

// SQL texts built once: the answer path sends them with every answer, and the writer
// thread knows each text by a number looked up from the text itself.
const RESPONSE_CREATED = `INSERT INTO ${M.$} (${M.id}, ${M.projectId}, ${M.type}, ${M.payload}, ${M.createdAt}, ${M.responseId})
            SELECT :mid, :p, :type, '', :now, r.${R.clientId}
            FROM ${R.$} r
            WHERE r.${R.projectId} = :p AND r.${R.clientId} = :id AND r.${R.writeNonce} = :nonce AND r.${R.counted} = 1 AND ${someoneListens}`

/**
 * response.created for an answer this request really inserted (matched by its write nonce)
 * and counted: the row only (the answer path's cost is one small insert); the delivery
 * pass builds its payload from the stored answer before fanning it out.
 */
export function responseCreated(o: { projectId: string; clientId: string; writeNonce: string; now: number }): InStatement[] {
  const mid = newMessageId()
  return [{ sql: RESPONSE_CREATED, args: { mid, p: o.projectId, id: o.clientId, nonce: o.writeNonce, type: 'response.created', now: o.now } }]
}

/**
 * response.commented / response.score_changed for an edit by the answering browser.
 * Placed before the UPDATE: it sees the old values, and the new ones come as arguments.
 */
export function responseEdited(o: { projectId: string; clientId: string; anonymousId: string; comment?: string; score?: number; now: number }): InStatement[] {
  const out: InStatement[] = []
  const where = `r.${R.projectId} = :p AND r.${R.clientId} = :id AND r.${R.anonymousId} = :anon AND r.${R.counted} = 1 AND ${someoneListens}`
  const newScore = o.score === undefined ? `r.${R.score}` : 'CAST(:score AS INTEGER)'
  const newComment = o.comment === undefined ? `r.${R.comment}` : ':comment'
  const base = { p: o.projectId, id: o.clientId, anon: o.anonymousId, now: o.now, score: o.score ?? null, comment: o.comment ?? null }
  const add = (type: EventType, changed: string, previous: string) => {
    const mid = newMessageId()
    out.push(
      {
        sql: `INSERT INTO ${M.$} (${M.id}, ${M.projectId}, ${M.type}, ${M.payload}, ${M.createdAt})
              SELECT :mid, :p, :type, ${envelope(`json_object('project', ${projectJson}, 'survey', ${surveyJson}, 'response', ${responseJson(newScore, newComment)}, 'previous', ${previous})`)}, :now
              ${FROM_RESPONSE} WHERE ${where} AND ${changed}`,
        args: { ...base, mid, type },
      },
    )
  }
  if (o.comment !== undefined) add('response.commented', `r.${R.comment} IS NOT :comment`, `json_object('comment', r.${R.comment})`)
  if (o.score !== undefined) add('response.score_changed', `r.${R.score} IS NOT CAST(:score AS INTEGER)`, `json_object('score', r.${R.score}, 'bucket', ${bucket(`r.${R.score}`)})`)
  return out
}

/**
 * A follow-up event: `where` picks the case rows (aliased f) and may use `args`. One
 * message per case; the ids are numbered from `mid` so a batch stays one statement.
 */
export function followupEvent(o: { type: EventType; projectId: string; followupId: string; link: string; now: number; extra?: string }): InStatement[] {
  const mid = newMessageId()
  return [
    {
      sql: `INSERT INTO ${M.$} (${M.id}, ${M.projectId}, ${M.type}, ${M.payload}, ${M.createdAt})
            SELECT :mid, :p, :type, ${envelope(`json_object('project', ${projectJson}, 'survey', ${surveyJson}, 'response', ${responseJson()}, 'followup', ${followupJson(':link')}${o.extra ? `, ${o.extra}` : ''})`)}, :now
            FROM ${F.$} f JOIN ${R.$} r ON r.${R.projectId} = f.${F.projectId} AND r.${R.clientId} = f.${F.responseId}
            JOIN ${S.$} s ON s.${S.id} = r.${R.surveyId} JOIN ${P.$} p ON p.${P.id} = r.${R.projectId}
            WHERE f.${F.projectId} = :p AND f.${F.id} = :fid AND ${someoneListens}`,
      args: { mid, p: o.projectId, fid: o.followupId, type: o.type, link: o.link, now: o.now },
    },
  ]
}
