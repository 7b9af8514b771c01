/**
 * Reads one person's contact history for every survey of a project in a single round
 * trip, in the shape the pure `decide` function takes.
 * @module
 */
import { DAY, type History } from '../../shared/eligibility'
import { rows, type Store } from '../db/store'
import type { Project, Survey } from '../projects'

interface Stats {
  survey_id: string
  last_dismissed: number | null
  last_shown: number | null
  unanswered: number
}

export interface ProjectHistory {
  forSurvey(s: Survey): History
}

export async function readHistory(db: Store, project: Project, surveys: Survey[], keys: string[], sessionId: string | undefined, now: number): Promise<ProjectHistory> {
  const inKeys = keys.map(() => '?').join(', ')
  const maxPeriod = Math.max(1, ...surveys.map((s) => s.rules.displayPeriodDays))
  const [answered, shown, session, invites] = await db.read([
    {
      sql: `SELECT survey_id, MAX(created_at) AS at FROM responses WHERE project_id = ? AND respondent_key IN (${inKeys}) GROUP BY survey_id`,
      args: [project.id, ...keys],
    },
    {
      // Unanswered displays are counted per survey against each survey's own period below.
      sql: `SELECT survey_id, MAX(dismissed_at) AS last_dismissed, MAX(created_at) AS last_shown,
                   json_group_array(CASE WHEN answered_at IS NULL THEN created_at END) AS unanswered_at
            FROM displays WHERE project_id = ? AND respondent_key IN (${inKeys}) AND created_at > ? GROUP BY survey_id`,
      args: [project.id, ...keys, now - Math.max(maxPeriod, 400) * DAY],
    },
    { sql: 'SELECT COUNT(*) AS n FROM displays WHERE project_id = ? AND session_id = ?', args: [project.id, sessionId ?? null] },
    {
      sql: `SELECT survey_id, trigger_key, expires_at, answered_at FROM invitations
            WHERE project_id = ? AND respondent_key IN (${inKeys}) AND expires_at > ? ORDER BY answered_at IS NOT NULL, created_at DESC`,
      args: [project.id, ...keys, now],
    },
  ])
  const lastAnswer = new Map(rows<{ survey_id: string; at: number }>(answered).map((r) => [r.survey_id, Number(r.at)]))
  const stats = new Map(rows<Stats & { unanswered_at: string }>(shown).map((r) => [r.survey_id, r]))
  const sessionDisplays = sessionId ? Number(rows<{ n: number }>(session)[0]?.n ?? 0) : 0
  const invitations = rows<{ survey_id: string; trigger_key: string; expires_at: number; answered_at: number | null }>(invites)
  const kindOf = new Map(surveys.map((s) => [s.id, s.kind]))

  return {
    forSurvey(s) {
      const st = stats.get(s.id)
      const since = now - s.rules.displayPeriodDays * DAY
      const unanswered = st ? (JSON.parse(st.unanswered_at) as (number | null)[]).filter((t) => t !== null && t > since).length : 0
      let lastOther: number | null = null
      for (const [id, o] of stats) {
        if (id === s.id || o.last_shown === null) continue
        if (!project.rules.cooldownAcrossKinds && kindOf.get(id) !== s.kind) continue
        lastOther = Math.max(lastOther ?? 0, Number(o.last_shown))
      }
      const inv = invitations.find((i) => i.survey_id === s.id)
      return {
        lastAnsweredAt: lastAnswer.get(s.id) ?? null,
        lastDismissedAt: st?.last_dismissed == null ? null : Number(st.last_dismissed),
        unansweredDisplaysInPeriod: unanswered,
        sessionDisplays,
        lastOtherSurveyContactAt: lastOther,
        openInvitation: inv ? { triggerKey: inv.trigger_key, expiresAt: Number(inv.expires_at), answered: inv.answered_at !== null } : null,
      }
    },
  }
}
