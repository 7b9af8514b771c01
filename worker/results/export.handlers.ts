/**
 * The answer export, streamed: pages of the list's own statement (keyset, newest first)
 * are read only when the consumer pulls, so memory holds one page whatever the size —
 * a million rows never sit in memory. CSV per RFC 4180 with a BOM and formula cells
 * neutralised (shared/stats/csv.ts); NDJSON for machines.
 * @module
 */
import type { Context } from 'hono'
import type { ExportQuery } from '../../shared/results-contract'
import { CSV_BOM, CSV_CONTENT_TYPE, csvRow, ndjsonLine } from '../../shared/stats/csv'
import type { Answer } from '../../shared/results-contract'
import { rows } from '../db/store'
import type { AppEnv } from '../deps'
import { pageStatement, presentAnswer, type AnswerRow, type Cursor } from './answers.queries'
import { filterOf, type AnswerFilter } from './filters'
import type { QueryContext } from './query'

/** Rows per read: big enough that round trips do not dominate, small enough to stay a few MB. */
export const EXPORT_PAGE = 2000

const COLUMNS = [
  'id', 'created_at', 'survey_id', 'survey_kind', 'score', 'bucket', 'comment', 'counted', 'flags', 'user_id', 'verified', 'trigger_key',
  'channel', 'locale', 'platform', 'segment', 'app_version', 'returning', 'source', 'traits', 'attributes', 'themes',
] as const

/** One answer as a CSV record: figures as numbers, everything people typed as text (neutralised if it starts like a formula). */
function csvRecord(a: Answer): string {
  const x = a.context
  return csvRow([
    a.id, new Date(a.created_at).toISOString(), a.survey_id, a.survey_kind, a.score, a.bucket, a.comment, a.counted, a.flags.join(' '), a.user_id,
    a.verified, a.trigger_key, x.channel, x.locale, x.platform, x.segment, x.app_version,
    x.returning === null ? null : x.returning ? 'returning' : 'new', x.source, JSON.stringify(x.traits), JSON.stringify(x.attributes),
    // `delivery:negative price:positive`, in the order the comment names them.
    a.themes.map((t) => `${t.theme}:${t.sentiment}`).join(' '),
  ])
}

/** A byte stream that reads the next page of answers each time the consumer wants more. */
function answerStream(c: Context<AppEnv>, f: AnswerFilter, head: string, line: (a: Answer) => string): ReadableStream<Uint8Array> {
  const { deps, project } = c.var
  const encoder = new TextEncoder()
  let after: Cursor | null = null
  let started = false
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true
          if (head) controller.enqueue(encoder.encode(head))
        }
        const [rs] = await deps.db.read([pageStatement(project.id, f, EXPORT_PAGE, after)])
        const page = rows<AnswerRow>(rs)
        let chunk = ''
        for (const r of page) chunk += line(presentAnswer(r))
        if (chunk) controller.enqueue(encoder.encode(chunk))
        const last = page[page.length - 1]
        if (page.length < EXPORT_PAGE || !last) controller.close()
        else after = { at: Number(last.createdAt), row: Number(last.rowId) }
      },
    },
    // One page ahead at most: the stream waits for the consumer instead of buffering.
    { highWaterMark: 1 },
  )
}

function download(c: Context<AppEnv>, body: ReadableStream<Uint8Array>, type: string, ext: string) {
  return new Response(body, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="answers.${ext}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}

export async function exportCsv(c: QueryContext<typeof ExportQuery>) {
  const f = await filterOf(c.var.deps, c.var.project, c.req.valid('query'))
  return download(c, answerStream(c, f, CSV_BOM + csvRow(COLUMNS), csvRecord), CSV_CONTENT_TYPE, 'csv')
}

export async function exportNdjson(c: QueryContext<typeof ExportQuery>) {
  const f = await filterOf(c.var.deps, c.var.project, c.req.valid('query'))
  return download(c, answerStream(c, f, '', ndjsonLine), 'application/x-ndjson; charset=utf-8', 'ndjson')
}
