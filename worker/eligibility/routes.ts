/**
 * POST /v1/eligibility — "may I ask this person now?". Answers with the one survey they
 * may see (texts for their locale, theme, a signed display token) or "no" with a reason
 * code; never with the project's targeting configuration. A "yes" records the display,
 * so the caps count it.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { EligibilityRequest, EligibilityResponse, type ReasonCode } from '../../shared/contract'
import { decide, HOUR, samplePoint } from '../../shared/eligibility'
import { signToken } from '../crypto'
import type { AppEnv } from '../deps'
import { bodyOf, jsonBody } from '../http/body'
import { publicKey } from '../http/keys'
import { problemResponses } from '../http/openapi'
import type { Survey } from '../projects'
import { resolveRespondent } from '../respondents'
import { readHistory } from './history'
import { surveyContent } from './content'

export const eligibility = new Hono<AppEnv>()

eligibility.post(
  '/',
  describeRoute({
    tags: ['widget'],
    summary: 'Decide whether to show a survey to this person now',
    security: [{ publicKey: [] }],
    responses: {
      200: { description: 'The survey to show, or why not', content: { 'application/json': { schema: resolver(EligibilityResponse) } } },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
  }),
  publicKey(),
  jsonBody(EligibilityRequest),
  async (c) => {
    const { deps, project } = c.var
    const body = bodyOf(c, EligibilityRequest)
    const now = deps.clock()
    const all = await deps.directory.surveys(project.id)
    const respondent = await resolveRespondent(deps.db, project, body, now)

    let candidates = body.survey_id ? all.filter((s) => s.id === body.survey_id) : all.filter((s) => s.status === 'active')
    if (candidates.length === 0) return c.json({ show: false as const, reason: 'no_active_survey' as ReasonCode })

    // A page may open a transactional invitation itself when the survey allows it.
    const opened = body.event && body.order_id ? openInvitationStmts(candidates, body.event, body.order_id, respondent.key, body.channel, now, project.id) : []
    if (opened.length > 0) await deps.db.write(opened)

    // Transactional surveys first: an open invitation is the most specific reason to ask.
    candidates = [...candidates].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'transactional' ? -1 : 1))
    const history = await readHistory(deps.db, project, all, respondent.historyKeys, body.session_id, now)

    let firstNo: ReasonCode | null = null
    for (const survey of candidates) {
      const h = history.forSurvey(survey)
      const d = decide(survey, project.rules, h, now, samplePoint(respondent.key, survey.id))
      if (!d.show) {
        firstNo ??= d.reason
        continue
      }
      const displayId = crypto.randomUUID()
      const triggerKey = survey.kind === 'transactional' ? h.openInvitation!.triggerKey : `display:${displayId}`
      await deps.db.write([
        ...respondent.mergeStmts,
        {
          sql: 'INSERT INTO displays (id, project_id, survey_id, respondent_key, session_id, trigger_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          args: [displayId, project.id, survey.id, respondent.key, body.session_id ?? null, triggerKey, now],
        },
      ])
      const exp = now + deps.config.displayTokenTtlMs
      const token = signToken(project.tokenSecret, { p: project.id, s: survey.id, r: respondent.key, d: displayId, t: triggerKey, iat: now, exp })
      return c.json({
        show: true as const,
        survey: surveyContent(survey, project, [body.locale]),
        display: { id: displayId, token, expires_at: exp },
      })
    }
    if (respondent.mergeStmts.length > 0) await deps.db.write(respondent.mergeStmts)
    return c.json({ show: false as const, reason: firstNo ?? 'no_active_survey' })
  },
)

function openInvitationStmts(surveys: Survey[], event: string, orderId: string, respondentKey: string, channel: string | undefined, now: number, projectId: string) {
  return surveys
    .filter((s) => s.kind === 'transactional' && s.rules.clientTriggers && s.rules.triggerEvents.includes(event))
    .map((s) => ({
      sql: `INSERT INTO invitations (id, project_id, survey_id, respondent_key, event, trigger_key, channel, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      args: [crypto.randomUUID(), projectId, s.id, respondentKey, event, orderId, channel ?? 'web', now, now + s.rules.triggerWindowHours * HOUR],
    }))
}
