/**
 * The eligibility path's statements: one person's contact history for every survey of a
 * project in a single round trip (in the shape the pure `decide` takes), and the display
 * a "yes" records. Every statement is bounded by the person's own history — the key list
 * is capped (respondents.ts) and each read is pinned to the index on the respondent —
 * never by the size of the project; `queries.test.ts` checks each plan.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { DAY, type History } from '../../shared/eligibility'
import { displays, followups, invitations, responses } from '../db/schema'
import { names } from '../db/sql'
import { rows, type Store } from '../db/store'
import type { Project, Survey } from '../projects'

const R = names(responses)
const D = names(displays)
const I = names(invitations)
const F = names(followups)

export interface ProjectHistory {
  forSurvey(s: Survey): History
}

/**
 * The five history reads as one statement (one call into the engine, one row of JSON
 * columns: each engine call costs several µs whatever it reads); exported so its query
 * plan can be tested. Each part keeps its own index (see historyTexts).
 */
export function historyStatements(projectId: string, keys: string[], sessionId: string | undefined, shownSince: number, now: number): InStatement[] {
  const sql = historySql(keys.length)
  return [{ sql, args: [projectId, ...keys, projectId, ...keys, shownSince, projectId, sessionId ?? null, projectId, ...keys, now, projectId, ...keys] }]
}

// The texts for n keys, built once per n (at most MERGED_ANONYMOUS_IDS + 2 of them): the
// statement cache and the writer protocol look a text up by its content.
const bySize = new Map<number, string>()
function historySql(n: number): string {
  let sql = bySize.get(n)
  if (!sql) {
    const [answered, shown, session, invites, followup] = historyTexts(Array(n).fill('?').join(', '))
    sql = `SELECT
      (SELECT json_group_array(json_object('surveyId', surveyId, 'at', at)) FROM (${answered})) AS answered,
      (SELECT json_group_array(json_object('surveyId', surveyId, 'lastDismissed', lastDismissed, 'lastShown', lastShown, 'unansweredAt', json(unansweredAt))) FROM (${shown})) AS shown,
      (${session}) AS session,
      (SELECT json_group_array(json_object('surveyId', surveyId, 'triggerKey', triggerKey, 'expiresAt', expiresAt, 'answeredAt', answeredAt)) FROM (${invites})) AS invites,
      EXISTS (${followup}) AS followup`
    bySize.set(n, sql)
  }
  return sql
}

function historyTexts(inKeys: string): string[] {
  return [
    // INDEXED BY: grouping by survey would otherwise tempt the planner into the
    // fingerprint index (project, survey, …), a search on the project alone.
    `SELECT ${R.surveyId} AS surveyId, MAX(${R.createdAt}) AS at FROM ${R.$} INDEXED BY responses_respondent_survey
     WHERE ${R.projectId} = ? AND ${R.respondentKey} IN (${inKeys}) GROUP BY ${R.surveyId}`,
    // Unanswered displays are counted per survey against each survey's own period below.
    `SELECT ${D.surveyId} AS surveyId, MAX(${D.dismissedAt}) AS lastDismissed, MAX(${D.createdAt}) AS lastShown,
            json_group_array(CASE WHEN ${D.answeredAt} IS NULL THEN ${D.createdAt} END) AS unansweredAt
     FROM ${D.$} INDEXED BY displays_respondent
     WHERE ${D.projectId} = ? AND ${D.respondentKey} IN (${inKeys}) AND ${D.createdAt} > ? GROUP BY ${D.surveyId}`,
    `SELECT COUNT(*) AS n FROM ${D.$} WHERE ${D.projectId} = ? AND ${D.sessionId} = ?`,
    `SELECT ${I.surveyId} AS surveyId, ${I.triggerKey} AS triggerKey, ${I.expiresAt} AS expiresAt, ${I.answeredAt} AS answeredAt
     FROM ${I.$} INDEXED BY invitations_respondent
     WHERE ${I.projectId} = ? AND ${I.respondentKey} IN (${inKeys}) AND ${I.expiresAt} > ?
     ORDER BY ${I.answeredAt} IS NOT NULL, ${I.createdAt} DESC`,
    // A follow-up case still open for this person (index on project, person, status).
    `SELECT 1 AS open FROM ${F.$} INDEXED BY followups_respondent
     WHERE ${F.projectId} = ? AND ${F.respondentKey} IN (${inKeys}) AND ${F.status} IN ('open', 'contacted') LIMIT 1`,
  ]
}

