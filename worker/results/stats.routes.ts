/**
 * GET /v1/stats, /v1/stats/trend, /v1/stats/breakdown, /v1/stats/compare — the routes:
 * OpenAPI descriptions, the read scope, the query schemas.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { BreakdownQuery, BreakdownResult, CompareQuery, CompareResult, StatsQuery, StatsResult, TrendQuery, TrendResult } from '../../shared/results-contract'
import type { AppEnv } from '../deps'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { queryParams } from './query'
import { MAX_CELLS, getBreakdown, getBreakdownCsv, getComparison, getStats, getTrend, getTrendCsv } from './stats.handlers'

export const stats = new Hono<AppEnv>()

const ok = (description: string, schema: Parameters<typeof resolver>[0]) => ({
  200: { description, content: { 'application/json': { schema: resolver(schema) } } },
  ...problemResponses(401, 422, 429, 503),
})
const csv = (description: string) => ({
  200: { description, content: { 'text/csv': { schema: { type: 'string' as const } } } },
  ...problemResponses(401, 422, 429, 503),
})
const CSV = 'UTF-8 with a BOM, RFC 4180; figures are numbers, and text cells that begin with =, +, -, @, tab or carriage return get a leading apostrophe (OWASP), so spreadsheets show them as text.'
const PERIOD = 'For one survey or several of the same kind (`survey=a,b`; mixing transactional and relational is a 422), from `from` to `to` inclusive, local dates in the project time zone.'

stats.get(
  '/',
  describeRoute({
    tags: ['results'],
    summary: 'NPS for a period, with its interval, exclusions, displays, rates and (transactional) the invitation funnel',
    description: `${PERIOD} Only counted answers enter the NPS; every other answer is in excluded.by_reason (one reason each).`,
    security: [{ secretKey: [] }],
    responses: ok('The figures', StatsResult),
  }),
  secretAuth('read'),
  queryParams(StatsQuery),
  getStats,
)

stats.get(
  '/trend',
  describeRoute({
    tags: ['results'],
    summary: 'NPS by day, ISO week or month, each point with its n and interval',
    description: `${PERIOD} Buckets are local days/weeks/months, empty ones included; the first and last may be partial.`,
    security: [{ secretKey: [] }],
    responses: ok('The trend', TrendResult),
  }),
  secretAuth('read'),
  queryParams(TrendQuery),
  getTrend,
)

stats.get(
  '/trend.csv',
  describeRoute({
    tags: ['results'],
    summary: 'The trend as CSV: a row for the whole period (`all`), then one per day, ISO week or month',
    description: `${PERIOD} Columns: period, from, to, partial, n, promoters, passives, detractors, nps, nps_rounded, margin_of_error, interval_low, interval_high, low_confidence, excluded. ${CSV}`,
    security: [{ secretKey: [] }],
    responses: csv('The trend'),
  }),
  secretAuth('read'),
  queryParams(TrendQuery),
  getTrendCsv,
)

stats.get(
  '/breakdown',
  describeRoute({
    tags: ['results'],
    summary: 'NPS per channel, locale, platform, segment, new vs returning, app version, survey, or any trait or attribute — and with `unit`, per period too (a heatmap)',
    description: `${PERIOD} Groups past \`limit\` (default 50) are gathered in one \`other\` group, so the groups always add up to the total. With \`unit\` (day, week or month) the answer adds \`periods\` (every bucket of the period, with all groups together) and, in each group, \`cells\`: its NPS in each period, in their order; at most ${MAX_CELLS} groups × periods.`,
    security: [{ secretKey: [] }],
    responses: ok('The groups', BreakdownResult),
  }),
  secretAuth('read'),
  queryParams(BreakdownQuery),
  getBreakdown,
)

stats.get(
  '/breakdown.csv',
  describeRoute({
    tags: ['results'],
    summary: 'The breakdown (with `unit`, the heatmap) as CSV, one figure per row',
    description: `${PERIOD} The parameters of GET /v1/stats/breakdown. Each group over the whole period (period \`all\`, with its share), then with \`unit\` one row per period; then all groups together the same way. Columns: dimension, group (value, none, other or all), value, period, from, to, partial, n, promoters, passives, detractors, nps, nps_rounded, margin_of_error, interval_low, interval_high, low_confidence, share. ${CSV}`,
    security: [{ secretKey: [] }],
    responses: csv('The breakdown'),
  }),
  secretAuth('read'),
  queryParams(BreakdownQuery),
  getBreakdownCsv,
)

stats.get(
  '/compare',
  describeRoute({
    tags: ['results'],
    summary: 'Is a difference real? Two periods or two groups, the difference and its 95% interval',
    description: `${PERIOD} Periods: \`base_from\`/\`base_to\` against \`from\`/\`to\`. Groups: \`by\` with \`base\` and \`value\` (\`(none)\` for answers without one). The variance of the difference is the sum of the two variances.`,
    security: [{ secretKey: [] }],
    responses: ok('The comparison', CompareResult),
  }),
  secretAuth('read'),
  queryParams(CompareQuery),
  getComparison,
)
