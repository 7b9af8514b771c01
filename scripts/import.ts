/**
 * `npm run import -- --survey srv_… answers.csv` — imports a CSV or NDJSON file of any
 * size through the API's import endpoint and prints one report.
 *
 * The file is read twice, streamed both times (never held in memory): first checked
 * whole for structural faults (quoting, field counts, header, JSON lines) with the same
 * readers the server uses — a malformed file sends nothing —, then sent in parts of
 * --part-rows rows as NDJSON, so no single request outlives the server's request timeout.
 * Each part is imported atomically; the import is idempotent by external_id, so running
 * it again after an interruption adds only what is missing.
 *
 *   --survey <id>        the survey to import into (required)
 *   --format csv|ndjson  default: from the file name (.ndjson/.jsonl → ndjson, else csv)
 *   --url <origin>       default: TENPOINT_URL or http://localhost:8787
 *   --key <sk_…|tp_…>    default: TENPOINT_SECRET_KEY (a write token is enough)
 *   --part-rows <n>      rows per request, default 100000
 *
 * Exits 0 when every row was imported or already there, 1 when some were refused, 2 on errors.
 */
import { createReadStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { csvReader, ndjsonReader, type Chunk, type Malformed } from '../shared/import/readers'
import { checkHeader, csvObject, type FieldIssue } from '../shared/import/rows'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survey: { type: 'string' }, format: { type: 'string' }, url: { type: 'string' }, key: { type: 'string' }, 'part-rows': { type: 'string' } },
})
const file = positionals[0]
const key = values.key ?? process.env.TENPOINT_SECRET_KEY
const partRows = Number(values['part-rows'] ?? 100_000)
if (!file || !values.survey || !key || !(partRows >= 1)) {
  console.error('usage: npm run import -- --survey <survey id> [--format csv|ndjson] [--url http://localhost:8787] [--key sk_…] [--part-rows 100000] <file>')
  console.error('       (the key may come from TENPOINT_SECRET_KEY)')
  process.exit(2)
}
const format = values.format ?? (/\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'csv')
if (format !== 'csv' && format !== 'ndjson') {
  console.error('--format is csv or ndjson')
  process.exit(2)
}
const base = (values.url ?? process.env.TENPOINT_URL ?? 'http://localhost:8787').replace(/\/$/, '')

type Item = { line: number; value: Record<string, unknown> } | { line: number; externalId: unknown; errors: FieldIssue[] }
class Malformation extends Error {
  constructor(readonly at: Malformed) {
    super(`line ${at.line}: ${at.message}`)
  }
}

/** The file's rows as objects, in order; a structural fault throws. */
async function* items(): AsyncGenerator<Item> {
  const reader = format === 'csv' ? csvReader() : ndjsonReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let header: string[] | null = null
  function* take(chunk: Chunk<string[]> | Chunk<Record<string, unknown>>): Generator<Item> {
    if (!chunk.ok) throw new Malformation(chunk.error)
    for (const rec of chunk.records) {
      if (format === 'ndjson') {
        yield rec as Item
        continue
      }
      const cells = rec.value as string[]
      if (!header) {
        const fault = checkHeader(cells)
        if (fault) throw new Malformation({ line: rec.line, message: fault })
        header = cells
        continue
      }
      if (cells.length !== header.length) throw new Malformation({ line: rec.line, message: `${cells.length} fields where the header has ${header.length}` })
      const o = csvObject(header, cells)
      yield o.ok ? { line: rec.line, value: o.value } : { line: rec.line, externalId: cells[header.indexOf('external_id')], errors: o.errors }
    }
  }
  try {
    for await (const bytes of createReadStream(file)) yield* take(reader.push(decoder.decode(bytes as Buffer, { stream: true })))
    yield* take(reader.push(decoder.decode()))
  } catch (e) {
    if (e instanceof TypeError) throw new Malformation({ line: 0, message: 'the file is not UTF-8 text' })
    throw e
  }
  yield* take(reader.end())
  if (format === 'csv' && !header) throw new Malformation({ line: 1, message: 'the file is empty: a CSV import starts with a header line' })
}

// Pass 1: the whole file's structure, before anything is sent.
let rows = 0
try {
  for await (const _ of items()) rows++
} catch (e) {
  if (!(e instanceof Malformation)) throw e
  console.error(`malformed file, nothing imported: ${e.at.line > 0 ? `line ${e.at.line}: ` : ''}${e.at.message}`)
  process.exit(2)
}

// Pass 2: parts of NDJSON, one object per line, each line mapped back to the file's.
const total = { imported: 0, already: 0, refused: 0 }
const refused: { line: number; externalId: unknown; errors: FieldIssue[] }[] = []
const source = items()[Symbol.asyncIterator]()
const encoder = new TextEncoder()
let finished = false
let parts = 0
while (!finished) {
  const lines: number[] = []
  const body = new ReadableStream<Uint8Array>({
    async pull(ctl) {
      for (;;) {
        if (lines.length >= partRows) return ctl.close()
        const next = await source.next()
        if (next.done) {
          finished = true
          return ctl.close()
        }
        const item = next.value
        if ('errors' in item) {
          total.refused++
          refused.push(item)
          continue
        }
        lines.push(item.line)
        return ctl.enqueue(encoder.encode(JSON.stringify(item.value) + '\n'))
      }
    },
  })
  const res = await fetch(`${base}/v1/surveys/${encodeURIComponent(values.survey)}/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
    body,
    duplex: 'half',
  } as RequestInit)
  const report = await res.json().catch(() => null)
  if (!res.ok) {
    console.error(`part ${parts + 1} refused (${res.status}): ${report?.detail ?? res.statusText}`)
    if (parts > 0) console.error(`${parts} part(s) before it were imported; run the same command again to finish (it adds only what is missing).`)
    process.exit(2)
  }
  parts++
  total.imported += report.imported
  total.already += report.already_imported
  total.refused += report.refused
  for (const r of report.refused_rows) refused.push({ line: lines[r.line - 1], externalId: r.external_id, errors: r.errors })
  if (report.refused_rows_truncated) refused.push({ line: Infinity, externalId: null, errors: [{ field: '(part)', message: `${report.refused - report.refused_rows.length} more refused rows not listed` }] })
}

console.log(`${total.imported} imported, ${total.already} already there, ${total.refused} refused of ${rows} rows (${parts} request${parts === 1 ? '' : 's'})`)
refused.sort((a, b) => a.line - b.line)
for (const r of refused.slice(0, 1000)) {
  const where = Number.isFinite(r.line) ? `line ${r.line}` : '…'
  console.log(`  ${where}${typeof r.externalId === 'string' ? ` (${r.externalId})` : ''}: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`)
}
if (refused.length > 1000) console.log(`  … and ${refused.length - 1000} more`)
process.exit(total.refused > 0 ? 1 : 0)
