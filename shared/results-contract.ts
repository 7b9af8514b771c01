/**
 * The wire contract of the results side (secret key): answers, their exclusion, the
 * figures and the export — query strings, bodies and answers as valibot schemas. The
 * worker validates with them and the OpenAPI document is generated from them.
 * Query values arrive as text; these schemas check their form, the worker converts them.
 * @module
 */
import * as v from 'valibot'
import { FollowupStats } from './closed-loop/followup-contract'
import { BUCKETS, SURVEY_KINDS } from './nps'

const text = (max: number) => v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `at most ${max} characters`))
const flagText = (re: RegExp, what: string) => v.optional(v.pipe(v.string(), v.regex(re, what)))
const bool = v.optional(v.picklist(['true', 'false'], 'true or false'))

/** 'YYYY-MM-DD', a local date in the project's time zone (checked as a real date by the worker). */
export const LocalDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'))
/** One survey id, or several separated by commas (all of the same kind for figures). */
export const SurveyList = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,49}$/, 'survey ids separated by commas'))
/** A trait or attribute key, as `Attributes` in contract.ts allows them. */
export const PropertyKey = /^[A-Za-z0-9_.-]{1,64}$/
/** Dimensions a breakdown (or a group comparison) splits by; `trait.KEY` and `attribute.KEY` for any trait or attribute. */
export const Dimension = v.pipe(
  v.string(),
  v.regex(/^(channel|locale|platform|segment|app_version|returning|source|survey|(trait|attribute)\.[A-Za-z0-9_.-]{1,64})$/, 'channel, locale, platform, segment, app_version, returning, source, survey, trait.KEY or attribute.KEY'),
)

/**
 * Filters of the answer list and export. Besides these, `trait.KEY=value` and
 * `attribute.KEY=value` match answers whose trait or attribute KEY equals value
 * (numbers and booleans as written in JSON: 42, true).
 */
export const AnswerFilterQuery = {
  survey: v.optional(SurveyList),
  from: v.optional(LocalDate),
  to: v.optional(LocalDate),
  bucket: v.optional(v.picklist(BUCKETS, 'detractor, passive or promoter')),
  score_min: flagText(/^(10|[0-9])$/, 'a whole number 0 to 10'),
  score_max: flagText(/^(10|[0-9])$/, 'a whole number 0 to 10'),
  channel: v.optional(text(64)),
  locale: v.optional(text(35)),
  platform: v.optional(text(16)),
  segment: v.optional(text(64)),
  app_version: v.optional(text(64)),
  source: v.optional(v.picklist(['widget', 'api', 'import'])),
  /** true: returning customers; false: new ones. */
  returning: bool,
  has_comment: bool,
  counted: bool,
  /** true: answers with any flag (counted or not: a reinstated answer keeps its flags). */
  flagged: bool,
  /** Answers carrying this flag: a fraud flag, `excluded` (by an analyst) or `preview`. */
  flag: flagText(/^[a-z_]{1,32}$/, 'a flag name such as too_fast'),
  /** false hides preview answers; true shows only them. */
  preview: bool,
  /** Answers whose comment has this theme (a built-in theme, its new name, or a project's own). */
  theme: flagText(/^[a-z0-9_]{1,40}$/, 'a theme id such as delivery'),
  /** Only where the theme (with `theme`), or any theme, is negative, positive or neutral. */
  theme_sentiment: v.optional(v.picklist(['negative', 'positive', 'neutral'], 'negative, positive or neutral')),
}

export const AnswerListQuery = v.strictObject({
  ...AnswerFilterQuery,
  limit: flagText(/^([1-9][0-9]{0,2}|1000)$/, 'a whole number 1 to 1000'),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a cursor from next_cursor'))),
})
export type AnswerListQuery = v.InferOutput<typeof AnswerListQuery>

export const ExportQuery = v.strictObject(AnswerFilterQuery)
export type ExportQuery = v.InferOutput<typeof ExportQuery>

const period = { survey: SurveyList, from: LocalDate, to: LocalDate }
export const StatsQuery = v.strictObject(period)
export type StatsQuery = v.InferOutput<typeof StatsQuery>
export const TrendQuery = v.strictObject({ ...period, unit: v.optional(v.picklist(['day', 'week', 'month'])) })
export type TrendQuery = v.InferOutput<typeof TrendQuery>
const Unit = v.picklist(['day', 'week', 'month'], 'day, week or month')
/** With `unit`, each group is also split by day, ISO week or month (a heatmap: groups × periods). */
export const BreakdownQuery = v.strictObject({ ...period, by: Dimension, limit: flagText(/^([1-9][0-9]{0,2}|1000)$/, 'a whole number 1 to 1000'), unit: v.optional(Unit) })
export type BreakdownQuery = v.InferOutput<typeof BreakdownQuery>
/**
 * Two periods: `from`..`to` against `base_from`..`base_to` (difference = period − base).
 * Two groups in one period: `by` with `base` and `value` (difference = value − base); the
 * group value `(none)` stands for answers without one.
 */
export const CompareQuery = v.strictObject({
  ...period,
  base_from: v.optional(LocalDate),
  base_to: v.optional(LocalDate),
  by: v.optional(Dimension),
  base: v.optional(text(256)),
  value: v.optional(text(256)),
})
export type CompareQuery = v.InferOutput<typeof CompareQuery>

