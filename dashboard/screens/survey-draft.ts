/**
 * The survey editor's draft, as pure functions: a survey from the API → the form's values
 * (strings, as inputs hold them) → the body of POST or PATCH /v1/surveys, and → what the
 * preview frame shows. The API validates; nothing here second-guesses it.
 * @module
 */
import { DEFAULT_SURVEY_RULES } from '../../shared/eligibility'
import type { PreviewDraft } from '../preview-protocol'

export type Bucket = 'detractor' | 'passive' | 'promoter'
export const BUCKETS: Bucket[] = ['detractor', 'passive', 'promoter']

interface WireTexts {
  question?: string
  low?: string
  high?: string
  why?: Partial<Record<Bucket, string>>
  thanks?: Partial<Record<Bucket, string>>
}
export interface Theme {
  brand?: string
  mode?: 'auto' | 'light' | 'dark'
  position?: 'bottom-right' | 'bottom-left' | 'center'
}

/** A survey as GET /v1/surveys/{id} returns it. */
export interface Survey {
  id: string
  name: string
  kind: 'transactional' | 'relational'
  status: 'active' | 'paused' | 'archived'
  rules: Record<string, unknown> & { trigger_events?: string[]; client_triggers?: boolean }
  texts: Record<string, WireTexts>
  theme: Theme
  default_locale: string | null
  product: string | null
  created_at: number
}

/** The rules that are whole numbers (or, for sampling, any number), in the order the form shows them. */
export const NUMBER_RULES = [
  'trigger_window_hours',
  'recontact_days',
  'dismiss_recontact_days',
  'max_displays',
  'display_period_days',
  'session_cap',
  'sampling_percent',
  'min_answer_ms',
  'fingerprint_daily_cap',
] as const
export type NumberRule = (typeof NUMBER_RULES)[number]

const D = DEFAULT_SURVEY_RULES
const DEFAULTS: Record<NumberRule, number> = {
  trigger_window_hours: D.triggerWindowHours,
  recontact_days: D.recontactDays,
  dismiss_recontact_days: D.dismissRecontactDays,
  max_displays: D.maxDisplays,
  display_period_days: D.displayPeriodDays,
  session_cap: D.sessionCap,
  sampling_percent: D.samplingPercent,
  min_answer_ms: D.minAnswerMs,
  fingerprint_daily_cap: D.fingerprintDailyCap,
}

/** Every text of one locale, flattened: `question`, `low`, `high`, `why.detractor`, …, `thanks.promoter`. */
export const TEXT_FIELDS = ['question', 'low', 'high', ...BUCKETS.map((b) => `why.${b}` as const), ...BUCKETS.map((b) => `thanks.${b}` as const)] as const
export type TextField = (typeof TEXT_FIELDS)[number]
export type LocaleTexts = Partial<Record<TextField, string>>

export interface Draft {
  name: string
  kind: 'transactional' | 'relational'
  /** Create only: start paused. */
  paused: boolean
  product: string
  /** '' = the project's. */
  defaultLocale: string
  /** Trigger events, separated by commas or spaces. */
  events: string
  clientTriggers: boolean
  rules: Record<NumberRule, string>
  texts: Record<string, LocaleTexts>
  brand: string
  position: NonNullable<Theme['position']>
  mode: NonNullable<Theme['mode']>
}

const flat = (t: WireTexts | undefined): LocaleTexts => {
  const out: LocaleTexts = {}
  for (const f of TEXT_FIELDS) {
    const [group, b] = f.split('.') as ['why' | 'thanks', Bucket] | ['question' | 'low' | 'high']
    const v = b ? t?.[group as 'why' | 'thanks']?.[b] : t?.[group as 'question' | 'low' | 'high']
    if (typeof v === 'string' && v !== '') out[f] = v
  }
  return out
}

/** The form's values for a survey, or for a new one (the rules' defaults). */
export function draftOf(s?: Survey | null): Draft {
  const rules = Object.fromEntries(NUMBER_RULES.map((k) => [k, String(s?.rules[k] ?? DEFAULTS[k])])) as Record<NumberRule, string>
  return {
    name: s?.name ?? '',
    kind: s?.kind ?? 'transactional',
    paused: false,
    product: s?.product ?? '',
    defaultLocale: s?.default_locale ?? '',
    events: (s?.rules.trigger_events ?? []).join(', '),
    clientTriggers: s?.rules.client_triggers ?? D.clientTriggers,
    rules,
    texts: Object.fromEntries(Object.entries(s?.texts ?? {}).map(([l, t]) => [l, flat(t)])),
    brand: s?.theme.brand ?? '',
    position: s?.theme.position ?? 'bottom-right',
    mode: s?.theme.mode ?? 'auto',
  }
}

