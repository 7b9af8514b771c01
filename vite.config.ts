/**
 * Builds the widget into dist/widget in two passes.
 *
 * 1. ES modules loaded on demand, all hashed: the survey UI (`ui`), the offline queue
 *    (`outbox`) and one chunk per locale; plus the demo page. Static files (hosted.html)
 *    are copied from widget/public.
 * 2. The stable-named entries, with the name pattern of pass 1 baked in (files.ts):
 *    tenpoint.js, a classic script because customers paste `<script async>`, not a
 *    module; and hosted.js, the webview page's module. Both import pass 1's files by URL
 *    relative to where they are served from, so one build works on any host and path.
 * @module
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, defineConfig, type Plugin, type UserConfig } from 'vite'
import { partsHash } from './widget/parts-hash'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const outDir = at('./dist/widget')
/** One file per shipped locale (shared/i18n/xx.ts); locale.test.ts checks they match SUPPORTED_LOCALES. */
const locales = readdirSync(at('./shared/i18n')).flatMap((f) => (/^[a-z]{2,3}\.ts$/.test(f) ? [f.slice(0, -3)] : []))
/** What the stable-named entries learn of pass 1 (widget/files.ts): `*` is a part's name; all share one hash (parts-hash.ts). */
const files = { part: `assets/*-${partsHash(at('.'), ['package-lock.json', 'tsconfig.json', 'vite.config.ts'], ['widget', 'shared'])}.js`, codes: locales.join(' ') }
/** Browsers with constructable stylesheets (Safari 16.4 is the last to get them). */
const target = ['chrome100', 'edge100', 'firefox101', 'safari16.4']

const common: UserConfig = {
  logLevel: 'warn',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
}

/** Pass 2, run when pass 1 is written. */
function stableEntries(): Plugin {
  const entry = (name: string, file: string, format: 'iife' | 'es') =>
    build({
      ...common,
      configFile: false,
      publicDir: false,
      define: { __TP_FILES__: JSON.stringify(files) },
      build: {
        outDir,
        emptyOutDir: false,
        target,
        minify: 'oxc',
        modulePreload: false,
        reportCompressedSize: false,
        rolldownOptions: { input: at(`./widget/${name}.ts`), output: { format, entryFileNames: file } },
      },
    })
  return {
    name: 'tenpoint-stable-entries',
    apply: 'build',
    async closeBundle() {
      await entry('loader', 'tenpoint.js', 'iife')
      await entry('hosted', 'hosted.js', 'es')
    },
  }
}

export default defineConfig({
  ...common,
  root: at('./widget'),
  publicDir: at('./widget/public'),
  plugins: [stableEntries()],
  build: {
    outDir,
    emptyOutDir: true,
    target,
    cssTarget: target,
    minify: 'oxc',
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        demo: at('./widget/demo.html'),
        ui: at('./widget/ui/mount.tsx'),
        outbox: at('./widget/outbox.ts'),
        ...Object.fromEntries(locales.map((l) => [`l-${l}`, at(`./shared/i18n/${l}.ts`)])),
      },
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: (c) => (c.name === 'demo' ? '[name].js' : files.part.replace('*', '[name]')),
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // Every function of the survey UI runs when it shows: Chromium compiles them while
        // the file loads instead of inside the render task (explicit compile hints).
        postBanner: (c) => (c.name === 'ui' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
})
