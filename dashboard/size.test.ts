import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { BUDGET_JS, DIST, firstScreen } from './size'

it.skipIf(!existsSync(join(DIST, 'index.html')))('the first screen is at most 80 KB of JS, brotli (npm run build first)', () => {
  const s = firstScreen()
  expect(s.js.length).toBeGreaterThan(0)
  expect(s.jsBrotli).toBeLessThanOrEqual(BUDGET_JS)
})
