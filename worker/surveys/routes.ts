/**
 * /v1/surveys — create, list, read, change, pause, resume, archive. Reading needs the
 * read scope, every change the write scope.
 * @module
 */
import { Hono } from 'hono'
import { SurveyCreate, SurveyInfo, SurveyList, SurveyUpdate } from '../../shared/management'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { describeManagement } from '../http/describe'
import { secretAuth } from '../http/secret-auth'
import { createSurvey, listSurveysHandler, readSurveyHandler, setStatus, updateSurvey } from './handlers'

export const surveys = new Hono<AppEnv>()

const SEEN =
  'Seen at once by the next eligibility call on this server, and within the settings cache TTL (10 s by default) on every other process or Workers isolate.'

surveys.post(
  '/',
  describeManagement({
    summary: 'Create a survey',
    description: `Kind, rules (every one optional: defaults apply), texts per locale, theme, default locale, product name. ${SEEN}`,
    scope: 'write',
    ok: { 201: ['Created, with every rule at its effective value', SurveyInfo] },
    problems: [400, 401, 403, 413, 415, 422, 429, 503],
  }),
  secretAuth('write'),
  jsonBody(SurveyCreate),
  createSurvey,
)

surveys.get(
  '/',
  describeManagement({
    summary: 'List surveys',
    description: 'Oldest first. Archived surveys only with ?include=archived.',
    scope: 'read',
    ok: { 200: ['The surveys', SurveyList] },
    problems: [401, 403, 422, 429, 503],
  }),
  secretAuth('read'),
  listSurveysHandler,
)

surveys.get(
  '/:id',
  describeManagement({ summary: 'Read a survey (archived ones too)', scope: 'read', ok: { 200: ['The survey', SurveyInfo] }, problems: [401, 403, 404, 429, 503] }),
  secretAuth('read'),
  readSurveyHandler,
)

surveys.patch(
  '/:id',
  describeManagement({
    summary: 'Change a survey (JSON merge patch)',
    description: `Rules and theme merge field by field, texts per locale and field; null removes a locale's texts, the default locale or the product name. The kind never changes. ${SEEN}`,
    scope: 'write',
    ok: { 200: ['The survey as it is now', SurveyInfo] },
    problems: [400, 401, 403, 404, 413, 415, 422, 429, 503],
  }),
  secretAuth('write'),
  jsonBody(SurveyUpdate),
  updateSurvey,
)

for (const [action, status, summary] of [
  ['pause', 'paused', 'Pause a survey: not shown (eligibility answers survey_paused when asked for it by id) until resumed'],
  ['resume', 'active', 'Resume a paused survey'],
  ['archive', 'archived', 'Archive a survey: never shown again, listed only with ?include=archived; its answers are kept'],
] as const) {
  surveys.post(
    `/:id/${action}`,
    describeManagement({ summary, description: SEEN, scope: 'write', ok: { 200: ['The survey as it is now', SurveyInfo] }, problems: [401, 403, 404, 409, 429, 503] }),
    secretAuth('write'),
    setStatus(status),
  )
}
