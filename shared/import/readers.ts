/**
 * Incremental readers for imported files: text goes in chunk by chunk (any split, even
 * inside a quoted field or a CRLF) and whole records come out with the line they started
 * on, so a file of any size is read in constant memory. A structural fault (an unclosed
 * or stray quote, a line that is not a JSON object) is returned, not thrown: the caller
 * refuses the whole file.
 * @module
 */

export interface RecordAt<T> {
  /** 1-based line of the file the record starts on. */
  line: number
  value: T
}
export interface Malformed {
  line: number
  message: string
}
export type Chunk<T> = { ok: true; records: RecordAt<T>[] } | { ok: false; error: Malformed }

export interface Reader<T> {
  push(text: string): Chunk<T>
  /** No more text: the last record, or the fault of an unfinished one. */
  end(): Chunk<T>
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" is a quote inside
 * them, and they may span lines), CRLF or LF line ends, a leading BOM ignored, blank lines
 * skipped.
 * @example const r = csvReader(); r.push('a,"b\n'); r.push('c"\n') // → [{ line: 1, value: ['a', 'b\nc'] }]
 */
export function csvReader(): Reader<string[]> {
  let field = ''
  let record: string[] = []
  let inQuotes = false
  /** Just read a quote inside quotes: either the closing one or the first of "". */
  let quotePending = false
  /** The field was quoted and is closed: only a separator or a line end may follow. */
  let closed = false
  let quotedAny = false
  let skipLf = false
  let started = false
  let line = 1
  let recordLine = 1

  const endField = () => {
    record.push(field)
    field = ''
    closed = false
  }
  const endRecord = (out: RecordAt<string[]>[]) => {
    endField()
    const blank = record.length === 1 && record[0] === '' && !quotedAny
    if (!blank) out.push({ line: recordLine, value: record })
    record = []
    quotedAny = false
  }

  return {
    push(text) {
      const out: RecordAt<string[]>[] = []
      let i = 0
      if (!started && text.length > 0) {
        started = true
        if (text.charCodeAt(0) === 0xfeff) i = 1
      }
      for (; i < text.length; i++) {
        const ch = text[i]
        if (skipLf) {
          skipLf = false
          if (ch === '\n') continue
        }
        if (quotePending) {
          quotePending = false
          if (ch === '"') {
            field += '"'
            continue
          }
          inQuotes = false
          closed = true
        }
        if (inQuotes) {
          if (ch === '"') quotePending = true
          else {
            if (ch === '\n') line++
            field += ch
          }
          continue
        }
        if (record.length === 0 && field === '' && !closed && !quotedAny) recordLine = line
        if (ch === ',') endField()
        else if (ch === '\n' || ch === '\r') {
          endRecord(out)
          line++
          recordLine = line
          if (ch === '\r') skipLf = true
        } else if (closed) return { ok: false, error: { line, message: 'text after a closing quote (a quote inside a quoted field is written "")' } }
        else if (ch === '"') {
          if (field !== '') return { ok: false, error: { line, message: 'a quote inside an unquoted field (quote the whole field and write "" for a quote)' } }
          inQuotes = true
          quotedAny = true
        } else field += ch
      }
      return { ok: true, records: out }
    },
    end() {
      if (quotePending) {
        quotePending = false
        inQuotes = false
        closed = true
      }
      if (inQuotes) return { ok: false, error: { line: recordLine, message: 'a quoted field is never closed' } }
      const out: RecordAt<string[]>[] = []
      if (field !== '' || record.length > 0 || closed) endRecord(out)
      return { ok: true, records: out }
    },
  }
}

/** Newline-delimited JSON: one object per line; blank lines skipped. */
export function ndjsonReader(): Reader<Record<string, unknown>> {
  let rest = ''
  let line = 0
  const parse = (text: string, out: RecordAt<Record<string, unknown>>[]): Malformed | null => {
    line++
    const t = text.endsWith('\r') ? text.slice(0, -1) : text
    if (t.trim() === '') return null
    let value: unknown
    try {
      value = JSON.parse(t)
    } catch {
      return { line, message: 'not valid JSON' }
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { line, message: 'not a JSON object' }
    out.push({ line, value: value as Record<string, unknown> })
    return null
  }
  return {
    push(text) {
      const out: RecordAt<Record<string, unknown>>[] = []
      const parts = (rest + text).split('\n')
      rest = parts.pop()!
      if (line === 0 && parts.length > 0 && parts[0].charCodeAt(0) === 0xfeff) parts[0] = parts[0].slice(1)
      for (const p of parts) {
        const error = parse(p, out)
        if (error) return { ok: false, error }
      }
      return { ok: true, records: out }
    },
    end() {
      const out: RecordAt<Record<string, unknown>>[] = []
      const last = line === 0 && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest
      rest = ''
      const error = last === '' ? null : parse(last, out)
      return error ? { ok: false, error } : { ok: true, records: out }
    },
  }
}