/** Nested texts from the flat fields; blank fields left out unless named in `blank` (sent as '' to clear a saved text). */
export function wireTexts(t: LocaleTexts, blank: ReadonlySet<TextField> = new Set()): WireTexts {
  const out: WireTexts = {}
  for (const f of TEXT_FIELDS) {
    const v = t[f]?.trim() ? t[f]! : blank.has(f) ? '' : undefined
    if (v === undefined) continue
    const [group, b] = f.split('.') as [string, Bucket | undefined]
    if (b) ((out[group as 'why' | 'thanks'] ??= {}) as Record<Bucket, string>)[b] = v
    else out[group as 'question' | 'low' | 'high'] = v
  }
  return out
}

const hasText = (t: LocaleTexts | undefined) => TEXT_FIELDS.some((f) => t?.[f]?.trim())

function wireRules(d: Draft) {
  const out: Record<string, unknown> = {
    trigger_events: d.events.split(/[\s,]+/).filter(Boolean),
    client_triggers: d.clientTriggers,
  }
  // An emptied number keeps the current value (or the default); anything else goes to the API as typed, to be judged there.
  for (const k of NUMBER_RULES) if (d.rules[k].trim() !== '') out[k] = Number(d.rules[k])
  return out
}

const wireTheme = (d: Draft): Theme => ({ ...(d.brand.trim() ? { brand: d.brand.trim() } : {}), position: d.position, mode: d.mode })

/** POST /v1/surveys. */
export function createBody(d: Draft) {
  const texts = Object.fromEntries(Object.entries(d.texts).flatMap(([l, t]) => (hasText(t) ? [[l, wireTexts(t)]] : [])))
  return {
    name: d.name,
    kind: d.kind,
    status: d.paused ? 'paused' : 'active',
    rules: wireRules(d),
    texts,
    theme: wireTheme(d),
    ...(d.defaultLocale ? { default_locale: d.defaultLocale } : {}),
    ...(d.product.trim() ? { product: d.product } : {}),
  }
}

/**
 * PATCH /v1/surveys/{id} (a merge patch): every rule and the theme as they are in the form;
 * per locale the texts typed, '' for a saved text that was emptied, and null for a locale
 * whose texts were all emptied.
 */
export function patchBody(saved: Survey, d: Draft) {
  const texts: Record<string, WireTexts | null> = {}
  for (const l of new Set([...Object.keys(saved.texts), ...Object.keys(d.texts)])) {
    const before = flat(saved.texts[l])
    const now = d.texts[l] ?? {}
    if (!hasText(now)) {
      if (l in saved.texts) texts[l] = null
      continue
    }
    texts[l] = wireTexts(now, new Set(TEXT_FIELDS.filter((f) => before[f] && !now[f]?.trim())))
  }
  return {
    name: d.name,
    rules: wireRules(d),
    texts,
    theme: wireTheme(d),
    default_locale: d.defaultLocale || null,
    product: d.product.trim() ? d.product : null,
  }
}

/** What the preview frame shows: the texts of `locale` (blank ones fall back in the widget, as for customers). */
export function previewOf(d: Draft, locale: string, projectProduct: string | null): PreviewDraft {
  const product = d.product.trim() || projectProduct || ''
  return { kind: d.kind, locale, ...(product ? { product } : {}), texts: wireTexts(d.texts[locale] ?? {}), theme: wireTheme(d) }
}

/** Whether two drafts would save the same survey (texts typed and cleared again count as never typed). */
export function sameDraft(a: Draft, b: Draft): boolean {
  const norm = (d: Draft) =>
    JSON.stringify({
      ...d,
      texts: Object.fromEntries(
        Object.entries(d.texts)
          .map(([l, t]) => [l, Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === 'string' && v.trim() !== '').sort(([x], [y]) => (x < y ? -1 : 1)))] as const)
          .filter(([, t]) => Object.keys(t).length > 0)
          .sort(([x], [y]) => (x < y ? -1 : 1)),
      ),
    })
  return norm(a) === norm(b)
}
