/**
 * Surveys on the wire: create, merge-patch change, and how they read back, with the pure
 * mapping between the wire's snake_case rules and the stored `SurveyRules` and content.
 * @module
 */
import * as v from 'valibot'
import { EventName, Locale, SurveyTexts, Theme } from '../contract'
import type { SurveyRules } from '../eligibility'
import { SURVEY_KINDS } from '../nps'
import { int, Name, ProductName } from './fields'

const RULE_NAMES = {
  trigger_events: 'triggerEvents',
  trigger_window_hours: 'triggerWindowHours',
  client_triggers: 'clientTriggers',
  recontact_days: 'recontactDays',
  dismiss_recontact_days: 'dismissRecontactDays',
  max_displays: 'maxDisplays',
  display_period_days: 'displayPeriodDays',
  session_cap: 'sessionCap',
  sampling_percent: 'samplingPercent',
  min_answer_ms: 'minAnswerMs',
  fingerprint_daily_cap: 'fingerprintDailyCap',
} as const satisfies Record<string, keyof SurveyRules>
type WireRules = { -readonly [K in keyof typeof RULE_NAMES]: SurveyRules[(typeof RULE_NAMES)[K]] }

const ruleFields = {
  /** Events that open a transactional invitation. */
  trigger_events: v.pipe(v.array(EventName, 'must be a list of event names'), v.maxLength(50, 'at most 50 events')),
  /** Hours an invitation stays open. */
  trigger_window_hours: int(1, 24 * 90),
  /** Whether a page's track() may open an invitation, or only the backend. */
  client_triggers: v.boolean('must be true or false'),
  recontact_days: int(0, 3650),
  dismiss_recontact_days: int(0, 3650),
  max_displays: int(1, 1000),
  display_period_days: int(1, 3650),
  session_cap: int(1, 1000),
  sampling_percent: v.pipe(v.number('must be a number'), v.minValue(0, 'must be 0 to 100'), v.maxValue(100, 'must be 0 to 100')),
  min_answer_ms: int(0, 600_000),
  fingerprint_daily_cap: int(1, 100_000),
}

/** Every rule is optional: what is left out keeps its default (create) or its value (change). */
export const SurveyRulesInput = v.strictObject(
  Object.fromEntries(Object.entries(ruleFields).map(([k, s]) => [k, v.optional(s)])) as { [K in keyof typeof ruleFields]: v.OptionalSchema<(typeof ruleFields)[K], undefined> },
)
export const SurveyRulesInfo = v.object(ruleFields)

const Texts = v.pipe(
  v.record(Locale, SurveyTexts, 'must be an object of locale → texts'),
  v.check((t) => Object.keys(t).length <= 50, 'at most 50 locales'),
)
const ThemeInput = v.strictObject(Theme.entries)

export const SurveyStatus = v.picklist(['active', 'paused', 'archived'])

export const SurveyCreate = v.strictObject({
  name: Name,
  kind: v.picklist(SURVEY_KINDS, 'transactional or relational'),
  /** Start paused to prepare a survey before it is shown. */
  status: v.optional(v.picklist(['active', 'paused'], 'active or paused')),
  rules: v.optional(SurveyRulesInput),
  /** Wording per locale (BCP 47 tag → texts). */
  texts: v.optional(Texts),
  theme: v.optional(ThemeInput),
  /** The locale shown when none of the person's languages has texts; else the project's. */
  default_locale: v.optional(Locale),
  /** The product's name in the question; else the project's `product_name`. */
  product: v.optional(ProductName),
})
export type SurveyCreate = v.InferOutput<typeof SurveyCreate>

/**
 * A JSON merge patch of a survey: rules and theme merge field by field, texts merge per
 * locale and field, and null removes (a locale's texts, the default locale, the product).
 * The kind never changes (create a new survey); status changes through pause/resume/archive.
 */
export const SurveyUpdate = v.strictObject({
  name: v.optional(Name),
  rules: v.optional(SurveyRulesInput),
  texts: v.optional(
    v.pipe(
      v.record(Locale, v.nullable(SurveyTexts), 'must be an object of locale → texts (or null to remove)'),
      v.check((t) => Object.keys(t).length <= 50, 'at most 50 locales'),
    ),
  ),
  theme: v.optional(ThemeInput),
  default_locale: v.optional(v.nullable(Locale)),
  product: v.optional(v.nullable(ProductName)),
})
export type SurveyUpdate = v.InferOutput<typeof SurveyUpdate>

export const SurveyInfo = v.object({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(SURVEY_KINDS),
  status: SurveyStatus,
  rules: SurveyRulesInfo,
  texts: v.record(v.string(), SurveyTexts),
  theme: Theme,
  default_locale: v.nullable(v.string()),
  product: v.nullable(v.string()),
  created_at: v.number(),
  updated_at: v.nullable(v.number()),
})
export type SurveyInfo = v.InferOutput<typeof SurveyInfo>
export const SurveyList = v.object({ surveys: v.array(SurveyInfo) })

/** Wire rules (snake_case, partial) → stored rules (camelCase, partial). */
export function rulesFromWire(r: Partial<WireRules> | undefined): Partial<SurveyRules> {
  const out: Record<string, unknown> = {}
  for (const [wire, stored] of Object.entries(RULE_NAMES)) {
    const value = r?.[wire as keyof WireRules]
    if (value !== undefined) out[stored] = value
  }
  return out as Partial<SurveyRules>
}

export function rulesToWire(r: SurveyRules): WireRules {
  return Object.fromEntries(Object.entries(RULE_NAMES).map(([wire, stored]) => [wire, r[stored]])) as WireRules
}

/** What a survey stores in its content column. */
export interface StoredContent {
  product?: string
  defaultLocale?: string
  texts?: Record<string, SurveyTexts>
  theme?: Theme
}

/** The stored content a create or change writes (null values remove, as a merge patch). */
export function contentFromWire(s: Pick<SurveyUpdate, 'texts' | 'theme' | 'default_locale' | 'product'>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (s.texts !== undefined) out.texts = s.texts
  if (s.theme !== undefined) out.theme = s.theme
  if (s.default_locale !== undefined) out.defaultLocale = s.default_locale
  if (s.product !== undefined) out.product = s.product
  return out
}
