/** RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF records; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\r' && s[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++
    else cell += ch
  }
  if (cell !== '' || row.length > 0) row.push(cell), out.push(row)
  return out
}

/** CSV records as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text)
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])))
}
