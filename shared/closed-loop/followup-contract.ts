/**
 * Follow-up cases on the wire: the case, its log, and the changes the API accepts.
 * @module
 */
import * as v from 'valibot'

const Actor = v.pipe(v.string(), v.minLength(1), v.maxLength(100))
const Person = v.pipe(v.string(), v.minLength(1), v.maxLength(100))

export const FollowupUpdate = v.strictObject({
  status: v.optional(v.picklist(['open', 'contacted', 'resolved', 'closed'])),
  /** Required when closing without contact. */
  reason: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
  owner: v.optional(Person),
  /** Who made the change (shown in the log); defaults to the key or token. */
  actor: v.optional(Actor),
})

export const FollowupNote = v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)), actor: v.optional(Actor) })
export const FollowupAssign = v.strictObject({ owner: Person, actor: v.optional(Actor) })

export const FollowupCase = v.object({
  id: v.string(),
  response_id: v.string(),
  survey_id: v.string(),
  status: v.picklist(['open', 'contacted', 'resolved', 'closed']),
  priority: v.picklist(['high', 'normal']),
  owner: v.nullable(v.string()),
  first_contact_due: v.number(),
  resolution_due: v.number(),
  contacted_at: v.nullable(v.number()),
  resolved_at: v.nullable(v.number()),
  closed_reason: v.nullable(v.string()),
  breached: v.object({ first_contact: v.boolean(), resolution: v.boolean() }),
  created_at: v.number(),
  updated_at: v.number(),
  /** The answer behind the case (the score and bucket, the comment, the person, the order, the channel). */
  response: v.optional(
    v.object({
      score: v.nullable(v.number()),
      bucket: v.nullable(v.picklist(['promoter', 'passive', 'detractor'])),
      comment: v.nullable(v.string()),
      user_id: v.nullable(v.string()),
      channel: v.nullable(v.string()),
      order_id: v.nullable(v.string()),
    }),
  ),
  log: v.optional(v.array(v.object({ at: v.number(), actor: v.string(), kind: v.string(), before: v.nullable(v.string()), after: v.nullable(v.string()), note: v.nullable(v.string()) }))),
})
/** Pages: `before=<next_before>` in the `created` order, `offset=<next_offset>` in the `sla` order. */
export const FollowupList = v.object({ followups: v.array(FollowupCase), next_before: v.nullable(v.string()), next_offset: v.nullable(v.number()) })

const Figure = v.object({ n: v.number(), median_ms: v.nullable(v.number()), within_sla_share: v.nullable(v.number()) })
export const FollowupStats = v.object({ opened: v.number(), open: v.number(), first_contact: Figure, resolution: Figure })
