/**
 * Locale selection and string helpers for the widget: which built-in locale to use, how
 * to load it on its own, and how to fill placeholders, pick plural forms and apply a
 * survey owner's overrides. Locale files are only reached through `loaders`.
 * @module
 */
import { BUCKETS } from '../nps'
import type { ByBucket, Dir, LocaleCode, MessageOverrides, Messages, Plural, TextKey } from './types'

export type { Bucket, ByBucket, Dir, LocaleCode, MessageOverrides, Messages, Plural, PluralCategory, TextKey } from './types'

export const SUPPORTED_LOCALES: readonly { readonly code: LocaleCode; readonly dir: Dir }[] = [
  { code: 'en', dir: 'ltr' },
  { code: 'ru', dir: 'ltr' },
  { code: 'uk', dir: 'ltr' },
  { code: 'de', dir: 'ltr' },
  { code: 'fr', dir: 'ltr' },
  { code: 'es', dir: 'ltr' },
  { code: 'pt', dir: 'ltr' },
  { code: 'it', dir: 'ltr' },
  { code: 'pl', dir: 'ltr' },
  { code: 'tr', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'he', dir: 'rtl' },
  { code: 'ja', dir: 'ltr' },
]


/** One dynamic import per locale, so a bundler splits each into its own chunk. */
const DEFAULT_LOCALE: LocaleCode = 'en'

const loaders: Record<LocaleCode, () => Promise<{ default: Messages }>> = {
  en: () => import('./en'),
  ru: () => import('./ru'),
  uk: () => import('./uk'),
  de: () => import('./de'),
  fr: () => import('./fr'),
  es: () => import('./es'),
  pt: () => import('./pt'),
  it: () => import('./it'),
  pl: () => import('./pl'),
  tr: () => import('./tr'),
  ar: () => import('./ar'),
  he: () => import('./he'),
  ja: () => import('./ja'),
}

export const loadMessages = async (locale: LocaleCode): Promise<Messages> => (await loaders[locale]()).default

/** Deprecated language subtags that browsers still send. */
const ALIASES: Record<string, LocaleCode> = { iw: 'he' }

/** `Object.hasOwn`, for webviews that predate it. */
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

export function isSupported(code: string): code is LocaleCode {
  return SUPPORTED_LOCALES.some((l) => l.code === code)
}

export function dirOf(code: LocaleCode): Dir {
  return SUPPORTED_LOCALES.find((l) => l.code === code)?.dir ?? 'ltr'
}

/** The supported locale one tag names, by the whole tag or its language subtag, if any. */
function match(tag: string | undefined | null): LocaleCode | undefined {
  if (typeof tag !== 'string') return undefined
  const t = tag.split(/[;,]/)[0].trim().toLowerCase().replace(/_/g, '-')
  if (!t) return undefined
  const lang = t.split('-')[0]
  for (const c of [t, lang]) {
    if (isSupported(c)) return c
    if (own(ALIASES, c)) return ALIASES[c]
  }
  return undefined
}

/**
 * The first candidate (in priority order: explicit setting, page `<html lang>`, then
 * `navigator.languages`) that names a supported locale, else the project default if
 * supported, else English. "uk-UA" → "uk", "pt_BR" → "pt", "iw" → "he".
 */
export function pickLocale(candidates: readonly (string | undefined | null)[], projectDefault: string): LocaleCode {
  for (const c of candidates) {
    const m = match(c)
    if (m) return m
  }
  return match(projectDefault) ?? DEFAULT_LOCALE
}

/** Fills `{name}` placeholders; one whose name is not in `vars` is left as it is. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (own(vars, name) ? String(vars[name]) : whole))
}

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function cached<T>(cache: Map<string, T>, locale: string, make: (l: string) => T): T {
  let v = cache.get(locale)
  if (!v) {
    try {
      v = make(locale)
    } catch {
      v = make(DEFAULT_LOCALE) // a malformed tag
    }
    cache.set(locale, v)
  }
  return v
}

/**
 * The form of a counted phrase for `count` in `locale` (by `Intl.PluralRules`, `other`
 * when the form is missing), with `{count}` replaced by the number formatted for the locale.
 */
export function plural(forms: Plural, count: number, locale: string): string {
  const category = cached(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count)
  const form = forms[category] ?? forms.other
  const n = cached(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(count)
  return form.replace(/\{count\}/g, n)
}

/** The NPS bucket of a 0..10 score (the one definition lives with the NPS maths). */
export { bucket as bucketOf } from '../nps'

/**
 * The question to show. In right-to-left locales the product name is wrapped in Unicode
 * isolates so a Latin name and its punctuation keep their order. Without a product name,
 * an owner's question that has no `{product}` in it is used as it stands; otherwise the
 * product-less wording.
 */
export function questionFor(m: Messages, product?: string | null): string {
  const name = product?.trim()
  if (name) return format(m.question, { product: m.dir === 'rtl' ? `\u2068${name}\u2069` : name })
  return m.question.includes('{product}') ? m.questionNoProduct : m.question
}

const TEXT_KEYS: readonly TextKey[] = [
  'question',
  'questionNoProduct',
  'low',
  'high',
  'scaleLabel',
  'scoreLabel',
  'commentPlaceholder',
  'send',
  'skip',
  'notNow',
  'close',
]
const PLURAL_KEYS = ['charsLeft', 'closesIn'] as const
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

/**
 * `base` with a survey owner's texts laid over it; `base` is not changed. Blank or
 * non-string values are ignored (a cleared field keeps the built-in text); `why` and
 * `thanks` merge per bucket; a counted phrase with an `other` form replaces the built-in
 * one whole, so its forms never mix with ours. Unknown keys and `dir` are ignored.
 */
export function mergeOverrides(base: Messages, overrides?: MessageOverrides | null): Messages {
  const out: Messages = { ...base, why: { ...base.why }, thanks: { ...base.thanks } }
  if (!overrides || typeof overrides !== 'object') return out
  for (const k of TEXT_KEYS) {
    const v = overrides[k]
    if (text(v)) out[k] = v
  }
  for (const group of ['why', 'thanks'] as const) {
    const o = overrides[group]
    if (!o || typeof o !== 'object') continue
    for (const b of BUCKETS) if (text(o[b])) (out[group] as ByBucket)[b] = o[b]
  }
  for (const k of PLURAL_KEYS) {
    const o = overrides[k]
    if (!o || typeof o !== 'object' || !text(o.other)) continue
    const forms: Plural = { other: o.other }
    for (const c of PLURAL_CATEGORIES) if (text(o[c])) forms[c] = o[c]
    out[k] = forms
  }
  return out
}
