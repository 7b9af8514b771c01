/**
 * Builds the dashboard (dashboard/, Preact) into dist/app, served at /app/ by the Node
 * entry (worker/runtime/node/static.ts) and by the Workers assets binding. Separate from
 * the widget's build: its size budget and its readers are not the widget's.
 * @module
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: at('./dashboard'),
  base: '/app/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: at('./dist/app'),
    emptyOutDir: true,
    target: ['chrome100', 'edge100', 'firefox101', 'safari16.4'],
    modulePreload: { polyfill: false },
  },
})
