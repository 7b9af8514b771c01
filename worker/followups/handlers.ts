/**
 * Follow-up cases through the secret side: list with filters, read with the log, change
 * status, assign, add notes — each change logged (who, when) and sent as followup.updated
 * in the same transaction — and the time-to-contact / time-to-resolution figures.
 * @module
 */
import type { Context } from 'hono'
import { followupSettings, followupTimings, transitionProblem, type FollowupStatus } from '../../shared/closed-loop/followup'
import type { FollowupAssign, FollowupNote, FollowupUpdate } from '../../shared/closed-loop/followup-contract'
import { followups } from '../db/schema'
import { names } from '../db/sql'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { followupLink } from '../responses/handlers'
import { bucket } from '../../shared/nps'
import { caseTimesOf, caseTimesStatement, changeCase, listCases, readCase, type CaseChange, type CaseRow, type LogRow, type ResponseBrief } from './queries'

const F = names(followups)
const num = (x: unknown) => (x === null || x === undefined ? null : Number(x))

/** The answer behind a case, as the list and the case show it. */
function brief(x: ResponseBrief) {
  const score = x.score === null ? null : Number(x.score)
  return { score, bucket: score === null ? null : bucket(score), comment: x.comment, user_id: x.userId, channel: x.channel, order_id: x.orderId }
}

function present(r: CaseRow, now: number, extra: { response?: ResponseBrief; log?: LogRow[] } = {}) {
  const open = r.status === 'open'
  const live = open || r.status === 'contacted'
  return {
    id: r.id,
    response_id: r.responseId,
    survey_id: r.surveyId,
    status: r.status,
    priority: r.priority,
    owner: r.owner,
    first_contact_due: Number(r.firstContactDue),
    resolution_due: Number(r.resolutionDue),
    contacted_at: num(r.contactedAt),
    resolved_at: num(r.resolvedAt),
    closed_reason: r.closedReason,
    breached: {
      first_contact: r.contactBreachedAt !== null || (open && Number(r.firstContactDue) <= now) || (r.contactedAt !== null && Number(r.contactedAt) > Number(r.firstContactDue)),
      resolution: r.resolutionBreachedAt !== null || (live && Number(r.resolutionDue) <= now) || (r.resolvedAt !== null && Number(r.resolvedAt) > Number(r.resolutionDue)),
    },
    created_at: Number(r.createdAt),
    updated_at: Number(r.updatedAt),
    ...(extra.response ? { response: brief(extra.response) } : {}),
    ...(extra.log ? { log: extra.log.map((l) => ({ at: Number(l.at), actor: l.actor, kind: l.kind, before: l.before, after: l.after, note: l.note })) } : {}),
  }
}

const time = (c: Context, name: string) => {
  const v = c.req.query(name)
  if (v === undefined) return undefined
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v)
  if (!Number.isFinite(t)) throw new ApiError(422, 'validation_failed', `${name} is a date (ISO 8601) or epoch milliseconds.`, [{ field: name, message: 'not a date' }])
  return t
}

function pickOne<T extends string>(c: Context, name: string, values: readonly T[]): T | undefined {
  const v = c.req.query(name)
  if (v === undefined) return undefined
  if (!values.includes(v as T)) throw new ApiError(422, 'validation_failed', `${name} is one of ${values.join(', ')}.`, [{ field: name, message: 'unknown value' }])
  return v as T
}

const STATUSES = ['open', 'contacted', 'resolved', 'closed'] as const

/** `status=open` or several, `status=open,contacted`. */
function statuses(c: Context): string[] | undefined {
  const v = c.req.query('status')
  if (v === undefined || v === '') return undefined
  const list = v.split(',')
  if (list.some((s) => !(STATUSES as readonly string[]).includes(s))) {
    throw new ApiError(422, 'validation_failed', `status is one or more of ${STATUSES.join(', ')}, separated by commas.`, [{ field: 'status', message: 'unknown value' }])
  }
  return list
}

