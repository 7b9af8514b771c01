/**
 * Export lines: CSV that spreadsheets open safely and read as UTF-8, and NDJSON.
 *
 * CSV follows RFC 4180 (comma-separated, CRLF line ends, a field with a quote, comma or
 * line break enclosed in double quotes and its quotes doubled). Against formula injection
 * it follows OWASP's CSV Injection advice: a text cell that begins with =, +, -, @, tab or
 * carriage return — and NUL, which OWASP ASVS 1.2.10 adds — gets a single quote in front
 * and is enclosed in double quotes, so Excel, LibreOffice and Google Sheets show it as
 * text. Only strings are neutralised: a comment "-5" becomes '-5 (OWASP's rule cannot
 * tell "-5" from "-2+3+cmd|…" without parsing formulas, so it does not try); a number
 * passed as a number (a score, an NPS of −12.3) is written as it is and stays a number.
 * So pass figures as numbers and anything people typed as strings.
 * @module
 */

/** Put first in a CSV file: without it Excel reads UTF-8 as the local code page and Cyrillic turns to mojibake. */
export const CSV_BOM = '\uFEFF'

/** Content type for a CSV download. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

export type CsvValue = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r\0]/
// Quote also on ';' and tab: spreadsheets set to a ';' or tab separator would otherwise
// split the cell and could start a new cell with a formula character.
const NEEDS_QUOTES = /[",;\t\r\n]/

/**
 * One CSV field. null/undefined and non-finite numbers are empty.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell('Доставка, швидко') // '"Доставка, швидко"'
 * @example csvCell(-5) // '-5'
 * @example csvCell('-5') // '"\'-5"'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value === 0 ? 0 : value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * One CSV record with its CRLF line end.
 * @example csvRow(['score', 'comment']) + csvRow([3, 'slow delivery']) // 'score,comment\r\n3,slow delivery\r\n'
 */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + '\r\n'
}

/**
 * One NDJSON line. JSON escapes line breaks inside strings, so a comment never splits a
 * line; a value JSON cannot hold (undefined, a function) is written as null.
 * @example ndjsonLine({ score: 3, comment: 'a\nb' }) // '{"score":3,"comment":"a\\nb"}\n'
 */
export function ndjsonLine(value: unknown): string {
  return (JSON.stringify(value) ?? 'null') + '\n'
}
