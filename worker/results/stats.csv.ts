/**
 * The figures as CSV: the trend (GET /v1/stats/trend.csv) and the breakdown, also by
 * period (GET /v1/stats/breakdown.csv) — the same numbers as their JSON, one figure per
 * row, for spreadsheets. Written with shared/stats/csv.ts: UTF-8 with a BOM, RFC 4180,
 * figures as numbers, and values people typed (a segment, a trait) as text neutralised
 * when they start like a formula.
 * @module
 */
import type { NpsResult } from '../../shared/nps'
import type { Breakdown } from '../../shared/stats/breakdown'
import type { TimeBucket } from '../../shared/stats/buckets'
import { CSV_BOM, CSV_CONTENT_TYPE, csvRow, type CsvValue } from '../../shared/stats/csv'
import type { Scope } from './scope'

/** The NPS columns, in the order {@link npsCells} writes them. */
export const NPS_COLUMNS = ['n', 'promoters', 'passives', 'detractors', 'nps', 'nps_rounded', 'margin_of_error', 'interval_low', 'interval_high', 'low_confidence'] as const

const npsCells = (r: NpsResult): CsvValue[] => [
  r.n, r.promoters, r.passives, r.detractors, r.nps, r.npsRounded, r.marginOfError, r.interval?.[0] ?? null, r.interval?.[1] ?? null, r.lowConfidence,
]

export const TREND_COLUMNS = ['period', 'from', 'to', 'partial', ...NPS_COLUMNS, 'excluded'] as const

type Dated = TimeBucket & { from: string; to: string }

/** A row `all` for the whole period, then one per bucket (`from`/`to`: the local dates it covers). */
export function trendCsv(scope: Scope, total: NpsResult, excluded: number, points: readonly (Dated & NpsResult & { excluded: number })[]): string {
  let out = CSV_BOM + csvRow(TREND_COLUMNS)
  out += csvRow(['all', scope.from, scope.to, false, ...npsCells(total), excluded])
  for (const p of points) out += csvRow([p.label, p.from, p.to, p.partial, ...npsCells(p), p.excluded])
  return out
}

export const BREAKDOWN_COLUMNS = ['dimension', 'group', 'value', 'period', 'from', 'to', 'partial', ...NPS_COLUMNS, 'share'] as const

/**
 * Each group over the whole period (`period` = `all`, with its share of n) followed, with
 * a heatmap, by its row per period; then all groups together the same way. `group` says
 * what a row is: `value` (its `value` column), `none` (answers without a value), `other`
 * (the values past the limit, together) or `all`.
 */
export function breakdownCsv(
  scope: Scope,
  by: string,
  b: Breakdown,
  heatmap: { periods: readonly (Dated & { nps: NpsResult })[]; cells: readonly (readonly NpsResult[])[] } | null,
): string {
  let out = CSV_BOM + csvRow(BREAKDOWN_COLUMNS)
  const rows = (group: string, value: string | null, whole: NpsResult, share: number | null, cells: readonly NpsResult[] | null) => {
    out += csvRow([by, group, value, 'all', scope.from, scope.to, false, ...npsCells(whole), share])
    if (!heatmap || !cells) return
    heatmap.periods.forEach((p, i) => (out += csvRow([by, group, value, p.label, p.from, p.to, p.partial, ...npsCells(cells[i]), null])))
  }
  b.groups.forEach((g, i) => rows(g.other ? 'other' : g.key === null ? 'none' : 'value', g.other ? null : g.key, g, g.share, heatmap ? heatmap.cells[i] : null))
  rows('all', null, b.total, b.total.n === 0 ? null : 1, heatmap ? heatmap.periods.map((p) => p.nps) : null)
  return out
}

/** `nps-trend_srv_orders_2026-01-01_2026-01-31.csv`: safe characters only. */
export function fileName(what: string, scope: Scope): string {
  return `${[what, scope.surveyIds.join('+'), scope.from, scope.to].join('_').replace(/[^A-Za-z0-9_.+-]/g, '-')}.csv`
}

export function csvDownload(body: string, name: string): Response {
  return new Response(body, {
    headers: {
      'content-type': CSV_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
