/**
 * What the dashboard's browser suites share: the built app (built here when a suite runs
 * alone, without `npm run build`) and an axe-core run over the page that lists the
 * violations.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from './harness'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Builds dist/app unless `file` is there already. */
export function ensureDashboardBuilt(file = 'index.html') {
  if (existsSync(join(ROOT, 'dist', 'app', file))) return
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.dashboard.config.ts'], { cwd: ROOT, stdio: 'inherit' })
}

/** axe-core over the whole page: each violation with its impact and the elements it names. */
export async function axe(page: Page) {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }))
  })
}
