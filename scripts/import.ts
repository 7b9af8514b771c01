/**
 * `npm run import -- --survey srv_… answers.csv` — streams a CSV or NDJSON file to a
 * running Tenpoint's import endpoint (the same code path as the API) and prints the report.
 *
 *   --survey <id>        the survey to import into (required)
 *   --format csv|ndjson  default: from the file name (.ndjson/.jsonl → ndjson, else csv)
 *   --url <origin>       default: TENPOINT_URL or http://localhost:8787
 *   --key <sk_…|tp_…>    default: TENPOINT_SECRET_KEY (a write token is enough)
 *
 * Exits 0 when every row was imported or already there, 1 when some were refused, 2 on errors.
 */
import { createReadStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survey: { type: 'string' }, format: { type: 'string' }, url: { type: 'string' }, key: { type: 'string' } },
})
const file = positionals[0]
const key = values.key ?? process.env.TENPOINT_SECRET_KEY
if (!file || !values.survey || !key) {
  console.error('usage: npm run import -- --survey <survey id> [--format csv|ndjson] [--url http://localhost:8787] [--key sk_…] <file>')
  console.error('       (the key may come from TENPOINT_SECRET_KEY)')
  process.exit(2)
}
const format = values.format ?? (/\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'csv')
const base = (values.url ?? process.env.TENPOINT_URL ?? 'http://localhost:8787').replace(/\/$/, '')
statSync(file)

const res = await fetch(`${base}/v1/surveys/${encodeURIComponent(values.survey)}/import?format=${format}`, {
  method: 'POST',
  headers: { authorization: `Bearer ${key}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
  body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
  duplex: 'half',
} as RequestInit)
const body = await res.json().catch(() => null)
if (!res.ok) {
  console.error(`import refused (${res.status}): ${body?.detail ?? res.statusText}`)
  process.exit(2)
}
console.log(`${body.imported} imported, ${body.already_imported} already there, ${body.refused} refused of ${body.rows} rows (import ${body.import_id})`)
for (const r of body.refused_rows) console.log(`  line ${r.line}${r.external_id ? ` (${r.external_id})` : ''}: ${r.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join('; ')}`)
if (body.refused_rows_truncated) console.log(`  … and ${body.refused - body.refused_rows.length} more`)
process.exit(body.refused > 0 ? 1 : 0)
