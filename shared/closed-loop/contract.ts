/**
 * The closed loop's wire contract: webhook endpoints and alert channels, deliveries and
 * their attempts, follow-up cases. Validated by the worker, documented in /openapi.json.
 * @module
 */
import * as v from 'valibot'
import { BUCKETS } from '../nps'
import { EVENT_NAMES } from './events'

export { EVENT_NAMES }

const EventName = v.picklist([...EVENT_NAMES, '*'], 'unknown event')
const Bucket = v.picklist(BUCKETS, 'promoter, passive or detractor')

export const EndpointFilter = v.strictObject({
  /** Only answers in these buckets ("detractors only": ["detractor"]). */
  buckets: v.optional(v.pipe(v.array(Bucket), v.minLength(1), v.maxLength(3))),
  /** Only this survey. */
  survey_id: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Only answers scoring at most this ("VIP below 7": {"segments": ["VIP"], "max_score": 6}). */
  max_score: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  /** Only answers from these segments (traits.segment, case-insensitive). */
  segments: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.minLength(1), v.maxLength(10))),
  /** Only follow-ups of this priority. */
  priority: v.optional(v.picklist(['high', 'normal'])),
})

const Url = v.pipe(v.string(), v.maxLength(2048, 'at most 2048 characters'), v.url('must be a URL'))
const Events = v.pipe(v.array(EventName), v.minLength(1, 'at least one event'), v.maxLength(16))
const Description = v.pipe(v.string(), v.maxLength(200))
/** whsec_ followed by base64 of 24–64 random bytes. */
const WebhookSecret = v.pipe(v.string(), v.regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, 'whsec_ followed by base64 (24 to 64 bytes)'))

export const ChannelConfig = v.strictObject({
  /** Telegram: the chat to post to. */
  chat_id: v.optional(v.union([v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.integer())])),
  /** E-mail: recipients. */
  to: v.optional(v.pipe(v.array(v.pipe(v.string(), v.email('must be an e-mail address'))), v.minLength(1), v.maxLength(20))),
  /** The alert's language: en, ru or uk (others fall back to English). */
  locale: v.optional(v.pipe(v.string(), v.maxLength(35))),
})

export const EndpointCreate = v.strictObject({
  /** webhook (signed, the full payload), or an alert channel. */
  kind: v.optional(v.picklist(['webhook', 'slack', 'telegram', 'email']), 'webhook'),
  /** The receiver (webhook) or the Slack incoming-webhook URL. */
  url: v.optional(Url),
  events: Events,
  filter: v.optional(EndpointFilter),
  description: v.optional(Description),
  enabled: v.optional(v.boolean()),
  /** Bring your own whsec_ secret; one is generated otherwise. Telegram: the bot token. */
  secret: v.optional(v.pipe(v.string(), v.maxLength(200))),
  config: v.optional(ChannelConfig),
})
export type EndpointCreate = v.InferOutput<typeof EndpointCreate>

export const EndpointUpdate = v.strictObject({
  url: v.optional(Url),
  events: v.optional(Events),
  filter: v.optional(EndpointFilter),
  description: v.optional(Description),
  enabled: v.optional(v.boolean()),
  config: v.optional(ChannelConfig),
})
export type EndpointUpdate = v.InferOutput<typeof EndpointUpdate>

export const SecretRotate = v.strictObject({
  /** How long the old secret keeps signing beside the new one (default 24 h). */
  overlap_hours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 7)), 24),
  secret: v.optional(WebhookSecret),
})

export const Endpoint = v.object({
  id: v.string(),
  kind: v.string(),
  url: v.string(),
  events: v.array(v.string()),
  filter: v.record(v.string(), v.unknown()),
  description: v.string(),
  enabled: v.boolean(),
  disabled_reason: v.nullable(v.string()),
  failing_since: v.nullable(v.number()),
  /** Webhooks: the signing secret (whsec_…). Never returned for Telegram bot tokens. */
  secret: v.optional(v.string()),
  config: v.record(v.string(), v.unknown()),
  created_at: v.number(),
})

export const Attempt = v.object({ at: v.number(), duration_ms: v.number(), status_code: v.nullable(v.number()), error: v.nullable(v.string()), verdict: v.string() })

export const Delivery = v.object({
  id: v.number(),
  message_id: v.string(),
  event: v.string(),
  status: v.picklist(['pending', 'delivered', 'dead']),
  attempts: v.number(),
  next_attempt_at: v.nullable(v.number()),
  last_status_code: v.nullable(v.number()),
  last_error: v.nullable(v.string()),
  created_at: v.number(),
  finished_at: v.nullable(v.number()),
  attempt_log: v.optional(v.array(Attempt)),
  payload: v.optional(v.unknown()),
})
export const DeliveryList = v.object({ deliveries: v.array(Delivery) })
export const EndpointList = v.object({ endpoints: v.array(Endpoint) })

/** What "send a test" did: one attempt, now, never retried. */
export const TestSendResult = v.object({
  ok: v.boolean(),
  message_id: v.string(),
  status_code: v.nullable(v.number()),
  duration_ms: v.number(),
  error: v.nullable(v.string()),
  /** delivered, failed, rejected (4xx or unusable), gone (410) or refused (SSRF guard). */
  verdict: v.string(),
  sent_at: v.number(),
})
