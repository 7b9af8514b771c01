// Locale candidates: their order, and that the loader's small matcher agrees with shared/i18n pickLocale.
import fc from 'fast-check'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pickLocale, SUPPORTED_LOCALES } from '../shared/i18n'
import { candidates, firstSupported } from './locale'

const CODES = SUPPORTED_LOCALES.map((l) => l.code)
const codes = CODES.join(' ')

it('orders candidates: explicit, then <html lang>, then the browser languages', () => {
  expect(candidates('uk', 'de-AT', ['fr-FR', 'en'])).toEqual(['uk', 'de-AT', 'fr-FR', 'en'])
  expect(firstSupported(candidates(undefined, 'xx', ['zh-CN', 'pt-BR', 'en']), codes)).toBe('pt')
  expect(firstSupported(candidates('ru', 'de', ['en']), codes)).toBe('ru')
  expect(firstSupported(candidates(null, '', null), codes)).toBeUndefined()
})

describe('firstSupported', () => {
  it.each([
    [['uk-UA'], 'uk'],
    [['pt_BR'], 'pt'],
    [['EN-gb'], 'en'],
    [['iw'], 'he'],
    [['zh-CN', 'ar-EG'], 'ar'],
    [['zh-CN'], undefined],
    [[undefined, null, ''], undefined],
  ])('%j → %s', (c, want) => expect(firstSupported(c, codes)).toBe(want))

  it('always agrees with pickLocale of shared/i18n (without its fallback)', () => {
    const lang = fc.oneof(fc.constantFrom(...CODES, 'iw', 'zh', 'xx', 'EN', 'Uk', 'kk', ''), fc.stringMatching(/^[a-z]{2,3}$/))
    const tag = fc.oneof(
      lang,
      fc.tuple(lang, fc.constantFrom('-', '_'), fc.stringMatching(/^[A-Za-z0-9]{2,4}$/)).map((p) => p.join('')),
      fc.constant(undefined),
      fc.constant(null),
    )
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), (c) => {
        const a = pickLocale(c, 'en')
        const real = a === pickLocale(c, 'ja') ? a : undefined
        return firstSupported(c, codes) === real
      }),
      { numRuns: 2000 },
    )
  })
})

it('builds one chunk per supported locale (vite.config.ts lists the files)', () => {
  const files = readdirSync(new URL('../shared/i18n/', import.meta.url)).filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...CODES].sort())
})