interface Shown {
  surveyId: string
  lastDismissed: number | null
  lastShown: number | null
  unansweredAt: (number | null)[]
}
type OpenInvitation = Pick<typeof invitations.$inferSelect, 'surveyId' | 'triggerKey' | 'expiresAt' | 'answeredAt'>

export async function readHistory(db: Store, project: Project, surveys: Survey[], keys: string[], sessionId: string | undefined, now: number): Promise<ProjectHistory> {
  const maxPeriod = Math.max(1, ...surveys.map((s) => s.rules.displayPeriodDays))
  const [rs] = await db.read(historyStatements(project.id, keys, sessionId, now - Math.max(maxPeriod, 400) * DAY, now))
  const h = rows<{ answered: string; shown: string; session: number; invites: string; followup: number }>(rs)[0]
  const lastAnswer = new Map((JSON.parse(h.answered) as { surveyId: string; at: number }[]).map((r) => [r.surveyId, Number(r.at)]))
  const stats = new Map((JSON.parse(h.shown) as Shown[]).map((r) => [r.surveyId, r]))
  const sessionDisplays = sessionId ? Number(h.session ?? 0) : 0
  const open = JSON.parse(h.invites) as OpenInvitation[]
  const kindOf = new Map(surveys.map((s) => [s.id, s.kind]))
  const openFollowup = Number(h.followup) === 1

  return {
    forSurvey(s) {
      const st = stats.get(s.id)
      const since = now - s.rules.displayPeriodDays * DAY
      const unanswered = st ? st.unansweredAt.filter((t) => t !== null && t > since).length : 0
      let lastOther: number | null = null
      for (const [id, o] of stats) {
        if (id === s.id || o.lastShown === null) continue
        if (!project.rules.cooldownAcrossKinds && kindOf.get(id) !== s.kind) continue
        lastOther = Math.max(lastOther ?? 0, Number(o.lastShown))
      }
      const inv = open.find((i) => i.surveyId === s.id)
      return {
        lastAnsweredAt: lastAnswer.get(s.id) ?? null,
        lastDismissedAt: st?.lastDismissed == null ? null : Number(st.lastDismissed),
        unansweredDisplaysInPeriod: unanswered,
        sessionDisplays,
        lastOtherSurveyContactAt: lastOther,
        openInvitation: inv ? { triggerKey: inv.triggerKey, expiresAt: Number(inv.expiresAt), answered: inv.answeredAt !== null } : null,
        openFollowup,
      }
    },
  }
}

export interface DisplayContext {
  traits: Record<string, unknown>
  traits_verified: boolean
  locale: string
  channel: string
  platform: string
}

const INSERT_DISPLAY = `INSERT INTO ${D.$} (${D.id}, ${D.projectId}, ${D.surveyId}, ${D.respondentKey}, ${D.sessionId}, ${D.triggerKey}, ${D.context}, ${D.createdAt}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

export const insertDisplay = (d: { id: string; projectId: string; surveyId: string; respondentKey: string; sessionId: string | null; triggerKey: string; context: DisplayContext; now: number }): InStatement => ({
  sql: INSERT_DISPLAY,
  args: [d.id, d.projectId, d.surveyId, d.respondentKey, d.sessionId, d.triggerKey, JSON.stringify(d.context), d.now],
})
