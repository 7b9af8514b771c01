/**
 * Would a learned model beat the lexicons? `npm run eval:themes-model`: a one-vs-rest
 * logistic regression per theme over word prefixes (5 letters) and their bigrams, trained
 * on every labelled set except one round of sets and scored on that round, per language
 * (macro-F1 over themes), beside the lexicon tagger and the two combined (the model adds a
 * theme the lexicons missed when it is sure, p > HI; "-drop" also drops a lexicon theme the
 * model finds unlikely, p < LO). The lexicons were tuned on most of these sets, so their
 * figure here is optimistic; the model's is honest (it never sees the round it is scored on).
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { localeLanguage } from '../shared/themes/language'
import { tagComment } from '../shared/themes/tag'
const THEMES = ['delivery', 'support', 'app_ux', 'price', 'assortment', 'quality', 'payment', 'returns']
type Row = { id: string; locale: string; score: number; comment: string; themes: string[]; file: string; round: string }
const here = dirname(fileURLToPath(import.meta.url))
const dev = [join(here, '../shared/data/comments-dev.jsonl'), join(here, '../../shared/data/comments-dev.jsonl')].filter(existsSync)
const files = [...dev, ...readdirSync(here).filter((f) => f.startsWith('themes-') && f.endsWith('.jsonl')).map((f) => join(here, f))]
const roundOf = (f: string) => {
  const b = f.split('/').pop()!
  if (b.startsWith('comments-dev')) return 'dev'
  if (b.startsWith('themes-holdout')) return 'holdout'
  const m = b.match(/^themes-(en|ruk|unseen|ru|uk)-(\d)/) ?? b.match(/^themes-(unseen)/)
  return m ? m[1] + (m[2] ?? '') : b
}
const rows: Row[] = []
for (const f of files) for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); rows.push({ ...r, file: f, round: roundOf(f) }) }
const W = /[\p{L}\p{N}]+/gu
function feats(r: Row): string[] {
  const lang = localeLanguage(r.locale) ?? 'x'
  const ws = (r.comment.toLowerCase().replace(/ё/g, 'е').match(W) ?? []).map((w) => w.slice(0, 5))
  const out = new Set<string>()
  for (let i = 0; i < ws.length; i++) { out.add(lang + ':' + ws[i]); if (i) out.add(lang + ':' + ws[i - 1] + '_' + ws[i]) }
  return [...out]
}
function train(tr: Row[]) {
  const models = new Map<string, Map<string, number>>()
  const X = tr.map(feats)
  for (const t of THEMES) {
    const w = new Map<string, number>(); let b = -2
    const y = tr.map((r) => (r.themes.includes(t) ? 1 : 0))
    const lr = 0.3, l2 = 1e-3
    for (let ep = 0; ep < 30; ep++) for (let i = 0; i < X.length; i++) {
      let z = b; for (const f of X[i]) z += w.get(f) ?? 0
      const p = 1 / (1 + Math.exp(-z)); const g = p - y[i]
      b -= lr * g
      for (const f of X[i]) { const v = w.get(f) ?? 0; w.set(f, v - lr * (g + l2 * v)) }
    }
    w.set('__b', b); models.set(t, w)
  }
  return models
}
const prob = (m: Map<string, number>, fs: string[]) => { let z = m.get('__b')!; for (const f of fs) z += m.get(f) ?? 0; return 1 / (1 + Math.exp(-z)) }
function macro(pred: string[][], gold: string[][]) {
  let s = 0, n = 0
  for (const t of THEMES) { let tp = 0, fp = 0, fn = 0
    for (let i = 0; i < pred.length; i++) { const p = pred[i].includes(t), g = gold[i].includes(t); if (p && g) tp++; else if (p) fp++; else if (g) fn++ }
    if (tp + fp + fn === 0) continue; const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1); s += P + R ? (2 * P * R) / (P + R) : 0; n++ }
  return s / n
}
const rounds = [...new Set(rows.map((r) => r.round))]
const HI = Number(process.env.HI ?? 0.7), LO = Number(process.env.LO ?? 0.05)
const sums = { lex: 0, model: 0, add: 0, drop: 0, n: 0 }
for (const rd of (process.env.ROUNDS?.split(',') ?? rounds)) {
  const test = rows.filter((r) => r.round === rd); const tr = rows.filter((r) => r.round !== rd)
  const m = train(tr)
  for (const lang of ['en', 'ru', 'uk']) {
    const T = test.filter((r) => localeLanguage(r.locale) === lang); if (!T.length) continue
    const gold = T.map((r) => r.themes), base: string[][] = [], add: string[][] = [], both: string[][] = [], model: string[][] = []
    for (const r of T) {
      const lex = tagComment(r.comment, r.score, { locale: r.locale }).themes.map((t) => t.theme)
      const fs = feats(r); const ps = THEMES.map((t) => [t, prob(m.get(t)!, fs)] as const)
      base.push(lex); model.push(ps.filter(([, p]) => p > 0.5).map(([t]) => t))
      const a = [...lex]; for (const [t, p] of ps) if (p > HI && !a.includes(t) && a.length < 3) a.push(t)
      add.push(a)
      both.push(a.filter((t) => (ps.find(([x]) => x === t)![1]) > LO))
    }
    const f = { lex: macro(base, gold), model: macro(model, gold), add: macro(add, gold), drop: macro(both, gold) }
    for (const k of ['lex', 'model', 'add', 'drop'] as const) sums[k] += f[k]
    sums.n++
    console.log(rd.padEnd(10), lang, T.length.toString().padStart(4), 'lex', macro(base, gold).toFixed(3), 'model', macro(model, gold).toFixed(3), 'lex+add', macro(add, gold).toFixed(3), 'lex+add-drop', macro(both, gold).toFixed(3))
  }
}
const avg = (k: 'lex' | 'model' | 'add' | 'drop') => (sums[k] / sums.n).toFixed(3)
console.log(`mean over ${sums.n} round × language cells: lexicons ${avg('lex')}, model alone ${avg('model')}, lexicons + model ${avg('add')}, lexicons + model with drops ${avg('drop')}`)
