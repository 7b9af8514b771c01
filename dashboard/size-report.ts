/** Printed after every dashboard build; fails the build over budget. */
import { BUDGET_JS, firstScreen } from './size'

const s = firstScreen()
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
console.log(`\nTenpoint dashboard first screen (dist/app), brotli: JS ${kb(s.jsBrotli)} (budget ${kb(BUDGET_JS)} ${s.jsBrotli <= BUDGET_JS ? 'ok' : 'OVER'}), CSS ${kb(s.cssBrotli)}`)
if (s.jsBrotli > BUDGET_JS) process.exit(1)
