/**
 * POST /v1/surveys/:id/import — answers from a CSV or NDJSON file, streamed. Write scope.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { IMPORT_COLUMNS } from '../../shared/import/rows'
import { ImportReport } from '../../shared/management'
import type { AppEnv } from '../deps'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { importAnswers } from './handlers'

export const imports = new Hono<AppEnv>()

imports.post(
  '/:id/import',
  describeRoute({
    tags: ['management'],
    summary: 'Import answers from CSV or NDJSON, with their original times',
    description: `Columns / fields: ${IMPORT_COLUMNS.join(', ')} (external_id, score and created_at required; attributes a JSON object). Send text/csv (header line first) or application/x-ndjson, or say ?format=csv|ndjson. Idempotent by external_id: importing the same file twice adds nothing. Each row is checked; refused rows are reported with their line and why, the others imported. A malformed file (bad quoting, a line that is not JSON, a wrong number of fields, not UTF-8) is refused whole: nothing is imported. Imported answers are marked source = import and counted like any other, once per person and order. Streamed: the file is never held in memory. Scope: write (or the secret key).`,
    security: [{ secretKey: [] }],
    requestBody: {
      content: {
        'text/csv': { schema: { type: 'string' } },
        'application/x-ndjson': { schema: { type: 'string' } },
      },
    },
    responses: {
      200: { description: 'The report: imported, already imported, refused rows with why', content: { 'application/json': { schema: resolver(ImportReport) } } },
      ...problemResponses(401, 403, 404, 415, 422, 429, 503),
    },
  }),
  secretAuth('write'),
  importAnswers,
)
