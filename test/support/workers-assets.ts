/**
 * `wrangler deploy --dry-run` wants the assets directory (dist/public) to exist: make it
 * from the builds, building the widget or the dashboard first if either is missing.
 * Under the browser suite's build lock, so parallel test files never build or copy at
 * the same time.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assembleAssets } from '../../worker/runtime/workers/assets'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DIST = join(ROOT, 'dist')
const ready = () => existsSync(join(DIST, 'public', 'tenpoint.js')) && existsSync(join(DIST, 'public', 'app', 'index.html'))

export function ensureWorkersAssets(): void {
  if (ready()) return
  mkdirSync(DIST, { recursive: true })
  const lock = join(DIST, '.browser-suite-build.lock')
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (ready()) return
      if (Date.now() > deadline) throw new Error('workers assets: timed out waiting for another build')
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmdirSync(lock)
      } catch {}
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    if (ready()) return
    const vite = (config: string) => execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', config], { cwd: ROOT, stdio: 'pipe' })
    if (!existsSync(join(DIST, 'widget', 'tenpoint.js'))) vite('vite.config.ts')
    if (!existsSync(join(DIST, 'app', 'index.html'))) vite('vite.dashboard.config.ts')
    assembleAssets(DIST)
  } finally {
    rmdirSync(lock)
  }
}
