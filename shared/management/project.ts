/**
 * The project's settings on the wire (snake_case, mapped to the stored `ProjectRules`)
 * and key rotation.
 * @module
 */
import * as v from 'valibot'
import { Locale } from '../contract'
import type { ProjectRules } from '../eligibility'
import { isTimeZone } from '../stats/zone'
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
