/**
 * Measures the built widget in dist/widget against its budgets: the loader alone, and
 * everything a shown survey needs (the UI chunk, every chunk it imports statically, and
 * the largest locale). Used by size-report.ts (printed on every build) and size.test.ts.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export const DIST = new URL('../dist/widget/', import.meta.url).pathname

/** Brotli bytes, as served (each file is its own request, so sizes add up per file). */
export const BUDGET = { loader: 1024, shown: 10 * 1024 }

export interface Size {
  files: string[]
  raw: number
  gzip: number
  brotli: number
}

function measure(files: string[]): Size {
  const s: Size = { files, raw: 0, gzip: 0, brotli: 0 }
  for (const f of files) {
    const b = readFileSync(join(DIST, f))
    s.raw += b.length
    s.gzip += gzipSync(b, { level: 9 }).length
    s.brotli += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length
  }
  return s
}

/** `f` and the chunks it imports statically, transitively (paths relative to DIST). */
function withImports(f: string, seen = new Set<string>()): string[] {
  if (seen.has(f)) return []
  seen.add(f)
  const code = readFileSync(join(DIST, f), 'utf8')
  const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : ''
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'](\.\/[^"']+)["']/g)) {
    withImports(join(dir, m[1]).replace(/^\.\//, ''), seen)
  }
  return [...seen]
}

/** The sizes of the current build; throws when there is none. */
export function sizes() {
  if (!existsSync(join(DIST, 'tenpoint.js'))) throw new Error(`No build in ${DIST}; run \`npx vite build --config vite.config.ts\` first.`)
  const assets = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`)
  const ui = assets.find((f) => /^assets\/ui-[\w-]+\.js$/.test(f))
  if (!ui) throw new Error('No assets/ui-*.js in the build.')
  const locales = assets.flatMap((f) => {
    const code = /^assets\/l-([a-z]+)-[\w-]+\.js$/.exec(f)?.[1]
    return code ? [{ f, code, b: measure([f]).brotli }] : []
  })
  const largest = locales.sort((a, b) => b.b - a.b)[0]
  return {
    loader: measure(['tenpoint.js']),
    shown: measure([...withImports(ui), ...(largest ? [largest.f] : [])]),
    /** The locale codes that have a chunk. */
    locales: locales.map((l) => l.code).sort(),
  }
}
