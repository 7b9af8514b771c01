import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvReader, ndjsonReader, type Reader } from './readers'

function readAll<T>(r: Reader<T>, chunks: string[]) {
  const out: { line: number; value: T }[] = []
  for (const c of [...chunks.map((c) => r.push(c)), r.end()]) {
    if (!c.ok) return c.error
    out.push(...c.records)
  }
  return out
}

describe('csvReader', () => {
  it('quotes, escaped quotes, commas and line breaks inside quotes, CRLF, BOM, blank lines', () => {
    const text = '\ufeffexternal_id,score,comment\r\na1,9,"Fast, friendly"\r\n\r\na2,3,"He said ""no""\nthen left"\na3,10,\n'
    expect(readAll(csvReader(), [text])).toEqual([
      { line: 1, value: ['external_id', 'score', 'comment'] },
      { line: 2, value: ['a1', '9', 'Fast, friendly'] },
      { line: 4, value: ['a2', '3', 'He said "no"\nthen left'] },
      { line: 6, value: ['a3', '10', ''] },
    ])
  })

  it('the same records however the text is split into chunks', () => {
    const text = 'a,b\r\n"x,""y""\r\nz",2\n"",\n"q"'
    const whole = readAll(csvReader(), [text])
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 6 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b)
        const chunks = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length))
        expect(readAll(csvReader(), chunks)).toEqual(whole)
      }),
    )
    expect(whole).toEqual([
      { line: 1, value: ['a', 'b'] },
      { line: 2, value: ['x,"y"\r\nz', '2'] },
      { line: 4, value: ['', ''] },
      { line: 5, value: ['q'] },
    ])
  })

  it('refuses an unclosed quote, a stray quote and text after a closing quote, with the line', () => {
    expect(readAll(csvReader(), ['a,b\nc,"d\n'])).toEqual({ line: 2, message: 'a quoted field is never closed' })
    expect(readAll(csvReader(), ['a,b\nc,d"e\n'])).toMatchObject({ line: 2 })
    expect(readAll(csvReader(), ['a,b\n"c"d,e\n'])).toMatchObject({ line: 2 })
  })
})

describe('ndjsonReader', () => {
  it('one object per line, split anywhere, blank lines skipped', () => {
    const text = '{"a":1}\r\n\n{"b":"x\\ny"}\n{"c":[1]}'
    const expected = [
      { line: 1, value: { a: 1 } },
      { line: 3, value: { b: 'x\ny' } },
      { line: 4, value: { c: [1] } },
    ]
    expect(readAll(ndjsonReader(), [text])).toEqual(expected)
    expect(readAll(ndjsonReader(), text.split(''))).toEqual(expected)
  })

  it('refuses a line that is not a JSON object', () => {
    expect(readAll(ndjsonReader(), ['{"a":1}\n{"a":\n'])).toEqual({ line: 2, message: 'not valid JSON' })
    expect(readAll(ndjsonReader(), ['{"a":1}\n[1]'])).toEqual({ line: 2, message: 'not a JSON object' })
  })
})
