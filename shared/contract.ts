/**
 * The wire contract between the widget, product backends and the worker: every request
 * and response body as a valibot schema with its type. The worker validates with these,
 * the OpenAPI document is generated from them, and the widget imports the types.
 * @module
 */
import * as v from 'valibot'
import { SURVEY_KINDS } from './nps'

const token = (max: number, re: RegExp, what: string) =>
  v.pipe(v.string(), v.minLength(1, `must not be empty`), v.maxLength(max, `at most ${max} characters`), v.regex(re, what))

/** A client-generated UUID: the idempotency key of a response. */
export const ClientId = v.pipe(v.string(), v.uuid('must be a UUID'))
/** The visitor id the widget keeps in storage (or in memory when storage is unavailable). */
export const AnonymousId = token(64, /^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
/** A product's own user id. */
export const UserId = token(128, /^[^\u0000-\u001f]+$/, 'no control characters')
/** HMAC-SHA256(project secret key, user id) in hex, made by the product's backend. */
export const UserHash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'))
export const SessionId = token(64, /^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
export const SurveyId = token(64, /^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
export const EventName = token(64, /^[A-Za-z][A-Za-z0-9_.:-]*$/, 'starts with a letter; letters, digits, _ . : -')
/** An order or ticket id: what makes a transactional survey "once per event". */
export const TriggerId = token(128, /^[^\u0000-\u001f]+$/, 'no control characters')
export const Locale = v.pipe(
  v.string(),
  v.maxLength(35, 'at most 35 characters'),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag such as en or pt-BR'),
)
export const Channel = v.picklist(['web', 'webview', 'ios', 'android', 'email', 'sms', 'api'], 'unknown channel')
/** Integer 0..10; 10.5, "7", -1 and 11 are refused. */
export const Score = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 to 10'),
  v.maxValue(10, 'must be 0 to 10'),
)
/**
 * Free text; tab, newline and carriage return are the only control characters allowed.
 * (libSQL reads a string back cut at a NUL, so refusing beats storing something else.)
 */
export const Comment = v.pipe(
  v.string(),
  v.maxLength(2000, 'at most 2000 characters'),
  v.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/, 'no control characters other than tab and line breaks'),
)
/** A JSON object, not an array: `v.record` alone would take ['x'] as { 0: 'x' }. */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false
  const proto = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/** Small flat key → value maps: traits of a person, attributes of an order. */
export const Attributes = v.pipe(
  // Runs before the record; it converts to nothing in JSON Schema, the record gives `type: object`.
  v.custom<Record<string, unknown>>(isPlainObject, 'must be an object of key → value, not an array'),
  v.record(
    token(64, /^[A-Za-z0-9_.-]+$/, 'keys: letters, digits, _ . -'),
    v.union([v.pipe(v.string(), v.maxLength(256)), v.number(), v.boolean()], 'a string, number or boolean'),
  ),
  v.maxEntries(25, 'at most 25 entries'),
)
const DisplayToken = v.pipe(v.string(), v.minLength(1), v.maxLength(1024, 'at most 1024 characters'))

/** Who is asking: the same identity block rides on every public call. */
const identity = {
  anonymous_id: AnonymousId,
  user_id: v.optional(UserId),
  user_hash: v.optional(UserHash),
}

export const EligibilityRequest = v.strictObject({
  ...identity,
  session_id: v.optional(SessionId),
  survey_id: v.optional(SurveyId),
  event: v.optional(EventName),
  order_id: v.optional(TriggerId),
  locale: v.optional(Locale),
  traits: v.optional(Attributes),
  channel: v.optional(Channel),
  /**
   * Preview: show the survey whatever the caps (a product team checking its tag). The
   * display is not counted by any cap and the answer is stored flagged `preview`.
   */
  preview: v.optional(v.boolean()),
})
export type EligibilityRequest = v.InferOutput<typeof EligibilityRequest>

/** A line of survey text an owner wrote: short, no control characters. `{product}` stands for the product's name. */
const SurveyText = v.pipe(
  v.string(),
  v.maxLength(500, 'at most 500 characters'),
  v.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/, 'no control characters other than tab and line breaks'),
)
const PerBucket = v.strictObject({ detractor: v.optional(SurveyText), passive: v.optional(SurveyText), promoter: v.optional(SurveyText) })

