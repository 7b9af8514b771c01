/**
 * One imported answer: the columns a file may have, how a CSV row (all text) or an NDJSON
 * object becomes a checked row, and every reason a row is refused, by field. A row that
 * fails is reported, never half-stored; the file goes on.
 * @module
 */
import * as v from 'valibot'
import { Attributes, Channel, Comment, Locale, Score, TriggerId, UserId } from '../contract'

export const IMPORT_COLUMNS = ['external_id', 'score', 'comment', 'created_at', 'user_id', 'order_id', 'channel', 'locale', 'segment', 'attributes'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
const REQUIRED: ImportColumn[] = ['external_id', 'score', 'created_at']

/** The earliest answer time accepted (2000-01-01) and how far ahead of the clock one may be. */
const EARLIEST = Date.UTC(2000, 0, 1)
const SKEW_MS = 5 * 60_000
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/

/** Date.parse rolls 2026-02-30 over to March; a calendar date must be one. */
function realDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

const CreatedAt = v.union(
  [
    v.pipe(v.number(), v.integer(), v.transform((n) => n)),
    v.pipe(
      v.string(),
      v.regex(ISO, 'an ISO 8601 time with its offset (2026-01-15T12:00:00Z), a date (UTC midnight), or epoch milliseconds'),
      v.check(realDate, 'not a real date'),
      v.transform((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.replace(' ', 'T'))),
      v.check((n) => Number.isFinite(n), 'not a real date'),
    ),
  ],
  'an ISO 8601 time with its offset (2026-01-15T12:00:00Z), a date (UTC midnight), or epoch milliseconds',
)

export const ImportRow = v.strictObject({
  /** Your id for this answer: importing it again adds nothing. */
  external_id: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(128, 'at most 128 characters'), v.regex(/^[^\u0000-\u001f]+$/, 'no control characters')),
  score: Score,
  comment: v.optional(Comment),
  created_at: CreatedAt,
  user_id: v.optional(UserId),
  order_id: v.optional(TriggerId),
  channel: v.optional(Channel),
  locale: v.optional(Locale),
  segment: v.optional(v.pipe(v.string(), v.maxLength(64, 'at most 64 characters'), v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'))),
  attributes: v.optional(Attributes),
})
export type ImportRow = v.InferOutput<typeof ImportRow>

export interface FieldIssue {
  field: string
  message: string
}
export type RowCheck = { ok: true; row: ImportRow } | { ok: false; errors: FieldIssue[] }

/** A CSV header: every required column, no unknown or repeated one. Returns the fault or null. */
export function checkHeader(header: string[]): string | null {
  const seen = new Set<string>()
  for (const h of header) {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(h)) return `unknown column "${h}" (columns: ${IMPORT_COLUMNS.join(', ')})`
    if (seen.has(h)) return `column "${h}" appears twice`
    seen.add(h)
  }
  const missing = REQUIRED.filter((c) => !seen.has(c))
  return missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : null
}

/**
 * A CSV row as the object an NDJSON line would be: empty cells are absent, the score and a
 * numeric time become numbers, attributes are a JSON object in their cell.
 */
export function csvObject(header: string[], cells: string[]): { ok: true; value: Record<string, unknown> } | { ok: false; errors: FieldIssue[] } {
  const value: Record<string, unknown> = {}
  for (let i = 0; i < header.length; i++) {
    const cell = cells[i]
    if (cell === undefined || cell === '') continue
    const column = header[i] as ImportColumn
    if (column === 'score') value.score = /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell.trim()) : cell
    else if (column === 'created_at') value.created_at = /^\d+$/.test(cell) ? Number(cell) : cell
    else if (column === 'attributes') {
      try {
        value.attributes = JSON.parse(cell)
      } catch {
        return { ok: false, errors: [{ field: 'attributes', message: 'a JSON object in the cell, such as {"plan":"pro"}' }] }
      }
    } else value[column] = cell
  }
  return { ok: true, value }
}

/** Check one row against the schema and the clock. */
export function checkRow(value: Record<string, unknown>, now: number): RowCheck {
  const parsed = v.safeParse(ImportRow, value)
  if (!parsed.success) {
    // One reason per field is enough to fix a row.
    const byField = new Map<string, string>()
    for (const i of parsed.issues) {
      const field = v.getDotPath(i) ?? '(row)'
      const unknownKey = i.kind === 'schema' && i.type === 'strict_object' && i.expected === 'never'
      const missing = i.kind === 'schema' && i.type === 'strict_object' && i.received === 'undefined'
      if (!byField.has(field)) byField.set(field, unknownKey ? 'unknown field' : missing ? 'required' : i.message)
    }
    return { ok: false, errors: [...byField].map(([field, message]) => ({ field, message })) }
  }
  const at = parsed.output.created_at
  if (at < EARLIEST || at > now + SKEW_MS) return { ok: false, errors: [{ field: 'created_at', message: 'must be between 2000-01-01 and now' }] }
  return { ok: true, row: parsed.output }
}
