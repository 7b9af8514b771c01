/**
 * What a results request is about: which surveys (the project's own, and for figures all
 * of one kind — transactional and relational are never mixed) and which period, given as
 * local dates in the project's time zone and turned into the instant range SQL filters on.
 * @module
 */
import type { SurveyKind } from '../../shared/nps'
import { localDayRange, parseDay } from '../../shared/stats/zone'
import type { Deps } from '../deps'
import { ApiError } from '../http/problem'
import type { Project } from '../projects'

export interface Period {
  from: string
  to: string
  timeZone: string
  /** [start, end) in epoch ms. */
  start: number
  end: number
}

export interface Scope extends Period {
  surveyIds: string[]
  kind: SurveyKind
}

/** The project's surveys named in `list` ('a,b'); unknown ids are a 422 on `field`. */
export async function surveysOf(deps: Deps, project: Project, list: string, field = 'survey') {
  const ids = [...new Set(list.split(','))]
  const known = await deps.directory.surveys(project.id)
  const found = ids.map((id) => known.find((s) => s.id === id))
  const missing = ids.filter((_, i) => !found[i])
  if (missing.length > 0) {
    throw new ApiError(422, 'unknown_survey', `This project has no survey ${missing.join(', ')}.`, [{ field, message: `unknown survey: ${missing.join(', ')}` }])
  }
  return found.map((s) => s!)
}

/** Local dates `from`..`to` (both included) in the project's zone as an instant range. */
export function periodOf(project: Project, from: string, to: string, fields: [string, string] = ['from', 'to']): Period {
  const timeZone = project.rules.timeZone || 'UTC'
  const r = localDayRange(from, to, timeZone)
  if (!r.ok) {
    if (r.error === 'invalid_time_zone') {
      throw new ApiError(422, 'invalid_time_zone', `The project's time zone ${timeZone} is not known; fix it in the project settings.`, [{ field: 'time_zone', message: 'unknown time zone' }])
    }
    const message = r.error === 'reversed_range' ? 'must not be after the end date' : 'not a real date'
    const field = r.error === 'reversed_range' || parseDay(from) === null ? fields[0] : fields[1]
    throw new ApiError(422, 'validation_failed', `The period ${from}..${to} is not valid: ${message}.`, [{ field, message }])
  }
  return { from, to, timeZone, ...r.value }
}

/** Surveys of one kind over a period: what every figure is computed for. */
export async function scopeOf(deps: Deps, project: Project, q: { survey: string; from: string; to: string }): Promise<Scope> {
  const surveys = await surveysOf(deps, project, q.survey)
  const kinds = new Set(surveys.map((s) => s.kind))
  if (kinds.size > 1) {
    throw new ApiError(422, 'mixed_kinds', 'Transactional and relational surveys are never mixed in one figure; ask for each kind apart.', [
      { field: 'survey', message: surveys.map((s) => `${s.id} is ${s.kind}`).join('; ') },
    ])
  }
  return { ...periodOf(project, q.from, q.to), surveyIds: surveys.map((s) => s.id), kind: surveys[0].kind }
}

/** The scope as the figures' answers show it. */
export function presentScope(s: Scope) {
  return { surveys: s.surveyIds, kind: s.kind, from: s.from, to: s.to, time_zone: s.timeZone, start: s.start, end: s.end }
}
