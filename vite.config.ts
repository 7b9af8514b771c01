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
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { minify } from 'rolldown/utils'
import { build, defineConfig, type Plugin, type UserConfig } from 'vite'
import { partPattern } from './widget/parts-hash.ts'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const outDir = at('./dist/widget')
/** One file per shipped locale (shared/i18n/xx.ts); locale.test.ts checks they match SUPPORTED_LOCALES. */
const locales = readdirSync(at('./shared/i18n')).flatMap((f) => (/^[a-z]{2,3}\.ts$/.test(f) ? [f.slice(0, -3)] : []))
/** What the stable-named entries learn of pass 1 (widget/files.ts): `*` is a part's name; all share one hash (parts-hash.ts). */
const files = { part: partPattern(at('.')), codes: locales.join(' ') }
/** Browsers with constructable stylesheets (Safari 16.4 is the last to get them). */
const target = ['chrome100', 'edge100', 'firefox101', 'safari16.4']

const common: UserConfig = {
  logLevel: 'warn',
  base: './',
  // Classic `h(type, props, ...children)` calls are shorter than the automatic runtime's
  // `jsx(type, { ...props, children })` (~60 B brotli on the card). The .tsx files import
  // `h` and `Fragment`; tsconfig.json's react-jsx setting only serves type checking.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  define: { __TP_PART__: JSON.stringify(files.part), __TP_CODES__: JSON.stringify(files.codes) },
  plugins: [shortClassNames()],
}

/**
 * The card's CSS classes are written out in full, in widget/ui/card.css and in the
 * `class="…"` attributes of widget/ui/*.tsx; the build renames each to a letter or two
 * (in order of first use in card.css), so readable names cost no bytes. A class in a
 * .tsx file that card.css does not define fails the build.
 */
function shortClassNames(): Plugin {
  const cssFile = at('./widget/ui/card.css')
  const uiDir = at('./widget/ui/')
  const comments = /\/\*[\s\S]*?\*\//g
  const selector = /\.(-?[a-z][\w-]*)/gi
  let names: Map<string, string> | undefined
  const table = () => {
    if (names) return names
    names = new Map()
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    for (const m of readFileSync(cssFile, 'utf8').replace(comments, '').matchAll(selector)) {
      const n = names.size
      if (!names.has(m[1])) names.set(m[1], (n >= 26 ? letters[Math.floor(n / 26) - 1] : '') + letters[n % 26])
    }
    return names
  }
  return {
    name: 'tenpoint-short-class-names',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]
      if (file === cssFile) return code.replace(comments, '').replace(selector, (whole, name: string) => '.' + (table().get(name) ?? name))
      if (file.startsWith(uiDir) && file.endsWith('.tsx')) {
        return code.replace(/\bclass="([^"]*)"/g, (_, value: string) => {
          const short = value.split(/\s+/).map((name) => table().get(name) ?? this.error(`class "${name}" in ${file} is not in card.css`))
          return `class="${short.join(' ')}"`
        })
      }
    },
  }
}

/**
 * Property names the minifier shortens in the parts (Preact's mangle list does the same):
 * the survey card's own members and its step components' props, written out in full in
 * the source. Only names that never leave the UI chunk: not a request body, an event, a
 * locale string, the server's answer, MountOptions or a DOM property.
 */
const MANGLED = new RegExp(
  `^(${[
    'strings', 'honeypot', 'responseId', 'lastRequest', 'scoreChanges', 'commentDone', 'timer',
    'focusStep', 'leave', 'apiUrl', 'choose', 'sendComment', 'finish', 'dismiss', 'moveFocus',
    'focusedScore', 'secondsLeft', 'buildStage', 'announce', 'takeFocus', 'ready',
    'heading', 'cardState', 'countdown', 'onChoose', 'onFocusScore', 'onMove', 'onNotNow', 'onCommentInput', 'onChangeScore', 'onSkip', 'onSend',
  ].join('|')})$`,
)

/** Shortens the MANGLED property names in the survey UI chunk once it is minified (rolldown mangles properties only in one-chunk builds). */
function mangleCardProps(): Plugin {
  return {
    name: 'tenpoint-mangle-card-props',
    apply: 'build',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== 'ui') continue
        const out = await minify(chunk.fileName, chunk.code, { module: true, compress: false, mangle: false, mangleProps: { include: MANGLED } })
        if (out.errors.length) this.error(out.errors.map((e) => e.message).join('\n'))
        // Keep the compile-hint banner (postBanner) that the minifier drops as a comment.
        chunk.code = (chunk.code.match(/^\/\/#[^\n]*\n/)?.[0] ?? '') + out.code
      }
    },
  }
}

/** Pass 2, run when pass 1 is written. */
function stableEntries(): Plugin {
  const entry = (name: string, file: string, format: 'iife' | 'es') =>
    build({
      ...common,
      configFile: false,
      publicDir: false,
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
  plugins: [...common.plugins!, mangleCardProps(), stableEntries()],
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
