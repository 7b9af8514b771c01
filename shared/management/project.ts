/**
 * The project's settings on the wire (snake_case, mapped to the stored `ProjectRules`)
 * and key rotation.
 * @module
 */
import * as v from 'valibot'
import { followupSettings } from '../closed-loop/followup'
import { Locale, SurveyId } from '../contract'
import type { ProjectRules } from '../eligibility'
import { isTimeZone } from '../stats/zone'
import { projectThemes } from '../themes/settings'
import { BUILTIN_THEMES, THEME_LANGUAGES, type ThemeLanguage } from '../themes/taxonomy'
import { int, Name, ProductName } from './fields'

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

const Clock = v.pipe(v.string('must be a string'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as 09:00'))

/** Follow-up cases (see the README's closed loop): who gets one, its owners and its SLA. */
export const FollowupSettingsUpdate = v.strictObject({
  enabled: v.optional(v.boolean('must be true or false')),
  vip_trait: v.optional(v.pipe(v.string('must be a string'), v.regex(/^[A-Za-z0-9_]{1,64}$/, 'letters, digits and _ (a trait name)'))),
  vip_value: v.optional(v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'), v.maxLength(64, 'at most 64 characters'))),
  high_priority_max_score: v.optional(int(0, 6)),
  owners: v.optional(v.pipe(v.array(v.pipe(v.string('must be a string'), v.minLength(1), v.maxLength(200)), 'must be a list of owners'), v.maxLength(50, 'at most 50 owners'))),
  default_owner: v.optional(v.nullable(v.pipe(v.string('must be a string'), v.minLength(1), v.maxLength(200)))),
  first_contact_minutes: v.optional(int(1, 7 * 24 * 60)),
  resolution_hours_high: v.optional(int(1, 720)),
  resolution_hours_normal: v.optional(int(1, 720)),
  warn_minutes_before: v.optional(int(0, 24 * 60)),
  resolution_warn_minutes_before: v.optional(int(0, 24 * 60)),
  business_hours: v.optional(
    v.nullable(
      v.pipe(
        v.strictObject({ days: v.pipe(v.array(int(1, 7), 'ISO weekdays 1 (Monday) … 7'), v.minLength(1), v.maxLength(7)), start: Clock, end: Clock }),
        v.forward(v.check((h) => h.end > h.start, 'closes after it opens'), ['end']),
      ),
    ),
  ),
  resurvey_after_days: v.optional(v.nullable(int(1, 365))),
  resurvey_survey_id: v.optional(v.nullable(SurveyId)),
})
export type FollowupSettingsUpdate = v.InferOutput<typeof FollowupSettingsUpdate>

const ThemeId = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ (at most 40)'))
const Keyword = v.pipe(v.string('must be a string'), v.trim(), v.minLength(2, 'at least 2 characters'), v.maxLength(80, 'at most 80 characters'), v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'))
const KeywordList = v.pipe(v.array(Keyword, 'must be a list of keywords'), v.maxLength(200, 'at most 200 keywords'))
const Builtin = v.picklist(BUILTIN_THEMES, `one of ${BUILTIN_THEMES.join(', ')}`)

/** A project's own theme, or extra keywords for a built-in one (same id). */
export const CustomThemeInput = v.strictObject({
  id: ThemeId,
  label: v.optional(v.pipe(v.string('must be a string'), v.trim(), v.minLength(1), v.maxLength(80, 'at most 80 characters'))),
  /** Plain words or phrases, stemmed ('loyalty card' also finds 'loyalty cards'); or per language. */
  keywords: v.union(
    [KeywordList, v.strictObject(Object.fromEntries([...THEME_LANGUAGES, 'any'].map((l) => [l, v.optional(KeywordList)])) as Record<ThemeLanguage | 'any', v.OptionalSchema<typeof KeywordList, undefined>>)],
    `a list of keywords, or lists by language (${THEME_LANGUAGES.join(', ')}, any)`,
  ),
  enabled: v.optional(v.boolean('must be true or false')),
})

/**
 * Comment themes: `custom` replaces the project's own themes (the whole list), `rename`
 * is merged (null drops a rename), `disable` replaces the switched-off built-in themes.
 * Any change re-tags the project's stored comments in the background.
 */
export const ThemeSettingsUpdate = v.pipe(
  v.strictObject({
    custom: v.optional(v.pipe(v.array(CustomThemeInput, 'must be a list of themes'), v.maxLength(50, 'at most 50 themes'))),
    rename: v.optional(v.record(Builtin, v.nullable(ThemeId))),
    disable: v.optional(v.pipe(v.array(Builtin, 'must be a list of built-in themes'), v.maxLength(BUILTIN_THEMES.length))),
  }),
  v.forward(
    v.check((t) => new Set((t.custom ?? []).map((c) => c.id)).size === (t.custom ?? []).length, 'theme ids must be different'),
    ['custom'],
  ),
)
export type ThemeSettingsUpdate = v.InferOutput<typeof ThemeSettingsUpdate>

const snakeToCamel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const camelToSnake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

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
  /** Merged into the stored follow-up settings (null removes a value). */
  followups: v.optional(FollowupSettingsUpdate),
  /** Comment themes (see docs/themes.md); any change re-tags stored comments in the background. */
  themes: v.optional(ThemeSettingsUpdate),
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
  followups: v.record(v.string(), v.unknown()),
  /** custom, rename, disable as set, and version (bumped by every change; 0 = never changed). */
  themes: v.object({ custom: v.array(v.unknown()), rename: v.record(v.string(), v.string()), disable: v.array(v.string()), version: v.number() }),
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
  if (u.themes) out.themes = u.themes
  if (u.followups) out.followups = Object.fromEntries(Object.entries(u.followups).map(([k, val]) => [snakeToCamel(k), val]))
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
    followups: Object.fromEntries(Object.entries(followupSettings(r.followups)).map(([k, val]) => [camelToSnake(k), val])),
    themes: themesToWire(r.themes),
  }
}

function themesToWire(stored: unknown) {
  const t = projectThemes(stored)
  return { custom: t.custom as unknown[], rename: t.overrides.rename as Record<string, string>, disable: t.overrides.disable as string[], version: t.version }
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
