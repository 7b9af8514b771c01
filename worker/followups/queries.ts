/**
 * Follow-up cases in libSQL: opened inside the answer's transaction (only when that
 * answer was really inserted and counted), changed with a log row and an outbox event
 * in one transaction, and listed or read per project.
 * @module
 */
import type { InStatement, ResultSet } from '@libsql/client'
import type { CaseTimes, Deadlines, FollowupSettings } from '../../shared/closed-loop/followup'
import { rows } from '../db/store'
import { followupLog, followups, responses } from '../db/schema'
import { names, pick, type Row } from '../db/sql'
import { followupEvent, newMessageId } from '../outbox/events'

const F = names(followups)
const L = names(followupLog)
const R = names(responses)

export const newFollowupId = () => `fu_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`

/**
 * The case for an answer just written (matched by its write nonce), if it needs one:
 * a counted detractor, or a VIP below 7, with no case already open for that person.
 * Priority and owner are decided in SQL from the stored row, the deadlines came from
 * the pure rules; followup.opened goes out in the same transaction.
 */
export function openFollowup(o: { projectId: string; clientId: string; writeNonce: string; settings: FollowupSettings; deadlines: Deadlines; link: string; now: number }): InStatement[] {
  const id = newFollowupId()
  const s = o.settings
  const vip = `upper(COALESCE(r.${R.traits} ->> ('$.' || :vipTrait), '')) = upper(:vipValue)`
  const seq = `COALESCE((SELECT MAX(${F.seq}) FROM ${F.$} WHERE ${F.projectId} = :p), 0) + 1`
  return [
    {
      sql: `INSERT INTO ${F.$} (${F.id}, ${F.projectId}, ${F.seq}, ${F.responseId}, ${F.surveyId}, ${F.respondentKey}, ${F.status}, ${F.priority}, ${F.owner},
              ${F.firstContactDue}, ${F.resolutionDue}, ${F.createdAt}, ${F.updatedAt})
            SELECT :fid, :p, seq, r.${R.clientId}, r.${R.surveyId}, r.${R.respondentKey}, 'open', prio,
              CASE WHEN json_array_length(:owners) > 0 THEN json_extract(:owners, '$[' || ((seq - 1) % json_array_length(:owners)) || ']') ELSE :defaultOwner END,
              :contactDue, CASE WHEN prio = 'high' THEN :resolveHigh ELSE :resolveNormal END, :now, :now
            FROM (SELECT r.*, ${seq} AS seq, CASE WHEN ${vip} OR r.${R.score} <= :highMax THEN 'high' ELSE 'normal' END AS prio
                  FROM ${R.$} r WHERE r.${R.projectId} = :p AND r.${R.clientId} = :id) r
            WHERE r.${R.writeNonce} = :nonce AND r.${R.counted} = 1 AND (r.${R.score} <= 6 OR (${vip} AND r.${R.score} < 7))
              AND NOT EXISTS (SELECT 1 FROM ${F.$} WHERE ${F.projectId} = :p AND ${F.respondentKey} = r.${R.respondentKey} AND ${F.status} IN ('open', 'contacted'))
            ON CONFLICT DO NOTHING`,
      args: {
        fid: id, p: o.projectId, id: o.clientId, nonce: o.writeNonce, vipTrait: s.vipTrait, vipValue: s.vipValue, highMax: s.highPriorityMaxScore,
        owners: JSON.stringify(s.owners), defaultOwner: s.defaultOwner, contactDue: o.deadlines.firstContactDue,
        resolveHigh: o.deadlines.resolutionDueHigh, resolveNormal: o.deadlines.resolutionDueNormal, now: o.now,
      },
    },
    {
      sql: `INSERT INTO ${L.$} (${L.followupId}, ${L.at}, ${L.actor}, ${L.kind}, ${L.after}) SELECT ${F.id}, :now, 'tenpoint', 'status', 'open' FROM ${F.$} WHERE ${F.id} = :fid`,
      args: { fid: id, now: o.now },
    },
    ...followupEvent({ type: 'followup.opened', projectId: o.projectId, followupId: id, link: o.link, now: o.now }),
  ]
}

