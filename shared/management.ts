/**
 * The management side of the wire contract (secret key or API token): API tokens,
 * project settings, key rotation and surveys, as valibot schemas with their types, and
 * the pure mapping between the wire's snake_case rules and the stored `SurveyRules` /
 * `ProjectRules`. The worker validates with these and /openapi.json is generated from them.
 * @module
 */
import * as v from 'valibot'
import { EventName, Locale, SurveyTexts, Theme } from './contract'
import type { ProjectRules, SurveyRules } from './eligibility'
import { SURVEY_KINDS } from './nps'
import { isTimeZone } from './stats/zone'

const int = (min: number, max: number) =>
  v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(min, `must be ${min} to ${max}`), v.maxValue(max, `must be ${min} to ${max}`))

/** A human name for a token, a project or a survey. */
export const Name = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'at most 200 characters'),
  v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'),
)
const ProductName = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'at most 100 characters'), v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'))

// ---------------------------------------------------------------------------------------
// API tokens

export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const
export const TokenScope = v.picklist(TOKEN_SCOPES, 'read, write or admin')

export const TokenCreate = v.strictObject({ name: Name, scope: TokenScope })
export type TokenCreate = v.InferOutput<typeof TokenCreate>

export const TokenInfo = v.object({
  id: v.string(),
  name: v.string(),
  scope: TokenScope,
  /** The token's first characters, to tell tokens apart; the token itself is never shown again. */
  hint: v.string(),
  created_at: v.number(),
  /** To the minute: written at most once a minute. */
  last_used_at: v.nullable(v.number()),
  revoked_at: v.nullable(v.number()),
})
export type TokenInfo = v.InferOutput<typeof TokenInfo>
/** The one time the token is shown. */
export const TokenCreated = v.object({ ...TokenInfo.entries, token: v.string() })
export const TokenList = v.object({ tokens: v.array(TokenInfo) })

// ---------------------------------------------------------------------------------------
// Project settings and keys

/** `https://shop.example` or `http://localhost:5173` (scheme, host, optional port; no path), or `*`. */
export const Origin = v.pipe(
  v.string('must be a string'),
  v.maxLength(253, 'at most 253 characters'),
  v.regex(/^(?:\*|https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?)$/, 'an origin such as https://shop.example (no path, no trailing slash), or *'),
)

const settingsFields = {
  allowed_origins: v.pipe(v.array(Origin, 'must be a list of origins'), v.maxLength(100, 'at most 100 origins')),
  cooldown_days: int(0, 3650),
  cooldown_across_kinds: v.boolean('must be true or false'),
  require_verified_identity: v.boolean('must be true or false'),
  default_locale: Locale,
  time_zone: v.pipe(v.string('must be a string'), v.check((z: string) => isTimeZone(z), 'an IANA time zone such as Europe/Kyiv')),
  new_within_days: int(1, 3650),
}

export const ProjectUpdate = v.strictObject({
  name: v.optional(Name),
  allowed_origins: v.optional(settingsFields.allowed_origins),
  cooldown_days: v.optional(settingsFields.cooldown_days),
  cooldown_across_kinds: v.optional(settingsFields.cooldown_across_kinds),
  require_verified_identity: v.optional(settingsFields.require_verified_identity),
  default_locale: v.optional(settingsFields.default_locale),
  /** null removes it. */
  product_name: v.optional(v.nullable(ProductName)),
  time_zone: v.optional(settingsFields.time_zone),
  new_within_days: v.optional(settingsFields.new_within_days),
})
export type ProjectUpdate = v.InferOutput<typeof ProjectUpdate>

export const ProjectInfo = v.object({
  id: v.string(),
  name: v.string(),
  public_key: v.string(),
  created_at: v.number(),
  allowed_origins: v.array(v.string()),
  cooldown_days: v.number(),
  cooldown_across_kinds: v.boolean(),
  require_verified_identity: v.boolean(),
  default_locale: v.string(),
  product_name: v.nullable(v.string()),
  time_zone: v.string(),
  new_within_days: v.number(),
})
export type ProjectInfo = v.InferOutput<typeof ProjectInfo>

const PROJECT_RULE_NAMES = {
  allowed_origins: 'allowedOrigins',
  cooldown_days: 'cooldownDays',
  cooldown_across_kinds: 'cooldownAcrossKinds',
  require_verified_identity: 'requireVerifiedIdentity',
  default_locale: 'defaultLocale',
  product_name: 'productName',
  time_zone: 'timeZone',
  new_within_days: 'newWithinDays',
} as const satisfies Record<string, keyof ProjectRules>

/** The stored settings a PATCH changes, as a JSON merge patch (null removes). */
export function projectRulesPatch(u: ProjectUpdate): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [wire, stored] of Object.entries(PROJECT_RULE_NAMES)) {
    const value = u[wire as keyof ProjectUpdate]
    if (value !== undefined) out[stored] = value
  }
  return out
}

export function projectRulesToWire(r: ProjectRules) {
  return {
    allowed_origins: r.allowedOrigins,
    cooldown_days: r.cooldownDays,
    cooldown_across_kinds: r.cooldownAcrossKinds,
    require_verified_identity: r.requireVerifiedIdentity,
    default_locale: r.defaultLocale,
    product_name: r.productName ?? null,
    time_zone: r.timeZone,
    new_within_days: r.newWithinDays,
  }
}

export const KeyRotate = v.strictObject({
  which: v.picklist(['public', 'secret'], 'public or secret'),
  /** How long the replaced key keeps working; 0 stops it at once (a leaked key). */
  overlap_hours: v.optional(int(0, 720)),
})
export type KeyRotate = v.InferOutput<typeof KeyRotate>

export const KeyRotated = v.object({
  which: v.picklist(['public', 'secret']),
  /** The new key, shown this once. */
  key: v.string(),
  /** When the replaced key stops working (ms since the epoch). */
  previous_key_expires_at: v.number(),
})

// ---------------------------------------------------------------------------------------
// Surveys

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

// ---------------------------------------------------------------------------------------
// Imports

export const ImportReport = v.object({
  import_id: v.string(),
  /** Data rows read (a CSV header not included). */
  rows: v.number(),
  imported: v.number(),
  /** Rows whose external id an earlier import already stored: nothing added. */
  already_imported: v.number(),
  refused: v.number(),
  /** Up to 1000 refused rows with their line and why. */
  refused_rows: v.array(v.object({ line: v.number(), external_id: v.nullable(v.string()), errors: v.array(v.object({ field: v.string(), message: v.string() })) })),
  refused_rows_truncated: v.boolean(),
})
