/**
 * "May I ask this person now?": answers with the one survey they may see (texts for their
 * locale, theme, a signed display token) or "no" with a reason code; never with the
 * project's targeting configuration. A "yes" records the display, so the caps count it.
 * A preview answers "yes" whatever the caps and records nothing: its token names a
 * respondent of its own, so a preview answer never touches the person's history.
 * @module
 */
import { platformOf } from '../../shared/context'
import type { EligibilityRequest, ReasonCode } from '../../shared/contract'
import { decide, HOUR, samplePoint } from '../../shared/eligibility'
import { signToken, type DisplayClaims } from '../crypto'
import type { JsonContext } from '../http/body'
import { acceptedLanguages } from '../http/accept-language'
import { openInvitation } from '../invitations/queries'
import type { Project, Survey } from '../projects'
import { resolveRespondent } from '../respondents'
import { surveyContent } from './content'
import { insertDisplay, readHistory } from './queries'
import { noteSeen } from '../install/seen'

type Ctx = JsonContext<typeof EligibilityRequest>

export async function decideEligibility(c: Ctx) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const now = deps.clock()
  noteSeen(c)
  const all = await deps.directory.surveys(project.id)
  const respondent = await resolveRespondent(deps.db, project, body, now)

  let candidates = body.survey_id ? all.filter((s) => s.id === body.survey_id) : all.filter((s) => s.status === 'active')
  // Transactional surveys first: an open invitation is the most specific reason to ask.
  candidates = [...candidates].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'transactional' ? -1 : 1))
  if (candidates.length === 0) return c.json({ show: false as const, reason: 'no_active_survey' as ReasonCode })
  if (body.preview) return grant(c, candidates[0], { r: `p:${respondent.key}`, t: `preview:${crypto.randomUUID()}`, pv: 1 })

  // A page may open a transactional invitation itself when the survey allows it.
  if (body.event && body.order_id) {
    const opened = candidates
      .filter((s) => s.kind === 'transactional' && s.rules.clientTriggers && s.rules.triggerEvents.includes(body.event!))
      .map((s) =>
        openInvitation({
          id: crypto.randomUUID(),
          projectId: project.id,
          surveyId: s.id,
          respondentKey: respondent.key,
          event: body.event!,
          orderId: body.order_id!,
          channel: body.channel ?? 'web',
          attributes: {},
          source: 'client',
          now,
          expiresAt: now + s.rules.triggerWindowHours * HOUR,
        }),
      )
    if (opened.length > 0) await deps.db.write(opened)
  }

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
      insertDisplay({
        id: displayId,
        projectId: project.id,
        surveyId: survey.id,
        respondentKey: respondent.key,
        sessionId: body.session_id ?? null,
        triggerKey,
        context: {
          traits: body.traits ?? {},
          traits_verified: respondent.verified,
          locale: body.locale ?? '',
          channel: body.channel ?? 'web',
          platform: platformOf(body.channel, c.req.header('user-agent')),
        },
        now,
      }),
    ])
    return grant(c, survey, { r: respondent.key, d: displayId, t: triggerKey })
  }
  if (respondent.mergeStmts.length > 0) await deps.db.write(respondent.mergeStmts)
  return c.json({ show: false as const, reason: firstNo ?? 'no_active_survey' })
}

function grant(c: Ctx, survey: Survey, who: Pick<DisplayClaims, 'r' | 't' | 'pv'> & { d?: string }) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const now = deps.clock()
  const d = who.d ?? crypto.randomUUID()
  const exp = now + deps.config.displayTokenTtlMs
  const token = signToken(project.tokenSecret, { p: project.id, s: survey.id, d, iat: now, exp, ...who })
  return c.json({
    show: true as const,
    survey: surveyContent(survey, project as Project, body.locale ? [body.locale] : acceptedLanguages(c.req.header('accept-language'))),
    display: { id: d, token, expires_at: exp },
  })
}
