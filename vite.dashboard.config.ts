/**
 * Builds the dashboard (dashboard/, Preact) into dist/app, served at /app/ by the Node
 * entry (worker/runtime/node/static.ts) and by the Workers assets binding. Separate from
 * the widget's build: its size budget and its readers are not the widget's. Two pages:
 * the app (index.html) and the survey editor's preview frame (preview.html), which imports
 * the widget build's own survey UI by its part name (the same hash as vite.config.ts).
 * @module
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { partPattern } from './widget/parts-hash.ts'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: at('./dashboard'),
  base: '/app/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __TP_PART__: JSON.stringify(partPattern(at('.'))) },
  build: {
    outDir: at('./dist/app'),
    emptyOutDir: true,
    target: ['chrome100', 'edge100', 'firefox101', 'safari16.4'],
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { index: at('./dashboard/index.html'), preview: at('./dashboard/preview.html') } },
  },
})
