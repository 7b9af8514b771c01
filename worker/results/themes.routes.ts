/**
 * GET /v1/stats/themes, /v1/stats/themes/trend — the routes: OpenAPI descriptions, the
 * read scope, the query schemas.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { ThemeStatsQuery, ThemeStatsResult, ThemeTrendQuery, ThemeTrendResult } from '../../shared/themes-contract'
import type { AppEnv } from '../deps'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { queryParams } from './query'
import { getThemeStats, getThemeTrend } from './themes.handlers'

export const themeStats = new Hono<AppEnv>()

const ok = (description: string, schema: Parameters<typeof resolver>[0]) => ({
  200: { description, content: { 'application/json': { schema: resolver(schema) } } },
  ...problemResponses(401, 422, 429, 503),
})
const PERIOD =
  'For one survey or several of the same kind (`survey=a,b`), from `from` to `to` inclusive, local dates in the project time zone; counted answers only. `theme` limits the answer to one theme.'

themeStats.get(
  '/',
  describeRoute({
    tags: ['results'],
    summary: 'Per comment theme: mentions, share of comments, negative share, share among detractors and NPS impact, each with its n',
    description: `${PERIOD} NPS impact = NPS of all counted answers − NPS of those whose comment does not mention the theme. Share among detractors = detractor comments with the theme ÷ all detractor comments.`,
    security: [{ secretKey: [] }],
    responses: ok('The themes, most mentioned first', ThemeStatsResult),
  }),
  secretAuth('read'),
  queryParams(ThemeStatsQuery),
  getThemeStats,
)

themeStats.get(
  '/trend',
  describeRoute({
    tags: ['results'],
    summary: 'Per comment theme, by day, ISO week or month: mentions, share of comments, negative share, share among detractors, NPS impact',
    description: `${PERIOD} Every bucket is present, empty ones included.`,
    security: [{ secretKey: [] }],
    responses: ok('One series per theme', ThemeTrendResult),
  }),
  secretAuth('read'),
  queryParams(ThemeTrendQuery),
  getThemeTrend,
)
