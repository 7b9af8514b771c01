import { describe, expect, it } from 'vitest'
import { checkHeader, checkRow, csvObject } from './rows'

const NOW = Date.UTC(2026, 5, 1)

describe('import rows', () => {
  it('header: required columns, nothing unknown or repeated', () => {
    expect(checkHeader(['external_id', 'score', 'created_at', 'comment'])).toBeNull()
    expect(checkHeader(['external_id', 'score'])).toBe('missing column created_at')
    expect(checkHeader(['external_id', 'score', 'created_at', 'nps'])).toMatch(/^unknown column "nps"/)
    expect(checkHeader(['external_id', 'score', 'created_at', 'score'])).toBe('column "score" appears twice')
  })

  it('a CSV row becomes the object an NDJSON line would be', () => {
    const header = ['external_id', 'score', 'created_at', 'comment', 'attributes', 'user_id']
    expect(csvObject(header, ['x1', '9', '2026-01-15T12:00:00+02:00', '', '{"plan":"pro"}', 'u1'])).toEqual({
      ok: true,
      value: { external_id: 'x1', score: 9, created_at: '2026-01-15T12:00:00+02:00', attributes: { plan: 'pro' }, user_id: 'u1' },
    })
    expect(csvObject(header, ['x1', '9', '1767225600000'])).toEqual({ ok: true, value: { external_id: 'x1', score: 9, created_at: 1767225600000 } })
    expect(csvObject(header, ['x1', '9', 'x', '', '{plan'])).toMatchObject({ ok: false, errors: [{ field: 'attributes' }] })
  })

  it('times: ISO with offset, a date, epoch ms; never before 2000 or in the future', () => {
    const ok = (created_at: unknown) => checkRow({ external_id: 'a', score: 5, created_at }, NOW)
    expect(ok('2026-01-15T12:00:00+02:00')).toMatchObject({ ok: true, row: { created_at: Date.UTC(2026, 0, 15, 10) } })
    expect(ok('2026-01-15')).toMatchObject({ ok: true, row: { created_at: Date.UTC(2026, 0, 15) } })
    expect(ok(Date.UTC(2025, 1, 1))).toMatchObject({ ok: true, row: { created_at: Date.UTC(2025, 1, 1) } })
    for (const bad of ['2026-01-15T12:00:00', 'yesterday', '2026-02-30T00:00:00Z', '1999-12-31', Date.UTC(2027, 0, 1), 1.5]) {
      expect(ok(bad).ok, String(bad)).toBe(false)
    }
  })

  it('every invalid field is named', () => {
    const r = checkRow({ external_id: '', score: 11, created_at: 'x', channel: 'fax', locale: 'english', attributes: [1], color: 'red' }, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) expect([...new Set(r.errors.map((e) => e.field))].sort()).toEqual(['attributes', 'channel', 'color', 'created_at', 'external_id', 'locale', 'score'])
  })
})
