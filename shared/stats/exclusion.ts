/**
 * Why a stored answer is left out of NPS, as one reason per answer, so "excluded by
 * reason" adds up to the number excluded.
 *
 * SQL can `GROUP BY flags` (the stored JSON text: a handful of distinct values) and the
 * worker maps each group to its reason here.
 * @module
 */
import type { FraudFlag } from '../contract'

/**
 * Precedence when an answer carries several flags: the most decisive explanation first —
 * not a customer at all (preview), a second answer for the same trigger (duplicate), a
 * machine (honeypot, bot), then the weaker signals. Flags unknown here come after these,
 * alphabetically, so the choice never depends on the order flags were stored in.
 */
export const EXCLUSION_ORDER: readonly string[] = [
  'preview',
  'duplicate',
  'honeypot',
  'bot_user_agent',
  'fingerprint_cap',
  'too_fast',
  'no_display_token',
  'unverified_identity',
  'incentivized',
] satisfies readonly (FraudFlag | 'incentivized' | 'unreadable_flags')[]

/** Never counted, whatever an analyst asks: previews are not customers; a duplicate's slot is taken. */
const ALWAYS_EXCLUDED = new Set(['preview', 'duplicate', 'unreadable_flags'])

/** Sort reasons by {@link EXCLUSION_ORDER}, unknown ones after, alphabetically. */
export function compareReasons(a: string, b: string): number {
  const i = EXCLUSION_ORDER.indexOf(a)
  const j = EXCLUSION_ORDER.indexOf(b)
  if (i !== j) return i === -1 ? 1 : j === -1 ? -1 : i - j
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The reason an answer with these flags is excluded, or null when it counts. `countAnyway`
 * lists flags an analyst chose to include (e.g. 'unverified_identity'); it cannot bring
 * back 'preview' or 'duplicate'.
 * @example exclusionReason(['too_fast', 'bot_user_agent']) // 'bot_user_agent'
 * @example exclusionReason(['unverified_identity'], ['unverified_identity']) // null
 */
export function exclusionReason(flags: readonly string[], countAnyway: readonly string[] = []): string | null {
  let reason: string | null = null
  for (const f of flags) {
    if (countAnyway.includes(f) && !ALWAYS_EXCLUDED.has(f)) continue
    if (reason === null || compareReasons(f, reason) < 0) reason = f
  }
  return reason
}

/**
 * The stored `flags` column (a JSON array of strings) as a list. Text that is not such an
 * array gives ['unreadable_flags'], so a corrupt row is excluded and counted, never counted
 * as a clean answer.
 * @example parseFlags('["too_fast"]') // ['too_fast']
 */
export function parseFlags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json)
    if (Array.isArray(v) && v.every((f) => typeof f === 'string')) return v
  } catch {
    // fall through
  }
  return ['unreadable_flags']
}
