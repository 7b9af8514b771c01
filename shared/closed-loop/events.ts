/**
 * The events a webhook endpoint or alert channel can listen for: one list for the
 * worker's contract and the dashboard's choices (no dependencies, so a screen can import it).
 * @module
 */
export const EVENT_NAMES = [
  'response.created',
  'response.commented',
  'response.score_changed',
  'followup.opened',
  'followup.updated',
  'followup.sla_warning',
  'followup.sla_breached',
  'endpoint.disabled',
] as const