/** The answering browser edited its comment or score: logged on the person's case for that answer. Before the UPDATE. */
export function attachEdit(o: { projectId: string; clientId: string; anonymousId: string; comment?: string; score?: number; now: number }): InStatement[] {
  const out: InStatement[] = []
  const args = { p: o.projectId, id: o.clientId, anon: o.anonymousId, now: o.now, comment: o.comment ?? null, score: o.score ?? null }
  const from = `FROM ${F.$} f JOIN ${R.$} r ON r.${R.projectId} = f.${F.projectId} AND r.${R.clientId} = f.${F.responseId}
                WHERE f.${F.projectId} = :p AND f.${F.responseId} = :id AND r.${R.anonymousId} = :anon`
  if (o.comment !== undefined) {
    out.push({
      sql: `INSERT INTO ${L.$} (${L.followupId}, ${L.at}, ${L.actor}, ${L.kind}, ${L.before}, ${L.after}) SELECT f.${F.id}, :now, 'respondent', 'comment', r.${R.comment}, :comment ${from} AND r.${R.comment} IS NOT :comment`,
      args,
    })
  }
  if (o.score !== undefined) {
    out.push({
      sql: `INSERT INTO ${L.$} (${L.followupId}, ${L.at}, ${L.actor}, ${L.kind}, ${L.before}, ${L.after}) SELECT f.${F.id}, :now, 'respondent', 'score', r.${R.score}, CAST(:score AS TEXT) ${from} AND r.${R.score} IS NOT CAST(:score AS INTEGER)`,
      args,
    })
  }
  return out
}

export const CASE = [
  'id', 'responseId', 'surveyId', 'respondentKey', 'status', 'priority', 'owner', 'firstContactDue', 'resolutionDue', 'contactedAt', 'resolvedAt',
  'closedReason', 'contactBreachedAt', 'resolutionBreachedAt', 'resurveyAt', 'createdAt', 'updatedAt',
] as const
export type CaseRow = Row<typeof followups, (typeof CASE)[number]>
export const LOG = ['at', 'actor', 'kind', 'before', 'after', 'note'] as const
export type LogRow = Row<typeof followupLog, (typeof LOG)[number]>

/** What a case shows of its answer: the score, the comment, the person, the order, the channel. */
const RESPONSE = `r.${R.score} AS score, r.${R.comment} AS comment, r.${R.userId} AS userId, r.${R.channel} AS channel, r.${R.triggerKey} AS orderId`
export interface ResponseBrief {
  score: number | null
  comment: string | null
  userId: string | null
  channel: string | null
  orderId: string | null
}

export const readCase = (projectId: string, id: string): InStatement[] => [
  { sql: `SELECT ${pick(followups, CASE)} FROM ${F.$} WHERE ${F.projectId} = ? AND ${F.id} = ?`, args: [projectId, id] },
  {
    sql: `SELECT ${pick(followupLog, LOG)} FROM ${L.$} WHERE ${L.followupId} = ? AND EXISTS (SELECT 1 FROM ${F.$} WHERE ${F.projectId} = ? AND ${F.id} = ?) ORDER BY ${L.at}, ${L.id}`,
    args: [id, projectId, id],
  },
  {
    sql: `SELECT ${RESPONSE} FROM ${F.$} f JOIN ${R.$} r ON r.${R.projectId} = f.${F.projectId} AND r.${R.clientId} = f.${F.responseId} WHERE f.${F.projectId} = ? AND f.${F.id} = ?`,
    args: [projectId, id],
  },
]

