/**
 * The import endpoint: which survey (this project's, or 404), which format (the query,
 * else the content type), then the streamed run; a malformed file is a 422 naming its line.
 * @module
 */
import type { Context } from 'hono'
import { first } from '../db/store'
import type { AppEnv } from '../deps'
import { ApiError } from '../http/problem'
import { readSurvey, type SurveyRecord } from '../surveys/queries'
import { MalformedFile, runImport, type ImportFormat } from './run'

const TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
}

export async function importAnswers(c: Context<AppEnv, '/:id/import'>) {
  const { deps, project } = c.var
  const [rs] = await deps.db.read([readSurvey(project.id, c.req.param('id'))])
  const survey = first<SurveyRecord>(rs)
  if (!survey) throw new ApiError(404, 'not_found', 'This project has no survey with this id.')
  const asked = c.req.query('format')
  if (asked !== undefined && asked !== 'csv' && asked !== 'ndjson') {
    throw new ApiError(422, 'validation_failed', 'Some fields are not valid; see errors.', [{ field: 'format', message: 'csv or ndjson' }])
  }
  const format = asked ?? TYPES[(c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()]
  if (!format) throw new ApiError(415, 'unsupported_media_type', 'Send text/csv or application/x-ndjson, or say ?format=csv|ndjson.')
  const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (ctl) => ctl.close() })
  try {
    const report = await runImport(deps.db, { projectId: project.id, surveyId: survey.id, surveyKind: survey.kind, format, body, now: deps.clock() })
    return c.json(report)
  } catch (e) {
    if (e instanceof MalformedFile) {
      const where = e.at.line > 0 ? `line ${e.at.line}` : '(file)'
      throw new ApiError(422, 'malformed_file', `Nothing was imported: ${where}: ${e.at.message}.`, [{ field: where, message: e.at.message }])
    }
    throw e
  }
}
