import { afterEach, describe, expect, it } from 'vitest'
import { T0, world, type TestWorld } from '../../test/support/app'
import { tokenFor } from '../../test/support/secret'
import { createProject } from '../db/seed'

let w: TestWorld
afterEach(() => w?.close())

function upload(path: string, body: BodyInit, type = 'text/csv', key = w.project.secretKey) {
  return Promise.resolve(
    w.app.request(path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': type }, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit),
  )
}

const CSV = [
  'external_id,score,comment,created_at,user_id,order_id,channel,locale,segment,attributes',
  'r1,10,"Fast, friendly",2025-11-02T10:00:00Z,u1,o1,web,en,vip,"{""plan"":""pro""}"',
  'r2,3,"Late\nand cold",2025-11-03T08:30:00+02:00,,,,uk,,',
  'r3,7,,1762000000000,u2,o2,ios,,,',
].join('\r\n')

describe('import', () => {
  it('imports CSV with original times, marked import and counted; the same file again adds nothing', async () => {
    w = await world()
    const survey = await w.survey({ kind: 'transactional', name: 'tx' })
    const r = await upload(`/v1/surveys/${survey}/import`, CSV)
    expect(r.status).toBe(200)
    const report = await r.json()
    expect(report).toEqual({ import_id: expect.any(String), rows: 3, imported: 3, already_imported: 0, refused: 0, refused_rows: [], refused_rows_truncated: false })
    const rows = (await w.client.execute('SELECT * FROM responses ORDER BY created_at')).rows
    expect(rows.map((x) => [x.client_id, x.score, x.comment, x.created_at, x.source, x.counted, x.respondent_key, x.trigger_key, x.platform])).toEqual([
      ['import:r3', 7, null, 1762000000000, 'import', 1, 'u:u2', 'o2', 'ios'],
      ['import:r1', 10, 'Fast, friendly', Date.UTC(2025, 10, 2, 10), 'import', 1, 'u:u1', 'o1', 'web'],
      ['import:r2', 3, 'Late\nand cold', Date.UTC(2025, 10, 3, 6, 30), 'import', 1, 'i:r2', 'import:r2', 'web'],
    ])
    expect(JSON.parse(String(rows[1].attributes))).toEqual({ plan: 'pro' })
    expect([rows[1].segment, rows[1].locale, rows[2].locale]).toEqual(['vip', 'en', 'uk'])
    const again = await (await upload(`/v1/surveys/${survey}/import`, CSV)).json()
    expect(again).toMatchObject({ rows: 3, imported: 0, already_imported: 3, refused: 0 })
    expect(await w.count('responses')).toBe(3)
    expect(await w.count('import_rows')).toBe(0)
  })

  it('refuses rows one by one with their line and why, and imports the rest', async () => {
    w = await world()
    const survey = await w.survey({ kind: 'relational', name: 'r' })
    const csv = [
      'external_id,score,created_at,order_id,user_id,channel',
      'ok1,9,2025-01-01T00:00:00Z,,,',
      'bad1,11,2025-01-01T00:00:00Z,,,',
      'bad2,5,yesterday,,,fax',
      'ok1,8,2025-01-02T00:00:00Z,,,',
      'ok2,6,2025-01-02T00:00:00Z,o9,u9,',
      'dup,7,2025-01-03T00:00:00Z,o9,u9,',
      ',5,2099-01-01T00:00:00Z,,,',
    ].join('\n')
    const report = await (await upload(`/v1/surveys/${survey}/import`, csv)).json()
    expect(report).toMatchObject({ rows: 7, imported: 2, already_imported: 0, refused: 5, refused_rows_truncated: false })
    expect(report.refused_rows).toEqual([
      { line: 3, external_id: 'bad1', errors: [{ field: 'score', message: 'must be 0 to 10' }] },
      { line: 4, external_id: 'bad2', errors: [expect.objectContaining({ field: 'created_at' }), { field: 'channel', message: 'unknown channel' }] },
      { line: 5, external_id: 'ok1', errors: [{ field: 'external_id', message: 'appears on an earlier line of this file' }] },
      { line: 7, external_id: 'dup', errors: [{ field: 'order_id', message: "this person's answer for this order is already counted (an earlier line or answer)" }] },
      { line: 8, external_id: null, errors: [{ field: 'external_id', message: 'required' }] },
    ])
    expect((await w.client.execute('SELECT client_id FROM responses ORDER BY client_id')).rows.map((r) => r.client_id)).toEqual(['import:ok1', 'import:ok2'])
  })

  it('a malformed file imports nothing, even after many good rows were read', async () => {
    w = await world()
    const survey = await w.survey({ kind: 'relational', name: 'r' })
    const good = Array.from({ length: 1000 }, (_, i) => `g${i},${i % 11},2025-03-01T00:00:00Z`)
    for (const [tail, line, message] of [
      ['g-x,5,"unclosed', 1002, 'a quoted field is never closed'],
      ['g-x,5,2025-03-01T00:00:00Z,extra', 1002, '4 fields where the header has 3'],
      ['g-x,5"x",2025-03-01T00:00:00Z', 1002, 'a quote inside an unquoted field (quote the whole field and write "" for a quote)'],
    ] as const) {
      const r = await upload(`/v1/surveys/${survey}/import`, ['external_id,score,created_at', ...good, tail].join('\n'))
      expect(r.status).toBe(422)
      const p = await r.json()
      expect(p.type).toBe('urn:tenpoint:problem:malformed_file')
      expect(p.errors).toEqual([{ field: `line ${line}`, message }])
      expect(await w.count('responses')).toBe(0)
      expect(await w.count('import_rows')).toBe(0)
    }
    const header = await upload(`/v1/surveys/${survey}/import`, 'id,score,created_at\n1,2,3')
    expect((await header.json()).errors[0].message).toMatch(/^unknown column "id"/)
    const utf = await upload(`/v1/surveys/${survey}/import`, new Uint8Array([0x65, 0x78, 0xff, 0x0a]))
    expect((await utf.json()).errors).toEqual([{ field: '(file)', message: 'the file is not UTF-8 text' }])
  })

  it('NDJSON, streamed in odd chunks, on the remote (Workers) store too', async () => {
    w = await world({ group: false })
    const survey = await w.survey({ kind: 'relational', name: 'r' })
    const N = 5000
    const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ external_id: `n${i}`, score: i % 11, created_at: T0 - (N - i) * 60_000, attributes: { batch: 'q1' }, ...(i === 7 ? { score: 'ten' } : {}) }))
    const text = new TextEncoder().encode(lines.join('\n') + '\n')
    let at = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (at >= text.length) return ctl.close()
        const size = 1 + ((at * 7919) % 4093)
        ctl.enqueue(text.slice(at, at + size))
        at += size
      },
    })
    const r = await upload(`/v1/surveys/${survey}/import`, stream, 'application/x-ndjson')
    const report = await r.json()
    expect(report).toMatchObject({ rows: N, imported: N - 1, refused: 1 })
    expect(report.refused_rows[0]).toMatchObject({ line: 8, external_id: 'n7', errors: [{ field: 'score' }] })
    expect(await w.count('responses', "source = 'import' AND counted = 1")).toBe(N - 1)
  })

  it('scope write; another project gets 404; a public key 401; an unknown type 415', async () => {
    w = await world()
    const survey = await w.survey({ kind: 'relational', name: 'r' })
    expect((await upload(`/v1/surveys/${survey}/import`, CSV, 'text/csv', await tokenFor(w, 'read'))).status).toBe(403)
    expect((await upload(`/v1/surveys/${survey}/import`, CSV, 'text/csv', await tokenFor(w, 'write'))).status).toBe(200)
    const other = await createProject(w.client, { name: 'Other' })
    expect((await upload(`/v1/surveys/${survey}/import`, CSV, 'text/csv', other.secretKey)).status).toBe(404)
    expect((await upload(`/v1/surveys/${survey}/import`, CSV, 'text/csv', w.project.publicKey)).status).toBe(401)
    expect((await upload(`/v1/surveys/${survey}/import`, CSV, 'application/json')).status).toBe(415)
    expect((await upload(`/v1/surveys/${survey}/import?format=ndjson`, '{"external_id":"z","score":1,"created_at":"2025-01-01"}', 'text/plain')).status).toBe(200)
  })
})
