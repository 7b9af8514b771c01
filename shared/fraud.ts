/**
 * Anti-fraud rules as a pure function: which flags an incoming answer earns from what it
 * carries. (The per-fingerprint cap and duplicates depend on stored rows and are decided
 * atomically where the answer is written.) Flagged answers are stored like any other and
 * left out of NPS; nothing here drops an answer.
 * @module
 */
import { isbot } from 'isbot'
import type { FraudFlag } from './contract'

export interface AnswerSignals {
  userAgent: string | undefined
  honeypot: string | undefined
  /** Milliseconds between the display being granted and the answer; null without a token. */
  elapsedMs: number | null
  minAnswerMs: number
  /** A user id was given without a valid verification hash. */
  unverifiedIdentity: boolean
  /** The display was a preview (a product team checking its survey). */
  preview?: boolean
}

const botCache = new Map<string, boolean>()
/** isbot walks a long pattern list; browsers repeat the same few user agents. */
function isBotAgent(ua: string): boolean {
  let hit = botCache.get(ua)
  if (hit === undefined) {
    hit = isbot(ua) || /^(curl|wget|python-|go-http|java\/|okhttp|axios|node-fetch|undici)/i.test(ua)
    if (botCache.size > 1000) botCache.clear()
    botCache.set(ua, hit)
  }
  return hit
}

/**
 * @example flagsFor({ userAgent: 'curl/8', honeypot: undefined, elapsedMs: 4000, ... }) // ['bot_user_agent']
 */
export function flagsFor(s: AnswerSignals): FraudFlag[] {
  const flags: FraudFlag[] = []
  if (!s.userAgent || isBotAgent(s.userAgent)) {
    flags.push('bot_user_agent')
  }
  if (s.honeypot) flags.push('honeypot')
  if (s.elapsedMs === null) flags.push('no_display_token')
  else if (s.elapsedMs < s.minAnswerMs) flags.push('too_fast')
  if (s.unverifiedIdentity) flags.push('unverified_identity')
  if (s.preview) flags.push('preview')
  return flags
}