/** The owner's wording for one locale; anything left out falls back to the widget's built-in strings. */
export const SurveyTexts = v.strictObject({
  /** The question; `{product}` is replaced by the product's name. */
  question: v.optional(SurveyText),
  /** Labels under 0 and 10. */
  low: v.optional(SurveyText),
  high: v.optional(SurveyText),
  /** The "why?" follow-up, per bucket of the score given. */
  why: v.optional(PerBucket),
  /** The thank-you, per bucket. */
  thanks: v.optional(PerBucket),
})
export type SurveyTexts = v.InferOutput<typeof SurveyTexts>

export const HexColour = v.pipe(v.string(), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour such as #4f46e5'))
export const Theme = v.object({
  /** Brand colour, #rgb or #rrggbb. */
  brand: v.optional(HexColour),
  mode: v.optional(v.picklist(['auto', 'light', 'dark'], 'auto, light or dark')),
  position: v.optional(v.picklist(['bottom-right', 'bottom-left', 'center'], 'bottom-right, bottom-left or center')),
})
export type Theme = v.InferOutput<typeof Theme>

export const ReasonCode = v.picklist([
  'no_active_survey',
  'survey_paused',
  'recently_answered',
  'recently_dismissed',
  'project_cooldown',
  'max_displays',
  'session_cap',
  'sampled_out',
  'no_open_invitation',
  'invitation_answered',
  'open_followup',
])
export type ReasonCode = v.InferOutput<typeof ReasonCode>

export const EligibilityResponse = v.variant('show', [
  v.object({
    show: v.literal(true),
    survey: v.object({
      id: v.string(),
      kind: v.picklist(SURVEY_KINDS),
      locale: v.string(),
      product: v.optional(v.string()),
      texts: SurveyTexts,
      theme: Theme,
    }),
    display: v.object({ id: v.string(), token: v.string(), expires_at: v.number() }),
  }),
  v.object({ show: v.literal(false), reason: ReasonCode }),
])
export type EligibilityResponse = v.InferOutput<typeof EligibilityResponse>

export const ResponseCreate = v.strictObject({
  id: ClientId,
  survey_id: SurveyId,
  token: v.optional(DisplayToken),
  score: Score,
  comment: v.optional(Comment),
  ...identity,
  locale: v.optional(Locale),
  channel: v.optional(Channel),
  /** Honeypot: a field people never see. Anything in it flags the answer. */
  website: v.optional(v.pipe(v.string(), v.maxLength(256))),
})
export type ResponseCreate = v.InferOutput<typeof ResponseCreate>

/** Add or edit the "why?" comment, or change the score, of a response the same browser gave. */
export const ResponseUpdate = v.pipe(
  v.strictObject({
    anonymous_id: AnonymousId,
    comment: v.optional(Comment),
    score: v.optional(Score),
  }),
  v.forward(
    v.check((u) => u.comment !== undefined || u.score !== undefined, 'give a comment, a score or both'),
    ['comment'],
  ),
)
export type ResponseUpdate = v.InferOutput<typeof ResponseUpdate>

export const DismissRequest = v.strictObject({ token: DisplayToken })
export type DismissRequest = v.InferOutput<typeof DismissRequest>

export const FraudFlag = v.picklist(['bot_user_agent', 'honeypot', 'too_fast', 'no_display_token', 'fingerprint_cap', 'duplicate', 'unverified_identity', 'preview'])
export type FraudFlag = v.InferOutput<typeof FraudFlag>

/**
 * What the public side learns about an answer it sent. Whether it was counted and which
 * flags it got are not said here (that would be an oracle to tune a bot against); the
 * secret-key side reads them.
 */
export const ResponseResult = v.object({
  id: v.string(),
  survey_id: v.string(),
  score: v.number(),
  comment: v.nullable(v.string()),
  created_at: v.number(),
  replayed: v.boolean(),
})
export type ResponseResult = v.InferOutput<typeof ResponseResult>

export const InvitationCreate = v.strictObject({
  user_id: UserId,
  event: EventName,
  order_id: TriggerId,
  survey_id: v.optional(SurveyId),
  channel: v.optional(Channel),
  attributes: v.optional(Attributes),
  window_hours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 90))),
})
export type InvitationCreate = v.InferOutput<typeof InvitationCreate>

export const Invitation = v.object({
  id: v.string(),
  survey_id: v.string(),
  user_id: v.string(),
  event: v.string(),
  order_id: v.string(),
  expires_at: v.number(),
  replayed: v.boolean(),
})
export const InvitationResult = v.object({ invitations: v.array(Invitation) })
export type Invitation = v.InferOutput<typeof Invitation>

/** RFC 9457 problem details: the one error shape of the API. */
export const Problem = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  detail: v.string(),
  errors: v.optional(v.array(v.object({ field: v.string(), message: v.string() }))),
})
export type Problem = v.InferOutput<typeof Problem>
