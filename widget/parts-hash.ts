/**
 * The hash in the names of the parts `tenpoint.js` loads on demand (UI, offline queue,
 * locales). They share one, of every source (tests and docs aside) and build tool that
 * makes them, so the loader carries one name pattern instead of a hashed name per file:
 * its every byte is paid on every page view. Any change to what they are built from
 * gives them new names, so a cached old part is never used by a new loader. Build-time
 * only (vite.config.ts).
 * @module
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** 8 characters of base64url SHA-256 over `files` and every file under `dirs` (paths relative to `root`). */
export function partsHash(root: string, files: string[], dirs: string[]): string {
  const hash = createHash('sha256')
  const all = [
    ...files,
    ...dirs.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && !/\.(test\.ts|md)$/.test(e.name))
        .map((e) => relative(root, join(e.parentPath, e.name))),
    ),
  ].sort()
  for (const f of all) hash.update(f).update('\0').update(readFileSync(join(root, f))).update('\0')
  return hash.digest('base64url').slice(0, 8)
}

/**
 * Where the built parts are, with `*` for a part's name (`ui`, `outbox`, `l-xx`), for the
 * widget build at `root`: what the loader and the hosted page carry (files.ts), and what
 * the dashboard's survey preview imports the real survey UI from.
 */
export const partPattern = (root: string) => `assets/*-${partsHash(root, ['package-lock.json', 'tsconfig.json', 'vite.config.ts'], ['widget', 'shared'])}.js`
