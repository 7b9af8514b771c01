/**
 * The wire contract of the theme figures (secret key): GET /v1/stats/themes and
 * /v1/stats/themes/trend. Query values arrive as text; the worker checks dates.
 * @module
 */
import * as v from 'valibot'
import { SURVEY_KINDS } from './nps'
import { LocalDate, SurveyList } from './results-contract'

const ThemeId = v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/, 'a theme id such as delivery'))
const period = { survey: SurveyList, from: LocalDate, to: LocalDate }

export const ThemeStatsQuery = v.strictObject({ ...period, theme: v.optional(ThemeId) })
export type ThemeStatsQuery = v.InferOutput<typeof ThemeStatsQuery>
export const ThemeTrendQuery = v.strictObject({ ...period, unit: v.optional(v.picklist(['day', 'week', 'month'])), theme: v.optional(ThemeId) })
export type ThemeTrendQuery = v.InferOutput<typeof ThemeTrendQuery>

const Share = v.object({ value: v.nullable(v.number()), n: v.number() })
const Scope = {
  surveys: v.array(v.string()),
  kind: v.picklist(SURVEY_KINDS),
  from: v.string(),
  to: v.string(),
  time_zone: v.string(),
  start: v.number(),
  end: v.number(),
}

export const ThemeFiguresWire = v.object({
  theme: v.string(),
  /** Counted answers whose comment has the theme. */
  mentions: v.number(),
  sentiment: v.object({ negative: v.number(), positive: v.number(), neutral: v.number() }),
  /** mentions ÷ counted answers with a comment. */
  share_of_comments: Share,
  /** negative (positive) mentions ÷ mentions. */
  negative_share: Share,
  positive_share: Share,
  /** "Most problematic": detractor comments with the theme ÷ all detractor comments. */
  detractor_share: Share,
  /** NPS of all counted answers minus NPS without those that mention the theme (points). */
  nps_impact: v.object({ value: v.nullable(v.number()), nps: v.nullable(v.number()), nps_without: v.nullable(v.number()), n: v.number(), n_without: v.number() }),
})

export const ThemeStatsResult = v.object({
  ...Scope,
  /** Counted answers, those with a comment, and detractors with a comment. */
  answers: v.number(),
  comments: v.number(),
  detractor_comments: v.number(),
  themes: v.array(ThemeFiguresWire),
})

export const ThemeTrendResult = v.object({
  ...Scope,
  unit: v.picklist(['day', 'week', 'month']),
  /** One series per theme (or the one asked for), every bucket present. */
  themes: v.array(
    v.object({
      theme: v.string(),
      points: v.array(
        v.object({
          label: v.string(),
          start: v.number(),
          end: v.number(),
          partial: v.boolean(),
          mentions: v.number(),
          negative: v.number(),
          /** mentions ÷ counted comments of the bucket. */
          share_of_comments: Share,
          negative_share: Share,
          /** As in /v1/stats/themes, for the bucket. */
          detractor_share: Share,
          nps_impact: v.nullable(v.number()),
        }),
      ),
    }),
  ),
})
