/**
 * The project's members on the wire (GET /v1/members): who may be given a follow-up.
 * @module
 */
import * as v from 'valibot'

export const Member = v.object({ id: v.string(), email: v.string(), role: v.picklist(['owner', 'analyst']) })
export const MemberList = v.object({ members: v.array(Member) })
