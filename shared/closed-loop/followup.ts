/**
 * Follow-up cases as rules: who gets one, with which priority and owner, what its SLA
 * clocks are, and which status changes are allowed. Pure; the worker stores the result.
 * @module
 */
import { addWorkingTime, type BusinessHours } from './sla'

export interface FollowupSettings {
  /** Open cases for detractors (and VIPs below 7). Off until the project turns it on. */
  enabled: boolean
  /** The trait that marks a VIP and its value (compared case-insensitively). */
  vipTrait: string
  vipValue: string
  /** Scores at or below this are high priority (VIPs always are). */
  highPriorityMaxScore: number
  /** Round-robin over these owners; empty: `defaultOwner`. */
  owners: string[]
  defaultOwner: string | null
  firstContactMinutes: number
  resolutionHoursHigh: number
  resolutionHoursNormal: number
  /** The "about to be breached" alert goes out this long before the first-contact deadline. */
  warnMinutesBefore: number
  /** …and this long before the resolution deadline. */
  resolutionWarnMinutesBefore: number
  businessHours: BusinessHours | null
  /** After resolution, invite the person to this survey after this many days (both set, or no re-survey). */
  resurveyAfterDays: number | null
  resurveySurveyId: string | null
}

export const DEFAULT_FOLLOWUP_SETTINGS: FollowupSettings = {
  enabled: false,
  vipTrait: 'segment',
  vipValue: 'VIP',
  highPriorityMaxScore: 3,
  owners: [],
  defaultOwner: null,
  firstContactMinutes: 60,
  resolutionHoursHigh: 24,
  resolutionHoursNormal: 48,
  warnMinutesBefore: 15,
  resolutionWarnMinutesBefore: 120,
  businessHours: null,
  resurveyAfterDays: null,
  resurveySurveyId: null,
}

/** Stored settings (partial, possibly stale) over the defaults; wrong types are ignored. */
export function followupSettings(stored: unknown): FollowupSettings {
  const out = { ...DEFAULT_FOLLOWUP_SETTINGS } as Record<string, unknown>
  if (stored && typeof stored === 'object') {
    for (const [k, v] of Object.entries(stored)) {
      const d = (DEFAULT_FOLLOWUP_SETTINGS as unknown as Record<string, unknown>)[k]
      if (!(k in DEFAULT_FOLLOWUP_SETTINGS)) continue
      if (d === null || typeof v === typeof d) out[k] = v
    }
  }
  // The trait name becomes a JSON path in SQL: plain names only.
  if (!/^[A-Za-z0-9_]{1,64}$/.test(String(out.vipTrait))) out.vipTrait = DEFAULT_FOLLOWUP_SETTINGS.vipTrait
  if (!Array.isArray(out.owners) || !(out.owners as unknown[]).every((o) => typeof o === 'string')) out.owners = []
  return out as unknown as FollowupSettings
}

export const isVip = (traits: Record<string, unknown>, s: FollowupSettings) => String(traits[s.vipTrait] ?? '').toUpperCase() === s.vipValue.toUpperCase()

/** A detractor (0–6), or a VIP below 7, gets a case. */
export const needsFollowup = (score: number, vip: boolean) => score <= 6 || (vip && score < 7)

export const priorityOf = (score: number, vip: boolean, s: FollowupSettings): 'high' | 'normal' => (vip || score <= s.highPriorityMaxScore ? 'high' : 'normal')

/** The owner of the case numbered `seq` (1, 2, …) in its project. */
export const ownerFor = (seq: number, s: FollowupSettings): string | null => (s.owners.length > 0 ? s.owners[(seq - 1) % s.owners.length] : s.defaultOwner)

export interface Deadlines {
  firstContactDue: number
  resolutionDueHigh: number
  resolutionDueNormal: number
}

export function deadlines(openedAt: number, s: FollowupSettings, timeZone: string): Deadlines {
  const at = (ms: number) => addWorkingTime(openedAt, ms, s.businessHours, timeZone)
  return {
    firstContactDue: at(s.firstContactMinutes * 60_000),
    resolutionDueHigh: at(s.resolutionHoursHigh * 3_600_000),
    resolutionDueNormal: at(s.resolutionHoursNormal * 3_600_000),
  }
}

export type FollowupStatus = 'open' | 'contacted' | 'resolved' | 'closed'

/**
 * open → contacted → resolved; open → resolved (contacted and solved at once); open →
 * closed without contact, with a reason. Resolved and closed are final.
 */
export function transitionProblem(from: FollowupStatus, to: FollowupStatus, reason: string | undefined): string | null {
  if (from === to) return null
  const allowed: Record<FollowupStatus, FollowupStatus[]> = { open: ['contacted', 'resolved', 'closed'], contacted: ['resolved'], resolved: [], closed: [] }
  if (!allowed[from].includes(to)) return `cannot go from ${from} to ${to}`
  if (to === 'closed' && !reason) return 'closing without contact needs a reason'
  return null
}

/** One case as the timing figures read it (epoch ms). */
export interface CaseTimes {
  status: string
  created: number
  contactDue: number
  contacted: number | null
  resolutionDue: number
  resolved: number | null
}

/**
 * The follow-up figures of the cases opened in a period: how many, how many still open,
 * and time to first contact and to resolution (median, share within SLA, n of cases done).
 */
export function followupTimings(list: CaseTimes[]) {
  return {
    opened: list.length,
    open: list.filter((r) => r.status === 'open' || r.status === 'contacted').length,
    first_contact: slaFigures(list.map((r) => (r.contacted === null ? null : r.contacted - r.created)), (i) => list[i].contactDue - list[i].created),
    resolution: slaFigures(list.map((r) => (r.status !== 'resolved' || r.resolved === null ? null : r.resolved - r.created)), (i) => list[i].resolutionDue - list[i].created),
  }
}

/** Median and share within SLA of durations (ms), for the stats. */
export function slaFigures(durations: (number | null)[], slaMs: (i: number) => number): { n: number; median_ms: number | null; within_sla_share: number | null } {
  const done = durations.map((d, i) => ({ d, sla: slaMs(i) })).filter((x): x is { d: number; sla: number } => x.d !== null)
  if (done.length === 0) return { n: 0, median_ms: null, within_sla_share: null }
  const sorted = done.map((x) => x.d).sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { n: done.length, median_ms: median, within_sla_share: done.filter((x) => x.d <= x.sla).length / done.length }
}
