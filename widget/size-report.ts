/**
 * Prints the widget's size after every build (`npm run build`) and fails the build when
 * a budget is exceeded: the loader, and everything a shown survey needs.
 * @module
 */
import { BUDGET, sizes, type Size } from './size'

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`
const row = (name: string, s: Size, budget: number) =>
  `${name.padEnd(26)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}   budget ${kb(budget)} brotli ${s.brotli <= budget ? 'ok' : 'OVER'}`

const s = sizes()
console.log(`\nTenpoint widget size (dist/widget)\n${''.padEnd(26)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`)
console.log(row('loader (tenpoint.js)', s.loader, BUDGET.loader))
console.log(row('shown survey (total)', s.shown, BUDGET.shown))
console.log(`  = ${s.shown.files.join(' + ')}  (largest of ${s.locales.length} locales)\n`)
if (s.loader.brotli > BUDGET.loader || s.shown.brotli > BUDGET.shown) {
  console.error('Over the size budget: see "Budgets" in widget/README.md.')
  process.exit(1)
}
