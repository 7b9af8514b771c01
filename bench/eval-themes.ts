/**
 * Evaluates the comment-theme tagger on a labelled JSONL file (default: the dev set) and
 * times it on 100k comments. Per language and overall: theme precision / recall / F1
 * (micro and macro over themes), sentiment accuracy on correctly found themes, and the
 * share of no-theme comments left empty. The last line is the overall summary.
 *
 *   npm run eval:themes [file.jsonl] [--errors] [--no-speed]
 *
 * Line format: {"id","locale","score","comment","themes":[…],"sentiment":{theme: …}}
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { localeLanguage } from '../shared/themes/language'
import { tagComment, type TagResult } from '../shared/themes/tag'

interface Labelled {
  id: string
  locale: string
  score: number
  comment: string
  themes: string[]
  sentiment: Record<string, string>
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const showErrors = args.includes('--errors')
const timed = !args.includes('--no-speed')
const file =
  args.find((a) => !a.startsWith('--')) ??
  process.env.THEMES_DEV ??
  [join(root, 'shared/data/comments-dev.jsonl'), join(root, '../shared/data/comments-dev.jsonl')].find(existsSync)
if (!file || !existsSync(file)) {
  console.error('No labelled file: pass one, or set THEMES_DEV to the dev set (comments-dev.jsonl).')
  process.exit(1)
}
const rows: Labelled[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))

interface Counts {
  tp: Map<string, number>
  fp: Map<string, number>
  fn: Map<string, number>
  sentimentRight: number
  sentimentAll: number
  empty: number
  emptyRight: number
  n: number
}
const fresh = (): Counts => ({ tp: new Map(), fp: new Map(), fn: new Map(), sentimentRight: 0, sentimentAll: 0, empty: 0, emptyRight: 0, n: 0 })
const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)
const byLang = new Map<string, Counts>()
const all = fresh()

for (const row of rows) {
  const got: TagResult = tagComment(row.comment, row.score, { locale: row.locale })
  const lang = localeLanguage(row.locale) ?? 'und'
  const c = byLang.get(lang) ?? fresh()
  byLang.set(lang, c)
  const predicted = new Map(got.themes.map((t) => [t.theme, t.sentiment]))
  const wrong: string[] = []
  for (const k of [c, all]) {
    k.n++
    if (row.themes.length === 0) {
      k.empty++
      if (predicted.size === 0) k.emptyRight++
    }
    for (const t of row.themes) {
      if (!predicted.has(t)) {
        inc(k.fn, t)
        continue
      }
      inc(k.tp, t)
      k.sentimentAll++
      if (predicted.get(t) === row.sentiment[t]) k.sentimentRight++
    }
    for (const t of predicted.keys()) if (!row.themes.includes(t)) inc(k.fp, t)
  }
  for (const t of row.themes) {
    if (!predicted.has(t)) wrong.push(`missed ${t}`)
    else if (predicted.get(t) !== row.sentiment[t]) wrong.push(`${t} ${predicted.get(t)} ≠ ${row.sentiment[t]}`)
  }
  for (const t of predicted.keys()) if (!row.themes.includes(t)) wrong.push(`extra ${t}`)
  if (showErrors && wrong.length) console.log(`${row.id} [${row.score}] ${wrong.join('; ')} | ${row.comment}`)
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)

function summary(c: Counts) {
  const tp = total(c.tp)
  const precision = ratio(tp, tp + total(c.fp))
  const recall = ratio(tp, tp + total(c.fn))
  const themes = new Set([...c.tp.keys(), ...c.fp.keys(), ...c.fn.keys()])
  const perTheme = [...themes].map((t) => {
    const a = c.tp.get(t) ?? 0
    const p = ratio(a, a + (c.fp.get(t) ?? 0))
    const r = ratio(a, a + (c.fn.get(t) ?? 0))
    return { t, p, r, f: f1(p, r) }
  })
  const mean = (xs: number[]) => ratio(xs.reduce((a, b) => a + b, 0), xs.length)
  return {
    n: c.n,
    precision,
    recall,
    microF1: f1(precision, recall),
    macroP: mean(perTheme.map((x) => x.p)),
    macroR: mean(perTheme.map((x) => x.r)),
    macroF1: mean(perTheme.map((x) => x.f)),
    sentiment: ratio(c.sentimentRight, c.sentimentAll),
    empty: c.empty ? c.emptyRight / c.empty : undefined,
    perTheme,
  }
}

const fmt = (x: number) => x.toFixed(2)
console.log(`file: ${file} (${rows.length} comments)`)
console.log('lang      n  micro-P micro-R micro-F1  macro-P macro-R macro-F1  sentiment  empty-ok')
const langs = [...byLang.keys()].sort()
for (const [name, c] of [...langs.map((l) => [l, byLang.get(l)!] as const), ['all', all] as const]) {
  const s = summary(c)
  console.log(
    `${name.padEnd(5)} ${String(s.n).padStart(4)}  ${fmt(s.precision).padStart(7)} ${fmt(s.recall).padStart(7)} ${fmt(s.microF1).padStart(8)}  ${fmt(s.macroP).padStart(7)} ${fmt(s.macroR).padStart(7)} ${fmt(s.macroF1).padStart(8)}  ${fmt(s.sentiment).padStart(9)}  ${(s.empty === undefined ? '-' : fmt(s.empty)).padStart(8)}`,
  )
}
console.log('\nper theme (all):   P     R     F1')
for (const x of summary(all).perTheme.sort((a, b) => a.t.localeCompare(b.t)))
  console.log(`  ${x.t.padEnd(12)} ${fmt(x.p)}  ${fmt(x.r)}  ${fmt(x.f)}`)

// Speed: 100k comments drawn from the file, with scores varied so every path is taken.
const N = timed ? 100_000 : 0
const texts = rows.map((r) => [r.comment, r.locale] as const)
const run = (n: number) => {
  let themes = 0
  for (let i = 0; i < n; i++) {
    const [text, locale] = texts[(i * 7919) % texts.length]
    themes += tagComment(text, i % 11, { locale: i % 5 === 0 ? undefined : locale }).themes.length
  }
  return themes
}
if (timed) run(N / 10) // warm-up, so the timing is of optimised code
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const themes = run(N)
const seconds = (performance.now() - t0) / 1000
const used = process.cpuUsage(cpu0)
// CPU time is what one core spent; wall time also counts waiting for a busy machine.
const cpu = (used.user + used.system) / 1e6
if (timed) console.log(
  `\nspeed: ${N.toLocaleString('en')} comments in ${cpu.toFixed(2)} s CPU on one thread (${seconds.toFixed(2)} s wall), ${Math.round(N / cpu).toLocaleString('en')} comments/s; ${themes} themes; every 5th without a locale`,
)

const s = summary(all)
console.log(`themes macro-F1 ${fmt(s.macroF1)}, sentiment accuracy ${fmt(s.sentiment)}`)
