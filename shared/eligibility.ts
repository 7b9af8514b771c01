/**
 * Who may be asked, and when: the frequency-capping decision as a pure function of a
 * survey's rules, the person's history and the time. The worker gathers the history
 * from libSQL; this module only decides, and every "no" carries a reason code.
 * @module
 */
import type { ReasonCode } from './contract'
import type { SurveyKind } from './nps'

export const DAY = 86_400_000
export const HOUR = 3_600_000

export interface SurveyRules {
  /** Days before someone who answered may be asked this survey again. */
  recontactDays: number
  /** Days before someone who said "not now" may be asked again (shorter). */
  dismissRecontactDays: number
  /** At most this many displays without an answer per display period … */
  maxDisplays: number
  displayPeriodDays: number
  /** … and at most this many displays per browser session. */
  sessionCap: number
  /** Share of people (0..100) who may ever be asked; stable per person. */
  samplingPercent: number
  /** Events that open a transactional invitation, and for how long it stays open. */
  triggerEvents: string[]
  triggerWindowHours: number
  /** Whether the page itself may open an invitation with `track()`, or only the backend. */
  clientTriggers: boolean
  /** Fastest plausible answer after the survey was shown; faster is flagged. */
  minAnswerMs: number
  /** Answers per fingerprint (hashed IP + user agent) per day before they are flagged. */
  fingerprintDailyCap: number
}

export interface ProjectRules {
  /** Days between two surveys of this project for one person (the global throttle). */
  cooldownDays: number
  /** Whether the cooldown also spans surveys of the other kind (relational vs transactional). */
  cooldownAcrossKinds: boolean
  /** When true, a user id without a valid HMAC is not trusted as that user. */
  requireVerifiedIdentity: boolean
  /** Origins allowed to call the public API; empty means any. */
  allowedOrigins: string[]
  defaultLocale: string
  productName?: string
  /** A person first seen by the project within this many days of an answer is "new", else "returning". */
  newWithinDays: number
  /** IANA time zone that day, week and month boundaries of the results are taken in. */
  timeZone: string
  /** Follow-up cases (see closed-loop/followup.ts for the keys and their defaults). */
  followups: Record<string, unknown>
  /** Comment themes: custom, rename, disable and version (see themes/settings.ts). */
  themes: Record<string, unknown>
}

export const DEFAULT_SURVEY_RULES: SurveyRules = {
  recontactDays: 90,
  dismissRecontactDays: 14,
  maxDisplays: 3,
  displayPeriodDays: 30,
  sessionCap: 1,
  samplingPercent: 100,
  triggerEvents: [],
  triggerWindowHours: 72,
  clientTriggers: false,
  minAnswerMs: 1200,
  fingerprintDailyCap: 20,
}

export const DEFAULT_PROJECT_RULES: ProjectRules = {
  cooldownDays: 7,
  cooldownAcrossKinds: false,
  requireVerifiedIdentity: false,
  allowedOrigins: [],
  defaultLocale: 'en',
  newWithinDays: 30,
  timeZone: 'UTC',
  followups: {},
  themes: {},
}


/** What the worker knows about one person and one survey at decision time. */
export interface History {
  lastAnsweredAt: number | null
  lastDismissedAt: number | null
  /** Displays of this survey without an answer, inside the display period. */
  unansweredDisplaysInPeriod: number
  /** Displays of any survey in this browser session. */
  sessionDisplays: number
  /** Last time another survey counted by the project cooldown was shown to this person. */
  lastOtherSurveyContactAt: number | null
  /** For transactional surveys: an invitation that is open now, if any. */
  openInvitation: { triggerKey: string; expiresAt: number; answered: boolean } | null
  /** The person has a follow-up case still open (open or contacted): ask nothing until it is done. */
  openFollowup?: boolean
}

export interface Candidate {
  kind: SurveyKind
  status: 'active' | 'paused'
  rules: SurveyRules
}

export type Decision = { show: true } | { show: false; reason: ReasonCode }

/**
 * Decide whether this person may see this survey now.
 * @example decide(survey, DEFAULT_PROJECT_RULES, history, Date.now(), samplePoint('a:x', 's1'))
 */
export function decide(s: Candidate, project: ProjectRules, h: History, now: number, sample: number): Decision {
  const r = s.rules
  if (s.status !== 'active') return no('survey_paused')
  if (h.openFollowup) return no('open_followup')
  if (sample >= r.samplingPercent) return no('sampled_out')
  if (s.kind === 'transactional') {
    if (!h.openInvitation || h.openInvitation.expiresAt <= now) return no('no_open_invitation')
    if (h.openInvitation.answered) return no('invitation_answered')
  }
  if (h.lastAnsweredAt !== null && now - h.lastAnsweredAt < r.recontactDays * DAY) return no('recently_answered')
  if (h.lastDismissedAt !== null && now - h.lastDismissedAt < r.dismissRecontactDays * DAY) return no('recently_dismissed')
  if (h.lastOtherSurveyContactAt !== null && now - h.lastOtherSurveyContactAt < project.cooldownDays * DAY) return no('project_cooldown')
  if (h.unansweredDisplaysInPeriod >= r.maxDisplays) return no('max_displays')
  if (h.sessionDisplays >= r.sessionCap) return no('session_cap')
  return { show: true }
}

const no = (reason: ReasonCode): Decision => ({ show: false, reason })

/**
 * A stable point in [0, 100) for a person and a survey (FNV-1a with a murmur3 finalizer), so sampling does not
 * re-roll on every page view and differs between surveys.
 */
export function samplePoint(respondentKey: string, surveyId: string): number {
  let h = 0x811c9dc5
  const s = `${surveyId}\u0000${respondentKey}`
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  // FNV alone mixes the last characters poorly into the high bits; murmur3's finalizer fixes that.
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return ((h >>> 0) / 0x1_0000_0000) * 100
}

/** Merge stored (partial, possibly stale) rules over the defaults, ignoring wrong types. */
export function withDefaults<T extends object>(defaults: T, stored: unknown): T {
  const out = { ...defaults } as Record<string, unknown>
  if (stored && typeof stored === 'object') {
    for (const [k, v] of Object.entries(stored)) {
      const d = (defaults as Record<string, unknown>)[k]
      if (k in defaults && (d === undefined || typeof v === typeof d) && Array.isArray(v) === Array.isArray(d)) out[k] = v
      else if (!(k in defaults) && typeof v === 'string') out[k] = v
    }
  }
  return out as T
}