/** Why an analyst excludes or reinstates an answer; kept in its history. */
export const AnswerEdit = v.strictObject({ reason: text(500) })
export type AnswerEdit = v.InferOutput<typeof AnswerEdit>

// ---- answers out ----

const Json = v.record(v.string(), v.unknown())

export const Answer = v.object({
  id: v.string(),
  survey_id: v.string(),
  survey_kind: v.picklist(SURVEY_KINDS),
  score: v.number(),
  bucket: v.picklist(BUCKETS),
  comment: v.nullable(v.string()),
  created_at: v.number(),
  commented_at: v.nullable(v.number()),
  /** In the NPS: no flag, or reinstated by an analyst. */
  counted: v.boolean(),
  flags: v.array(v.string()),
  user_id: v.nullable(v.string()),
  verified: v.boolean(),
  trigger_key: v.string(),
  /** The comment's themes (up to three), each with its sentiment; [] without a comment. */
  themes: v.array(v.object({ theme: v.string(), sentiment: v.picklist(['negative', 'positive', 'neutral']) })),
  /** The follow-up case this answer opened (GET /v1/followups/{id}), or null. */
  followup_id: v.nullable(v.string()),
  context: v.object({
    channel: v.nullable(v.string()),
    locale: v.nullable(v.string()),
    platform: v.nullable(v.string()),
    segment: v.nullable(v.string()),
    app_version: v.nullable(v.string()),
    returning: v.nullable(v.boolean()),
    source: v.string(),
    traits: Json,
    traits_verified: v.boolean(),
    attributes: Json,
  }),
})
export type Answer = v.InferOutput<typeof Answer>

export const AnswerPage = v.object({ answers: v.array(Answer), next_cursor: v.nullable(v.string()) })

export const AnswerEditEntry = v.object({
  at: v.number(),
  kind: v.picklist(['comment', 'score', 'exclude', 'reinstate']),
  before: v.nullable(v.unknown()),
  after: v.nullable(v.unknown()),
  actor: v.string(),
  reason: v.nullable(v.string()),
})
export const AnswerDetail = v.object({ ...Answer.entries, history: v.array(AnswerEditEntry) })
export type AnswerDetail = v.InferOutput<typeof AnswerDetail>

// ---- figures out ----

const Interval = v.nullable(v.tuple([v.number(), v.number()]))
/** NPS of a set of counted answers (nps.ts `NpsResult`). */
export const Nps = v.object({
  n: v.number(),
  promoters: v.number(),
  passives: v.number(),
  detractors: v.number(),
  promoter_share: v.nullable(v.number()),
  passive_share: v.nullable(v.number()),
  detractor_share: v.nullable(v.number()),
  nps: v.nullable(v.number()),
  nps_rounded: v.nullable(v.number()),
  margin_of_error: v.nullable(v.number()),
  interval: Interval,
  low_confidence: v.boolean(),
})

const Scope = v.object({
  surveys: v.array(v.string()),
  kind: v.picklist(SURVEY_KINDS),
  from: v.string(),
  to: v.string(),
  time_zone: v.string(),
  /** The half-open instant range [start, end) in epoch ms the dates stand for. */
  start: v.number(),
  end: v.number(),
})

export const StatsResult = v.object({
  ...Scope.entries,
  ...Nps.entries,
  excluded: v.object({ total: v.number(), by_reason: v.record(v.string(), v.number()) }),
  displays: v.number(),
  answers: v.number(),
  dismissals: v.number(),
  response_rate: v.nullable(v.number()),
  dismiss_rate: v.nullable(v.number()),
  /** Transactional surveys: invitations opened in the period, how many were displayed, how many answered. */
  funnel: v.nullable(v.object({ invitations: v.number(), displayed: v.number(), answered: v.number() })),
  /** Follow-up cases opened in the period (of these surveys): time to first contact and to resolution. */
  followups: FollowupStats,
})

/** A time bucket of a trend or heatmap: its label, instants, the local dates it covers (`from`..`to`, both included) and whether the period cuts it short. */
const PeriodBucket = { label: v.string(), start: v.number(), end: v.number(), from: v.string(), to: v.string(), partial: v.boolean() }

export const TrendResult = v.object({
  ...Scope.entries,
  unit: v.picklist(['day', 'week', 'month']),
  points: v.array(v.object({ ...PeriodBucket, ...Nps.entries, excluded: v.number() })),
})

export const BreakdownResult = v.object({
  ...Scope.entries,
  by: v.string(),
  /** Present when asked with `unit`. */
  unit: v.optional(Unit),
  total: Nps,
  /** With `unit`: every time bucket of the period (empty ones included), each with all groups' NPS together. */
  periods: v.optional(v.array(v.object({ ...PeriodBucket, ...Nps.entries }))),
  groups: v.array(
    v.object({
      key: v.nullable(v.string()),
      other: v.boolean(),
      share: v.nullable(v.number()),
      ...Nps.entries,
      /** With `unit`: this group's NPS in each of `periods`, in their order. */
      cells: v.optional(v.array(Nps)),
    }),
  ),
})

export const CompareResult = v.object({
  ...Scope.entries,
  /** Present for a comparison of two groups. */
  by: v.optional(v.string()),
  base: v.object({ label: v.string(), ...Nps.entries }),
  value: v.object({ label: v.string(), ...Nps.entries }),
  difference: v.nullable(v.number()),
  margin_of_error: v.nullable(v.number()),
  interval: Interval,
  significant: v.boolean(),
  low_confidence: v.boolean(),
})
