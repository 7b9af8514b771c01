// The size budgets ("Budgets" in widget/README.md), against the production build (`npm test` builds first).
import { expect, it } from 'vitest'
import { SUPPORTED_LOCALES } from '../shared/i18n'
import { BUDGET, sizes } from './size'

const s = sizes()

it(`keeps the loader within ${BUDGET.loader} bytes brotli`, () => {
  expect(s.loader.brotli).toBeLessThanOrEqual(BUDGET.loader)
})

it(`keeps everything a shown survey needs within ${BUDGET.shown} bytes brotli`, () => {
  expect(s.shown.files.some((f) => /assets\/ui-/.test(f))).toBe(true)
  expect(s.shown.files.some((f) => /assets\/outbox-/.test(f))).toBe(true)
  expect(s.shown.files.some((f) => /assets\/l-/.test(f))).toBe(true)
  expect(s.shown.brotli).toBeLessThanOrEqual(BUDGET.shown)
})

it('builds a chunk for every supported locale', () => {
  expect(s.locales).toEqual(SUPPORTED_LOCALES.map((l) => l.code).sort())
})
