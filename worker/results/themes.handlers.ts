/**
 * GET /v1/stats/themes and /v1/stats/themes/trend: per comment theme over a period (or
 * per time bucket), from two aggregate reads in one round trip; the maths is
 * shared/stats/themes.ts.
 * @module
 */
import { bucketEdges, timeBuckets } from '../../shared/stats/buckets'
import { themeFigures, themeTable, type ThemeCounts, type ThemeFigures, type ThemeTotals } from '../../shared/stats/themes'
import type { ThemeStatsQuery, ThemeTrendQuery } from '../../shared/themes-contract'
import { first, rows } from '../db/store'
import { ApiError } from '../http/problem'
import type { QueryContext } from './query'
import { presentScope, scopeOf } from './scope'
import { themesStatement, totalsStatement, type ThemeRow, type TotalsRow } from './themes.queries'

const num = (x: unknown) => Number(x ?? 0)

function totalsOf(r: TotalsRow | undefined): ThemeTotals {
  return {
    promoters: num(r?.promoters),
    passives: num(r?.passives),
    detractors: num(r?.detractors),
    comments: num(r?.comments),
    detractorComments: num(r?.detractorComments),
  }
}

function countsOf(r: ThemeRow): ThemeCounts {
  return {
    theme: String(r.theme),
    promoters: num(r.promoters),
    passives: num(r.passives),
    detractors: num(r.detractors),
    negative: num(r.negative),
    positive: num(r.positive),
    neutral: num(r.neutral),
  }
}

function present(f: ThemeFigures) {
  return {
    theme: f.theme,
    mentions: f.mentions,
    sentiment: f.sentiment,
    share_of_comments: f.shareOfComments,
    negative_share: f.negativeShare,
    positive_share: f.positiveShare,
    detractor_share: f.detractorShare,
    nps_impact: { value: f.npsImpact.value, nps: f.npsImpact.nps, nps_without: f.npsImpact.npsWithout, n: f.npsImpact.n, n_without: f.npsImpact.nWithout },
  }
}

export async function getThemeStats(c: QueryContext<typeof ThemeStatsQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const scope = await scopeOf(deps, project, q)
  const s = { surveyIds: scope.surveyIds, start: scope.start, end: scope.end, theme: q.theme }
  const [tot, th] = await deps.db.read([totalsStatement(project.id, s), themesStatement(project.id, s)])
  const totals = totalsOf(first<TotalsRow>(tot))
  return c.json({
    ...presentScope(scope),
    answers: totals.promoters + totals.passives + totals.detractors,
    comments: totals.comments,
    detractor_comments: totals.detractorComments,
    themes: themeTable(totals, rows<ThemeRow>(th).map(countsOf)).map(present),
  })
}

export async function getThemeTrend(c: QueryContext<typeof ThemeTrendQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const scope = await scopeOf(deps, project, q)
  const unit = q.unit ?? 'day'
  const buckets = timeBuckets(scope.start, scope.end, unit, scope.timeZone)
  if (!buckets) throw new ApiError(422, 'validation_failed', 'Too many points: choose a longer unit or a shorter period.', [{ field: 'unit', message: 'too many points' }])
  const totals: ThemeTotals[] = buckets.map(() => totalsOf(undefined))
  const byTheme = new Map<string, (ThemeCounts | undefined)[]>()
  if (q.theme) byTheme.set(q.theme, [])
  if (buckets.length > 0) {
    const edges = bucketEdges(buckets)
    const s = { surveyIds: scope.surveyIds, start: edges[0], end: edges[edges.length - 1], theme: q.theme }
    const [tot, th] = await deps.db.read([totalsStatement(project.id, s, edges), themesStatement(project.id, s, edges)])
    for (const r of rows<TotalsRow>(tot)) totals[Number(r.i)] = totalsOf(r)
    for (const r of rows<ThemeRow>(th)) {
      const list = byTheme.get(String(r.theme)) ?? []
      list[Number(r.i)] = countsOf(r)
      byTheme.set(String(r.theme), list)
    }
  }
  const themes = [...byTheme]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([theme, list]) => ({
      theme,
      points: buckets.map((b, i) => {
        const f = themeFigures(totals[i], list[i] ?? { theme, promoters: 0, passives: 0, detractors: 0, negative: 0, positive: 0, neutral: 0 })
        return {
          label: b.label,
          start: b.start,
          end: b.end,
          partial: b.partial,
          mentions: f.mentions,
          negative: f.sentiment.negative,
          share_of_comments: f.shareOfComments,
          negative_share: f.negativeShare,
          detractor_share: f.detractorShare,
          nps_impact: f.npsImpact.value,
        }
      }),
    }))
  return c.json({ ...presentScope(scope), unit, themes })
}
