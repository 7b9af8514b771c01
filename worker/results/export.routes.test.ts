import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertAnswers } from '../../test/support/answers'
import { world, type TestWorld } from '../../test/support/app'
import { EXPORT_PAGE } from './export.handlers'
import { parseCsv } from '../../test/support/csv'

let w: TestWorld
let s: string
beforeEach(async () => {
  w = await world()
  s = await w.survey({ kind: 'relational', name: 'Quarterly NPS' })
})
afterEach(() => w.close())

const JAN = Date.UTC(2026, 0, 10, 12)
const download = (path: string) => w.app.request(path, { headers: { authorization: `Bearer ${w.project.secretKey}` } })


describe('GET /v1/answers/export.csv', () => {
  it('UTF-8 with BOM: Cyrillic survives a round trip; quotes, commas and line breaks per RFC 4180', async () => {
    const comments = ['Доставка швидка, кур\'єр ввічливий', 'Всё "отлично"\r\nспасибо', 'ok']
    await insertAnswers(w.client, w.project.id, comments.map((comment, i) => ({ survey: s, score: 10 - i, at: JAN - i, comment, segment: 'ВІП', traits: { місто: 'Київ' } })))
    const r = await download('/v1/answers/export.csv')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(r.headers.get('content-disposition')).toContain('answers.csv')
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [head, ...records] = parseCsv(text.slice(1))
    expect(head.slice(0, 7)).toEqual(['id', 'created_at', 'survey_id', 'survey_kind', 'score', 'bucket', 'comment'])
    const col = (name: string) => head.indexOf(name)
    expect(records.map((x) => x[col('comment')])).toEqual(comments)
    expect(records.map((x) => x[col('score')])).toEqual(['10', '9', '8'])
    expect(records[0][col('segment')]).toBe('ВІП')
    expect(JSON.parse(records[0][col('traits')])).toEqual({ місто: 'Київ' })
    expect(records[0][col('created_at')]).toBe(new Date(JAN).toISOString())
  })

  it('a formula in a comment (or a segment, or a trait) is neutralised as OWASP recommends', async () => {
    const evil = ['=HYPERLINK("http://evil.example","click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tx', '\r=1']
    await insertAnswers(w.client, w.project.id, evil.map((comment, i) => ({ survey: s, score: 5, at: JAN - i, comment, segment: '=1+1', userId: '@me' })))
    const text = (await (await download('/v1/answers/export.csv')).text()).replace(/^\uFEFF/, '')
    const [head, ...records] = parseCsv(text)
    expect(records.map((x) => x[head.indexOf('comment')])).toEqual(evil.map((e) => `'${e}`))
    for (const x of records) {
      expect(x[head.indexOf('segment')]).toBe("'=1+1")
      expect(x[head.indexOf('user_id')]).toBe("'@me")
      // Every cell that a spreadsheet would run starts with the apostrophe instead.
      for (const cell of x) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
  })

  it('the list filters apply; pages join without a gap or a repeat', async () => {
    const n = EXPORT_PAGE * 2 + 7
    await insertAnswers(w.client, w.project.id, Array.from({ length: n }, (_, i) => ({ survey: s, score: i % 11, at: JAN + (i % 5), segment: i % 2 ? 'VIP' : 'B2C' })))
    const all = parseCsv((await (await download('/v1/answers/export.csv')).text()).slice(1))
    expect(all.length).toBe(n + 1)
    expect(new Set(all.slice(1).map((x) => x[0])).size).toBe(n)
    const vip = parseCsv((await (await download('/v1/answers/export.csv?segment=VIP&bucket=promoter')).text()).slice(1))
    const want = Array.from({ length: n }, (_, i) => i).filter((i) => i % 2 === 1 && i % 11 >= 9).length
    expect(vip.length - 1).toBe(want)
    expect((await download('/v1/answers/export.csv?bucket=nope')).status).toBe(422)
    const pub = await w.app.request('/v1/answers/export.csv', { headers: { authorization: `Bearer ${w.project.publicKey}` } })
    expect(pub.status).toBe(401)
  })
})

describe('GET /v1/answers/export.ndjson', () => {
  it('one answer per line, as the list shows it; line breaks inside comments stay escaped', async () => {
    const [a, b] = await insertAnswers(w.client, w.project.id, [
      { survey: s, score: 9, at: JAN, comment: 'два\nрядки' },
      { survey: s, score: 2, at: JAN - 1, flags: ['bot_user_agent'] },
    ])
    const r = await download('/v1/answers/export.ndjson')
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = (await r.text()).split('\n')
    expect(lines.pop()).toBe('')
    const parsed = lines.map((l) => JSON.parse(l))
    expect(parsed.map((x) => [x.id, x.comment, x.counted, x.flags])).toEqual([
      [a, 'два\nрядки', true, []],
      [b, null, false, ['bot_user_agent']],
    ])
    const list = (await (await download('/v1/answers')).json()).answers
    expect(parsed).toEqual(list)
  })
})
