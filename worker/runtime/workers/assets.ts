/**
 * The Workers assets directory (dist/public, wrangler.toml): the widget's files at the
 * root as before, the dashboard under /app/, and one _headers file giving the dashboard
 * the same headers the Node server gives it (http/dashboard-headers.ts). Run after the
 * builds: `node --import tsx worker/runtime/workers/assets.ts`.
 * @module
 */
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dashboardHeaders, PREVIEW_CSP, PREVIEW_PATH } from '../../http/dashboard-headers'

/**
 * The _headers rules for /app/ (Cache-Control only on hashed assets, so rules never combine
 * two). The preview page detaches the /app/* CSP (`! Header`: rules that match one path
 * add up) and gets its own, which lets the dashboard frame it.
 */
export function dashboardHeaderRules(): string {
  const page = dashboardHeaders('/app/')
  delete page['Cache-Control']
  const lines = ['', '# The dashboard (worker/http/dashboard-headers.ts).', '/app/*', ...Object.entries(page).map(([k, v]) => `  ${k}: ${v}`)]
  lines.push('/app/assets/*', `  Cache-Control: ${dashboardHeaders('/app/assets/x.js')['Cache-Control']}`)
  lines.push(PREVIEW_PATH, '  ! Content-Security-Policy', `  Content-Security-Policy: ${PREVIEW_CSP}`, '')
  return lines.join('\n')
}

export function assembleAssets(dist: string): string {
  const out = join(dist, 'public')
  rmSync(out, { recursive: true, force: true })
  cpSync(join(dist, 'widget'), out, { recursive: true })
  cpSync(join(dist, 'app'), join(out, 'app'), { recursive: true })
  const headers = join(out, '_headers')
  appendFileSync(headers, (existsSync(headers) ? '\n' : '') + dashboardHeaderRules())
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = assembleAssets(fileURLToPath(new URL('../../../dist', import.meta.url)))
  console.log(`Workers assets: ${out} (widget at /, dashboard at /app/)`)
}
