/**
 * The project's members (dashboard accounts) and where its tag has been seen.
 * @module
 */
import * as v from 'valibot'

export const Member = v.object({
  /** The account's id (usr_…). */
  id: v.string(),
  email: v.string(),
  role: v.picklist(['owner', 'analyst']),
  /** When the account joined this project (ms). */
  joined_at: v.number(),
})
export const MemberList = v.object({ members: v.array(Member) })

export const MemberUpdate = v.strictObject({ role: v.picklist(['owner', 'analyst'], 'owner or analyst') })
export type MemberUpdate = v.InferOutput<typeof MemberUpdate>

/** One origin the tag called eligibility from, and when last (to the minute). */
export const SeenOrigin = v.object({
  /** The page's origin; "" for calls without an Origin header (a backend, a native app). */
  origin: v.string(),
  last_seen_at: v.number(),
})
export const SeenList = v.object({ origins: v.array(SeenOrigin) })