export interface CaseFilter {
  /** One status or several. */
  status?: string[]
  owner?: string
  /** Only cases without an owner. */
  unassigned?: boolean
  /** `sla`: the queue — live cases first, overdue ones before the rest, each by the deadline due next; `created`: newest first. */
  order?: 'created' | 'sla'
  /** Rows to skip (the `sla` order pages by offset). */
  offset?: number
  priority?: string
  breached?: boolean
  surveyId?: string
  from?: number
  to?: number
  before?: string
  limit: number
}

export function listCases(projectId: string, f: CaseFilter, now: number): InStatement {
  const where = [`f.${F.projectId} = :p`]
  const statuses = f.status ?? []
  if (statuses.length) where.push(`f.${F.status} IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`)
  if (f.owner) where.push(`f.${F.owner} = :owner`)
  if (f.unassigned) where.push(`f.${F.owner} IS NULL`)
  if (f.priority) where.push(`f.${F.priority} = :priority`)
  if (f.surveyId) where.push(`f.${F.surveyId} = :survey`)
  if (f.from !== undefined) where.push(`f.${F.createdAt} >= :from`)
  if (f.to !== undefined) where.push(`f.${F.createdAt} < :to`)
  if (f.before && f.order !== 'sla') where.push(`(f.${F.createdAt}, f.${F.id}) < (SELECT ${F.createdAt}, ${F.id} FROM ${F.$} WHERE ${F.projectId} = :p AND ${F.id} = :before)`)
  const breached = `(f.${F.contactBreachedAt} IS NOT NULL OR f.${F.resolutionBreachedAt} IS NOT NULL
    OR (f.${F.status} = 'open' AND f.${F.firstContactDue} <= :now) OR (f.${F.status} IN ('open', 'contacted') AND f.${F.resolutionDue} <= :now))`
  if (f.breached === true) where.push(breached)
  if (f.breached === false) where.push(`NOT ${breached}`)
  const live = `f.${F.status} IN ('open', 'contacted')`
  // The deadline a live case must meet next: first contact while open, then resolution.
  const nextDue = `CASE f.${F.status} WHEN 'open' THEN f.${F.firstContactDue} WHEN 'contacted' THEN f.${F.resolutionDue} END`
  // Overdue now: a deadline still to meet has passed (a case contacted late but not yet due for resolution is not).
  const overdue = `((f.${F.status} = 'open' AND (f.${F.firstContactDue} <= :now OR f.${F.resolutionDue} <= :now)) OR (f.${F.status} = 'contacted' AND f.${F.resolutionDue} <= :now))`
  const order =
    f.order === 'sla'
      ? `CASE WHEN ${overdue} THEN 0 WHEN ${live} THEN 1 ELSE 2 END, ${nextDue}, f.${F.updatedAt} DESC, f.${F.id} DESC LIMIT :limit OFFSET :offset`
      : `f.${F.createdAt} DESC, f.${F.id} DESC LIMIT :limit`
  const args: Record<string, string | number | null> = {
    p: projectId, owner: f.owner ?? null, priority: f.priority ?? null, survey: f.surveyId ?? null, from: f.from ?? null, to: f.to ?? null,
    before: f.before ?? null, now, limit: f.limit, offset: f.offset ?? 0,
  }
  statuses.forEach((s, i) => (args[`s${i}`] = s))
  return {
    sql: `SELECT ${CASE.map((k) => `f.${F[k]} AS "${k}"`).join(', ')}, ${RESPONSE}
          FROM ${F.$} f INDEXED BY followups_list LEFT JOIN ${R.$} r ON r.${R.projectId} = f.${F.projectId} AND r.${R.clientId} = f.${F.responseId}
          WHERE ${where.join(' AND ')} ORDER BY ${order}`,
    args,
  }
}

export interface CaseChange {
  projectId: string
  id: string
  actor: string
  now: number
  link: string
  status?: { from: string; to: string; reason?: string; resurveyAt: number | null }
  owner?: { from: string | null; to: string }
  note?: string
}

