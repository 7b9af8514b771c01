import fc from 'fast-check'
import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'
import { bucketIndex } from '../../shared/stats/buckets'
import { decodeCursor, encodeCursor } from './answers.queries'
import { propertyText } from './filters'
import { bucketCase } from './stats.queries'
import { excludedByReason, reasonOf } from './stats.present'

describe('bucketCase', () => {
  it('reads like the doc example', () => {
    expect(bucketCase('t', [0, 10, 20, 30])).toBe('CASE WHEN t < 10 THEN 0 ELSE CASE WHEN t < 20 THEN 1 ELSE 2 END END')
    expect(bucketCase('t', [0, 10])).toBe('0')
  })

  it('property: SQLite places every instant in the bucket bucketIndex gives', async () => {
    const db = createClient({ url: ':memory:' })
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: 1e12 }), { minLength: 2, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 20 }), async (raw, picks) => {
        const edges = [...raw].sort((a, b) => a - b)
        const inside = picks.map((p) => edges[0] + (p % (edges[edges.length - 1] - edges[0])))
        for (const t of inside) {
          const rs = await db.execute(`SELECT ${bucketCase(`(${t})`, edges)} AS i`)
          expect(Number(rs.rows[0].i)).toBe(bucketIndex(edges, t))
        }
      }),
      { numRuns: 40 },
    )
    db.close()
  })

  it('refuses edges that are not integers (they are written into the SQL)', () => {
    expect(() => bucketCase('t', [0, 1.5, 3])).toThrow(RangeError)
  })
})

describe('exclusion reasons', () => {
  it("an analyst's exclusion names itself; otherwise exclusion.ts's precedence; unreadable flags are counted, not lost", () => {
    expect(reasonOf('["too_fast","excluded"]')).toBe('excluded')
    expect(reasonOf('["too_fast","bot_user_agent"]')).toBe('bot_user_agent')
    expect(reasonOf('[]')).toBe('unreadable_flags')
    expect(reasonOf('not json')).toBe('unreadable_flags')
    expect(excludedByReason([{ flags: '["too_fast"]', answers: 2 }, { flags: '["bot_user_agent","too_fast"]', answers: 1 }, { flags: '["too_fast","honeypot"]', answers: 3 }])).toEqual({
      too_fast: 2,
      bot_user_agent: 1,
      honeypot: 3,
    })
  })
})

describe('cursors and property paths', () => {
  it('a cursor round-trips; anything else is refused', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (at, row) => {
        expect(decodeCursor(encodeCursor({ at, row }))).toEqual({ at, row })
      }),
    )
    for (const bad of ['', 'x', encodeCursor({ at: 1, row: 2 }) + 'A', btoa('1.2.3')]) expect(decodeCursor(bad)).toBeNull()
  })

  it('keys go into a quoted JSON path only when they are safe', async () => {
    const db = createClient({ url: ':memory:' })
    const rs = await db.execute(`SELECT ${propertyText(`'{"a.b": "x", "n": 5, "t": true}'`, 'a.b')} AS s, ${propertyText(`'{"n": 5}'`, 'n')} AS n, ${propertyText(`'{"t": true}'`, 't')} AS t`)
    expect({ ...rs.rows[0] }).toEqual({ s: 'x', n: '5', t: 'true' })
    for (const k of [`a"b`, "a'b", 'a b', '']) expect(() => propertyText('c', k)).toThrow()
    db.close()
  })
})
