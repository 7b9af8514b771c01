// Response ids and the visitor's kept ids, with and without working storage.
import { describe, expect, it } from 'vitest'
import { keep, randomId, uuid } from './ids'

const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/

describe('uuid', () => {
  it('is a v4 UUID, also where randomUUID is missing (plain-http pages)', () => {
    expect(uuid()).toMatch(UUID)
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) } as Crypto
    const ids = new Set(Array.from({ length: 500 }, () => uuid(insecure)))
    expect(ids.size).toBe(500)
    for (const id of ids) expect(id).toMatch(UUID)
  })
})

it('makes anonymous ids the API accepts', () => {
  expect(randomId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
})

describe('keep', () => {
  const memory = () => {
    const m = new Map<string, string>()
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as Storage
  }
  it('stores the id on first use and returns the same one later', () => {
    const s = memory()
    const a = keep(() => s, 'tp_aid')
    expect(keep(() => s, 'tp_aid')).toBe(a)
    expect(keep(() => s, 'tp_aid', true)).not.toBe(a)
  })
  it('still answers when storage is missing or throws', () => {
    expect(
      keep(() => {
        throw new DOMException('denied', 'SecurityError')
      }, 'tp_aid'),
    ).toMatch(/^[\w-]+$/)
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError') } } as unknown as Storage
    expect(keep(() => full, 'tp_aid')).toMatch(/^[\w-]+$/)
  })
})
