/**
 * What the loader, the hosted page and the survey UI hand each other. Types only.
 * @module
 */
import type { EligibilityResponse, ResponseCreate } from '../shared/contract'

/** A "yes" from /v1/eligibility: the survey to show and its display token. */
export type Shown = Extract<EligibilityResponse, { show: true }>

/** Events a page can listen to with `tenpoint('on', type, fn)`. */
export type WidgetEvent = 'shown' | 'answered' | 'commented' | 'closed' | 'error'

/**
 * Event details: shown `{survey_id}`, answered `{survey_id, score, id}`, commented
 * `{survey_id, id}`, closed `{survey_id?, reason}`, error `{status, detail?, item?}`.
 */
export type Emit = (type: WidgetEvent, detail: Record<string, unknown>) => void

/** A channel of shared/contract.ts (`web` for the script tag, `webview` for the hosted page). */
export type Channel = NonNullable<ResponseCreate['channel']>

export interface Who {
  anonymous_id: string
  user_id?: string
  user_hash?: string
}

export interface MountOptions {
  /** The project's public key. */
  key: string
  shown: Shown
  who: Who
  /** Default 'web'. */
  channel?: Channel
  emit: Emit
  /** Full-screen (the hosted webview page) instead of a floating card. */
  page?: boolean
  /**
   * A person opened it (the hosted page, a `show` or `track` called from a click or key
   * press): the card takes focus once shown. Otherwise it only announces itself politely.
   */
  focus?: boolean
}
