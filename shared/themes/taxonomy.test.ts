import { describe, expect, it } from 'vitest'
import { en } from './lexicon/en'
import { ru } from './lexicon/ru'
import { uk } from './lexicon/uk'
import { BUILTIN_THEMES, isBuiltinTheme } from './taxonomy'

describe('taxonomy', () => {
  it('ships the eight themes of the design', () => {
    expect([...BUILTIN_THEMES]).toEqual(['delivery', 'support', 'app_ux', 'price', 'assortment', 'quality', 'payment', 'returns'])
    expect(isBuiltinTheme('price')).toBe(true)
    expect(isBuiltinTheme('loyalty')).toBe(false)
  })

  it('every built-in theme has a broad lexicon in every language', () => {
    for (const lex of [en, ru, uk])
      for (const t of BUILTIN_THEMES) expect(lex.themes[t].split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(15)
  })

  it('lexicon entries are lowercase and well formed', () => {
    for (const lex of [en, ru, uk])
      for (const list of [...Object.values(lex.themes), ...Object.values(lex.cues)])
        for (const e of list.split(/\s+/).filter(Boolean)) {
          expect(e).toBe(e.toLowerCase())
          expect(e).toMatch(/^=?[#\p{L}\p{N}/]+(\+(=?[#\p{L}\p{N}]+|\?))*(~~|~|\^)?$/u)
        }
  })
})