export async function listFollowups(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 50) || 50))
  const breached = pickOne(c, 'breached', ['true', 'false'] as const)
  const order = pickOne(c, 'order', ['created', 'sla'] as const) ?? 'created'
  const offsetText = c.req.query('offset')
  if (offsetText !== undefined && !/^\d{1,9}$/.test(offsetText)) throw new ApiError(422, 'validation_failed', 'offset is a whole number.', [{ field: 'offset', message: 'not a whole number' }])
  const offset = Number(offsetText ?? 0)
  const now = deps.clock()
  const [rs] = await deps.db.read([
    listCases(
      project.id,
      {
        status: statuses(c),
        priority: pickOne(c, 'priority', ['high', 'normal'] as const),
        owner: c.req.query('owner') || undefined,
        unassigned: pickOne(c, 'unassigned', ['true', 'false'] as const) === 'true',
        surveyId: c.req.query('survey_id'),
        breached: breached === undefined ? undefined : breached === 'true',
        from: time(c, 'from'),
        to: time(c, 'to'),
        before: c.req.query('before'),
        order,
        offset,
        limit,
      },
      now,
    ),
  ])
  const list = rows<CaseRow & ResponseBrief>(rs)
  const full = list.length === limit
  return c.json({
    followups: list.map((r) => present(r, now, { response: r })),
    next_before: full && order === 'created' ? list[list.length - 1].id : null,
    next_offset: full && order === 'sla' ? offset + limit : null,
  })
}

async function load(c: Context<AppEnv>) {
  const [rs, log, response] = await c.var.deps.db.read(readCase(c.var.project.id, c.req.param('id') ?? ''))
  const r = first<CaseRow>(rs)
  if (!r) throw new ApiError(404, 'not_found', 'No such follow-up in this project.')
  return { r, log: rows<LogRow>(log), response: first<ResponseBrief>(response) ?? undefined }
}

export async function readFollowup(c: Context<AppEnv>) {
  const { r, log, response } = await load(c)
  return c.json(present(r, c.var.deps.clock(), { log, response }))
}

async function apply(c: Context<AppEnv>, change: Omit<CaseChange, 'projectId' | 'id' | 'now' | 'link'>) {
  const { deps, project } = c.var
  const id = c.req.param('id') ?? ''
  const rs = await deps.db.write(changeCase({ ...change, projectId: project.id, id, now: deps.clock(), link: followupLink(deps.config.publicUrl) }))
  if (change.status && rs[0].rowsAffected === 0) throw new ApiError(409, 'conflict', 'The follow-up changed meanwhile; read it again.')
  deps.scheduler.soon(c)
  const fresh = await load(c)
  return c.json(present(fresh.r, deps.clock(), { log: fresh.log, response: fresh.response }))
}

/**
 * Who made a change: a signed-in person is always themselves (`user:<e-mail>`); a key or
 * token may name the person it acts for (a CRM user), else it is itself (`secret_key`, `token:<id>`).
 */
const actorOf = (c: Context<AppEnv>, given: string | undefined) => (c.var.actor?.startsWith('user:') ? c.var.actor : (given ?? c.var.actor ?? 'api'))

export async function updateFollowup(c: JsonContext<typeof FollowupUpdate, '/:id'>) {
  const b = c.req.valid('json')
  const { r } = await load(c)
  const change: Omit<CaseChange, 'projectId' | 'id' | 'now' | 'link'> = { actor: actorOf(c, b.actor) }
  if (b.status && b.status !== r.status) {
    const problem = transitionProblem(r.status as FollowupStatus, b.status, b.reason)
    if (problem) throw new ApiError(422, 'invalid_transition', `This status change is not allowed: ${problem}.`, [{ field: 'status', message: problem }])
    const s = followupSettings(c.var.project.rules.followups)
    const resurveyAt = b.status === 'resolved' && s.resurveyAfterDays !== null && s.resurveySurveyId ? c.var.deps.clock() + s.resurveyAfterDays * 86_400_000 : null
    change.status = { from: r.status, to: b.status, reason: b.reason, resurveyAt }
  }
  if (b.owner !== undefined && b.owner !== r.owner) change.owner = { from: r.owner, to: b.owner }
  if (!change.status && !change.owner) return c.json(present(r, c.var.deps.clock()))
  return apply(c, change)
}

export async function assignFollowup(c: JsonContext<typeof FollowupAssign, '/:id/assign'>) {
  const b = c.req.valid('json')
  const { r } = await load(c)
  return apply(c, { actor: actorOf(c, b.actor), owner: { from: r.owner, to: b.owner } })
}

export async function noteFollowup(c: JsonContext<typeof FollowupNote, '/:id/notes'>) {
  const b = c.req.valid('json')
  await load(c)
  return apply(c, { actor: actorOf(c, b.actor), note: b.text })
}

/** Time to first contact and to resolution over the cases opened in a period: median and share within SLA. */
export async function followupStats(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const now = deps.clock()
  const from = time(c, 'from') ?? now - 30 * 86_400_000
  const to = time(c, 'to') ?? now + 1
  const [rs] = await deps.db.read([caseTimesStatement(project.id, from, to)])
  return c.json(followupTimings(caseTimesOf(rs)))
}
