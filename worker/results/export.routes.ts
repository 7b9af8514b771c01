/**
 * GET /v1/answers/export.csv and /v1/answers/export.ndjson — the list's filters, streamed.
 * Mounted before the answers router so `export.csv` is never read as an answer id.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import { ExportQuery } from '../../shared/results-contract'
import type { AppEnv } from '../deps'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { exportCsv, exportNdjson } from './export.handlers'
import { queryParams } from './query'

export const answerExports = new Hono<AppEnv>()

const FILTERS = 'The same filters as GET /v1/answers (trait.KEY and attribute.KEY included), newest first, streamed page by page.'

answerExports.get(
  '/export.csv',
  describeRoute({
    tags: ['results'],
    summary: 'Export answers as CSV (UTF-8 with BOM, RFC 4180, formula cells neutralised)',
    description: `${FILTERS} Cells that begin with =, +, -, @, tab or carriage return get a leading apostrophe (OWASP), so spreadsheets show them as text.`,
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemResponses(401, 422, 429, 503) },
  }),
  secretAuth('read'),
  queryParams(ExportQuery, { properties: true }),
  exportCsv,
)

answerExports.get(
  '/export.ndjson',
  describeRoute({
    tags: ['results'],
    summary: 'Export answers as NDJSON, one answer (as GET /v1/answers shows it) per line',
    description: FILTERS,
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'NDJSON', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...problemResponses(401, 422, 429, 503) },
  }),
  secretAuth('read'),
  queryParams(ExportQuery, { properties: true }),
  exportNdjson,
)
