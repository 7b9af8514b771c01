/**
 * The dashboard's first screen, measured: every script and stylesheet index.html loads
 * (and the modules they import statically), brotli as served. Budget: 80 KB of JS.
 * Used by size-report.ts (printed on every build) and size.test.ts.
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'

export const DIST = new URL('../dist/app/', import.meta.url).pathname
export const BUDGET_JS = 80 * 1024

const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length

export function firstScreen() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const js = new Set<string>()
  const queue = [...html.matchAll(/<script[^>]+src="\/app\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/app\/([^"]+)"/g)].map((m) => m[1])
  while (queue.length) {
    const f = queue.pop()!
    if (js.has(f)) continue
    js.add(f)
    const code = readFileSync(join(DIST, f), 'utf8')
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]*from\s*)?["']\.\/([^"']+)["']/g)) queue.push(f.slice(0, f.lastIndexOf('/') + 1) + m[1])
  }
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/app\/([^"]+)"/g)].map((m) => m[1])
  const sum = (files: string[]) => files.reduce((s, f) => s + brotli(readFileSync(join(DIST, f))), 0)
  return { js: [...js], jsBrotli: sum([...js]), css, cssBrotli: sum(css) }
}
