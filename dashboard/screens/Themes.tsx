/**
 * Themes: what the comments of a survey are about over a period, from
 * GET /v1/stats/themes — per theme its mentions, share of comments, negative share, share
 * among detractors ("most problematic") and NPS impact, each with its n; most problematic
 * first. A theme opens the Comments filtered by it. Below, one theme over time from
 * GET /v1/stats/themes/trend: the share of comments naming it per day, week or month as a
 * chart, and every figure of each bucket as a table.
 * @module
 */
import { useEffect, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { ThemeStatsResult, ThemeTrendResult } from '../../shared/themes-contract'
import { api, query } from '../api'
import { ShareChart, TableToggle } from '../charts'
import { useApp } from '../context'
import { period, type PeriodDays } from '../period'
import { percent } from '../time'
import { SurveyPeriodPickers } from './pickers'
import { useSurveys } from './surveys'

type Stats = v.InferOutput<typeof ThemeStatsResult>
type Figures = Stats['themes'][number]
type Trend = v.InferOutput<typeof ThemeTrendResult>

/** Buckets a chart of the period can show: days up to a month, then weeks, then months. */
const unitFor = (days: PeriodDays) => (days <= 30 ? 'day' : days <= 90 ? 'week' : 'month')

/** Most problematic first: the share among detractors (none last), then mentions. */
const byProblem = (a: Figures, b: Figures) => (b.detractor_share.value ?? -1) - (a.detractor_share.value ?? -1) || b.mentions - a.mentions || a.theme.localeCompare(b.theme)

/** A table's column headings. */
const HeadRow = ({ cols }: { cols: string[] }) => (
  <thead>
    <tr>
      {cols.map((c) => (
        <th scope="col" key={c}>
          {c}
        </th>
      ))}
    </tr>
  </thead>
)

/** A share with the n it is computed on. */
function ShareCell({ share, testId }: { share: { value: number | null; n: number }; testId?: string }) {
  const { num, locale } = useApp()
  return (
    <td data-testid={testId}>
      {share.value === null ? '—' : percent(locale, share.value)} <span class="n">n = {num(share.n)}</span>
    </td>
  )
}

export function Themes() {
  const { t, num, locale } = useApp()
  const { surveys, survey, setSurvey, timeZone } = useSurveys()
  const [days, setDays] = useState<PeriodDays>(30)
  const [data, setData] = useState<Stats | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    if (!survey || !timeZone) return
    const p = period(days, timeZone)
    setData(null)
    setError('')
    api<Stats>(`/v1/stats/themes${query({ survey, from: p.from, to: p.to })}`).then(setData, (e) => setError(String(e.message)))
  }, [survey, days, timeZone])

  // One theme over time: the one picked, else the most problematic.
  const [picked, setPicked] = useState('')
  const [trend, setTrend] = useState<Trend | null>(null)
  const first = data ? ([...data.themes].sort(byProblem)[0]?.theme ?? '') : ''
  const theme = data?.themes.some((f) => f.theme === picked) ? picked : first
  useEffect(() => {
    // The last series stays up (and its table open) until the next one arrives.
    if (!survey || !timeZone || !theme) return setTrend(null)
    const p = period(days, timeZone)
    api<Trend>(`/v1/stats/themes/trend${query({ survey, from: p.from, to: p.to, unit: unitFor(days), theme })}`).then(setTrend, (e) => setError(String(e.message)))
  }, [survey, days, timeZone, theme])

  if (surveys === null) return <p>{t.loading}</p>
  if (surveys.length === 0) return <p>{t.noSurveys}</p>
  const signed = (n: number) => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n)
  const name = (id: string) => t.themeNames[id] ?? id
  const rows = data ? [...data.themes].sort(byProblem) : []
  return (
    <section class="stack">
      <h1>{t.themes}</h1>
      <div class="controls">
        <SurveyPeriodPickers surveys={surveys} survey={survey} setSurvey={setSurvey} days={days} setDays={setDays} />
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!data ? (
        !error && <p>{t.loading}</p>
      ) : (
        <>
          <p class="muted" data-testid="theme-totals">
            {t.thTotals(num(data.answers), num(data.comments), num(data.detractor_comments))}
          </p>
          {rows.length === 0 ? (
            <p>{t.thNone}</p>
          ) : (
            <div class="card stack">
              <h2 id="th-caption">{t.thTable}</h2>
              <div class="table-wrap" role="region" aria-labelledby="th-caption" tabIndex={0}>
                <table class="figures" aria-labelledby="th-caption">
                  <HeadRow cols={[t.theme, t.thDetractors, t.thMentions, t.thNegative, t.thShareComments, t.thImpact]} />
                  <tbody>
                    {rows.map((f) => (
                      <tr key={f.theme} data-testid="theme-row" data-theme={f.theme}>
                        <th scope="row">
                          <a href={`#/comments?${new URLSearchParams({ theme: f.theme, days: String(days) })}`} aria-label={t.thOpen(name(f.theme))}>
                            {name(f.theme)}
                          </a>
                        </th>
                        <ShareCell share={f.detractor_share} testId="detractor-share" />
                        <td data-testid="mentions">{num(f.mentions)}</td>
                        <ShareCell share={f.negative_share} />
                        <ShareCell share={f.share_of_comments} />
                        <td>
                          {f.nps_impact.value === null ? '—' : signed(f.nps_impact.value)}{' '}
                          <span class="n">{t.thImpactN(num(f.nps_impact.n), num(f.nps_impact.n_without))}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p class="muted">{t.thNote}</p>
            </div>
          )}
          {rows.length > 0 && (
            <div class="card stack" data-testid="theme-trend" aria-busy={!trend || trend.themes[0]?.theme !== theme}>
              <h2 id="tt-caption">{t.ttTitle}</h2>
              <label>
                {t.theme}{' '}
                <select value={theme} onChange={(e) => setPicked(e.currentTarget.value)}>
                  {rows.map((f) => (
                    <option key={f.theme} value={f.theme}>
                      {name(f.theme)}
                    </option>
                  ))}
                </select>
              </label>
              {!trend ? (
                <p>{t.loading}</p>
              ) : (
                (trend.themes[0]?.points ?? []).length > 0 && (
                  <>
                    <ShareChart points={trend.themes[0].points.map((p) => ({ label: p.label, value: p.share_of_comments.value, n: p.share_of_comments.n }))} title={t.ttChart(name(theme))} />
                    <p class="muted">{t.ttNote}</p>
                    <TableToggle id="tt-table" label={t.ttChart(name(theme))}>
                      <table class="data" data-testid="theme-trend-table">
                        <caption>{t.ttChart(name(theme))}</caption>
                        <HeadRow cols={[t.periodCol, t.thMentions, t.thShareComments, t.thNegative, t.thDetractors, t.thImpact]} />
                        <tbody>
                          {trend.themes[0].points.map((p) => (
                            <tr key={p.label} data-testid="theme-trend-row">
                              <th scope="row">{p.label}</th>
                              <td data-testid="tt-mentions">{num(p.mentions)}</td>
                              <ShareCell share={p.share_of_comments} />
                              <ShareCell share={p.negative_share} />
                              <ShareCell share={p.detractor_share} />
                              <td>{p.nps_impact === null ? '—' : signed(p.nps_impact)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableToggle>
                  </>
                )
              )}
            </div>
          )}
        </>
      )}
    </section>
  )
}
