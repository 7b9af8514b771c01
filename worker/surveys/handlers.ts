/**
 * Surveys through the API: create, list, read, change, pause, resume, archive. Archiving
 * keeps every answer; an archived survey is never shown and only listed on request.
 * Every write drops this process's cached survey list at once, so the next eligibility
 * call here sees it; other processes and isolates within the cache TTL.
 * @module
 */
import type { Context } from 'hono'
import { contentFromWire, rulesFromWire, type SurveyCreate, type SurveyUpdate } from '../../shared/management'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { createSurveyStatement, listSurveys, newSurvey, patchSurvey, readSurvey, setSurveyStatus, surveyInfo, type SurveyRecord } from './queries'

const notFound = () => new ApiError(404, 'not_found', 'This project has no survey with this id.')

export async function createSurvey(c: JsonContext<typeof SurveyCreate>) {
  const { deps, project } = c.var
  const { id, statement } = createSurveyStatement(newSurvey(project.id, c.req.valid('json')), deps.clock())
  const [, rs] = await deps.db.write([statement, readSurvey(project.id, id)])
  deps.directory.invalidate(project.id)
  return c.json(surveyInfo(first<SurveyRecord>(rs)!), 201)
}

export async function listSurveysHandler(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const include = c.req.query('include')
  if (include !== undefined && include !== 'archived') throw new ApiError(422, 'validation_failed', 'Some fields are not valid; see errors.', [{ field: 'include', message: 'only "archived"' }])
  const [rs] = await deps.db.read([listSurveys(project.id, include === 'archived')])
  return c.json({ surveys: rows<SurveyRecord>(rs).map(surveyInfo) })
}

export async function readSurveyHandler(c: Context<AppEnv, '/:id'>) {
  const { deps, project } = c.var
  const [rs] = await deps.db.read([readSurvey(project.id, c.req.param('id'))])
  const r = first<SurveyRecord>(rs)
  if (!r) throw notFound()
  return c.json(surveyInfo(r))
}

export async function updateSurvey(c: JsonContext<typeof SurveyUpdate, '/:id'>) {
  const { deps, project } = c.var
  const id = c.req.param('id')
  const body = c.req.valid('json')
  const [, rs] = await deps.db.write([
    patchSurvey(project.id, id, { name: body.name, rules: rulesFromWire(body.rules), content: contentFromWire(body), now: deps.clock() }),
    readSurvey(project.id, id),
  ])
  const r = first<SurveyRecord>(rs)
  if (!r) throw notFound()
  deps.directory.invalidate(project.id)
  return c.json(surveyInfo(r))
}

/** pause → paused, resume → active, archive → archived; an archived survey is 409 for the first two. */
export function setStatus(status: SurveyRecord['status']) {
  return async (c: Context<AppEnv, '/:id/:action'>) => {
    const { deps, project } = c.var
    const id = c.req.param('id')
    const [, rs] = await deps.db.write([setSurveyStatus(project.id, id, status, deps.clock()), readSurvey(project.id, id)])
    const r = first<SurveyRecord>(rs)
    if (!r) throw notFound()
    if (r.status !== status) throw new ApiError(409, 'survey_archived', 'An archived survey cannot be paused or resumed; create a new survey.')
    deps.directory.invalidate(project.id)
    return c.json(surveyInfo(r))
  }
}