/** A status change, an assignment or a note: the row, its log lines, and followup.updated, in one transaction. */
export function changeCase(c: CaseChange): InStatement[] {
  const out: InStatement[] = []
  const log = (kind: string, before: string | null, after: string | null, note: string | null) =>
    out.push({
      sql: `INSERT INTO ${L.$} (${L.followupId}, ${L.at}, ${L.actor}, ${L.kind}, ${L.before}, ${L.after}, ${L.note}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      args: [c.id, c.now, c.actor, kind, before, after, note],
    })
  if (c.status) {
    const s = c.status
    out.push({
      // Guarded by the status read before, so two concurrent changes cannot both apply.
      sql: `UPDATE ${F.$} SET ${F.status} = :to, ${F.updatedAt} = :now,
              ${F.contactedAt} = CASE WHEN :to IN ('contacted', 'resolved') THEN COALESCE(${F.contactedAt}, :now) ELSE ${F.contactedAt} END,
              ${F.resolvedAt} = CASE WHEN :to IN ('resolved', 'closed') THEN :now ELSE ${F.resolvedAt} END,
              ${F.closedReason} = CASE WHEN :to = 'closed' THEN :reason ELSE ${F.closedReason} END,
              ${F.resurveyAt} = CASE WHEN :to = 'resolved' THEN :resurvey ELSE ${F.resurveyAt} END
            WHERE ${F.projectId} = :p AND ${F.id} = :id AND ${F.status} = :from`,
      args: { p: c.projectId, id: c.id, from: s.from, to: s.to, now: c.now, reason: s.reason ?? null, resurvey: s.resurveyAt },
    })
    log('status', s.from, s.to, s.reason ?? null)
  }
  if (c.owner) {
    out.push({ sql: `UPDATE ${F.$} SET ${F.owner} = ?, ${F.updatedAt} = ? WHERE ${F.projectId} = ? AND ${F.id} = ?`, args: [c.owner.to, c.now, c.projectId, c.id] })
    log('assign', c.owner.from, c.owner.to, null)
  }
  if (c.note !== undefined) {
    out.push({ sql: `UPDATE ${F.$} SET ${F.updatedAt} = ? WHERE ${F.projectId} = ? AND ${F.id} = ?`, args: [c.now, c.projectId, c.id] })
    log('note', null, null, c.note)
  }
  const change = c.status ? `'change', json_object('status', json_object('from', '${c.status.from}', 'to', '${c.status.to}'))` : c.owner ? `'change', json_object('owner', 'assigned')` : `'change', json_object('note', 'added')`
  out.push(...followupEvent({ type: 'followup.updated', projectId: c.projectId, followupId: c.id, link: c.link, now: c.now, extra: change }))
  return out
}

export { newMessageId }

/** The cases opened in [from, to), optionally of some surveys only, as the timing figures read them. */
export function caseTimesStatement(projectId: string, from: number, to: number, surveyIds?: string[]): InStatement {
  const only = surveyIds ? ` AND ${F.surveyId} IN (${surveyIds.map(() => '?').join(', ')})` : ''
  return {
    sql: `SELECT ${F.status} AS status, ${F.createdAt} AS created, ${F.firstContactDue} AS contactDue, ${F.contactedAt} AS contacted,
                 ${F.resolutionDue} AS resolutionDue, ${F.resolvedAt} AS resolved
          FROM ${F.$} INDEXED BY followups_list WHERE ${F.projectId} = ? AND ${F.createdAt} >= ? AND ${F.createdAt} < ?${only}`,
    args: [projectId, from, to, ...(surveyIds ?? [])],
  }
}

export const caseTimesOf = (rs: ResultSet): CaseTimes[] =>
  rows<Record<keyof CaseTimes, unknown>>(rs).map((r) => ({
    status: String(r.status),
    created: Number(r.created),
    contactDue: Number(r.contactDue),
    contacted: r.contacted === null ? null : Number(r.contacted),
    resolutionDue: Number(r.resolutionDue),
    resolved: r.resolved === null ? null : Number(r.resolved),
  }))
