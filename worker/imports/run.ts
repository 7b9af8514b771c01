/**
 * An import, streamed: the file's bytes are decoded (strict UTF-8), read record by record,
 * checked row by row and staged in batches, so memory stays flat whatever the file's
 * size. Refused rows are reported with their line and reasons; a structural fault
 * anywhere refuses the whole file and leaves nothing behind.
 * @module
 */
import { platformOf } from '../../shared/context'
import { csvReader, ndjsonReader, type Chunk, type Malformed, type Reader } from '../../shared/import/readers'
import { checkHeader, checkRow, csvObject, type FieldIssue } from '../../shared/import/rows'
import { DAY } from '../../shared/eligibility'
import { sha256Hex } from '../crypto'
import { rows, type Store } from '../db/store'
import { commitImport, dropStaged, REPORT_LIMIT, stageRows, sweepStaged, type StagedRow } from './queries'

export type ImportFormat = 'csv' | 'ndjson'

export interface RefusedRow {
  line: number
  external_id: string | null
  errors: FieldIssue[]
}

export interface ImportReport {
  import_id: string
  /** Data rows read (the CSV header not included). */
  rows: number
  imported: number
  /** Rows whose external id an earlier import already stored: nothing added. */
  already_imported: number
  refused: number
  /** The first refused rows, in file order, with why. */
  refused_rows: RefusedRow[]
  refused_rows_truncated: boolean
}

export class MalformedFile extends Error {
  constructor(readonly at: Malformed) {
    super(`line ${at.line}: ${at.message}`)
  }
}

// Rows per staging statement (17 values each, well under SQLite's 32766 bound variables).
const BATCH = 1000

export async function runImport(
  db: Store,
  o: { projectId: string; surveyId: string; surveyKind: string; format: ImportFormat; body: ReadableStream<Uint8Array>; now: number },
): Promise<ImportReport> {
  const importId = crypto.randomUUID()
  const report: ImportReport = { import_id: importId, rows: 0, imported: 0, already_imported: 0, refused: 0, refused_rows: [], refused_rows_truncated: false }
  const refuse = (line: number, externalId: unknown, errors: FieldIssue[]) => {
    report.refused++
    if (report.refused_rows.length < REPORT_LIMIT) report.refused_rows.push({ line, external_id: typeof externalId === 'string' ? externalId : null, errors })
    else report.refused_rows_truncated = true
  }
  await db.write([sweepStaged(o.now - DAY)])

  let pending: StagedRow[] = []
  const flush = async () => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    const [rs] = await db.write([stageRows(importId, batch, o.now)])
    const staged = new Set(rows<{ line: number }>(rs).map((r) => Number(r.line)))
    for (const r of batch) {
      if (!staged.has(r.line)) refuse(r.line, r.externalId, [{ field: 'external_id', message: 'appears on an earlier line of this file' }])
    }
  }

  let header: string[] | null = null
  const take = async (value: Record<string, unknown>, line: number) => {
    report.rows++
    const check = checkRow(value, o.now)
    if (!check.ok) return refuse(line, value.external_id, check.errors)
    const r = check.row
    pending.push({
      clientId: `import:${r.external_id}`,
      line,
      externalId: r.external_id,
      respondentKey: r.user_id !== undefined ? `u:${r.user_id}` : `i:${r.external_id}`,
      userId: r.user_id ?? null,
      triggerKey: r.order_id ?? `import:${r.external_id}`,
      score: r.score,
      comment: r.comment ?? null,
      locale: r.locale ?? null,
      channel: r.channel ?? null,
      platform: platformOf(r.channel, undefined),
      attributes: JSON.stringify(r.attributes ?? {}),
      segment: r.segment ?? null,
      payloadHash: sha256Hex(JSON.stringify(r)),
      createdAt: r.created_at,
    })
    if (pending.length >= BATCH) await flush()
  }
  const handle = async (chunk: Chunk<string[]> | Chunk<Record<string, unknown>>) => {
    if (!chunk.ok) throw new MalformedFile(chunk.error)
    for (const rec of chunk.records) {
      if (o.format === 'ndjson') {
        await take(rec.value as Record<string, unknown>, rec.line)
        continue
      }
      const cells = rec.value as string[]
      if (!header) {
        const fault = checkHeader(cells)
        if (fault) throw new MalformedFile({ line: rec.line, message: fault })
        header = cells
        continue
      }
      if (cells.length !== header.length) throw new MalformedFile({ line: rec.line, message: `${cells.length} fields where the header has ${header.length}` })
      const obj = csvObject(header, cells)
      if (!obj.ok) {
        report.rows++
        refuse(rec.line, cells[header.indexOf('external_id')], obj.errors)
      } else await take(obj.value, rec.line)
    }
  }

  const reader: Reader<string[]> | Reader<Record<string, unknown>> = o.format === 'csv' ? csvReader() : ndjsonReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const bytes = o.body.getReader()
  try {
    for (;;) {
      const { done, value } = await bytes.read()
      let text: string
      try {
        text = done ? decoder.decode() : decoder.decode(value, { stream: true })
      } catch {
        throw new MalformedFile({ line: 0, message: 'the file is not UTF-8 text' })
      }
      await handle(reader.push(text))
      if (done) break
    }
    await handle(reader.end())
    if (o.format === 'csv' && !header) throw new MalformedFile({ line: 1, message: 'the file is empty: a CSV import starts with a header line' })
    await flush()
  } catch (e) {
    await bytes.cancel().catch(() => {})
    await db.write([dropStaged(importId)]).catch(() => {})
    throw e
  }

  const [already, , imported, conflicts, staged] = await db.write(commitImport({ importId, projectId: o.projectId, surveyId: o.surveyId, surveyKind: o.surveyKind }))
  report.already_imported = Number(rows<{ n: number }>(already)[0].n)
  report.imported = Number(rows<{ n: number }>(imported)[0].n)
  const conflicted = Number(rows<{ n: number }>(staged)[0].n) - report.already_imported - report.imported
  for (const c of rows<{ line: number; externalId: string }>(conflicts)) {
    refuse(Number(c.line), c.externalId, [{ field: 'order_id', message: "this person's answer for this order is already counted (an earlier line or answer)" }])
  }
  // Past the listed ones, only the count.
  const unlisted = conflicted - Math.min(conflicted, rows(conflicts).length)
  if (unlisted > 0) {
    report.refused += unlisted
    report.refused_rows_truncated = true
  }
  report.refused_rows.sort((a, b) => a.line - b.line)
  if (report.refused_rows.length > REPORT_LIMIT) {
    report.refused_rows.length = REPORT_LIMIT
    report.refused_rows_truncated = true
  }
  return report
}
