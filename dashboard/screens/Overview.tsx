/**
 * One survey over a period: NPS with its interval, the split, response and dismiss rates,
 * what was excluded and why, the trend, and the change against the previous period —
 * every figure as /v1/stats, /v1/stats/trend and /v1/stats/compare give it.
 * @module
 */
import { useEffect, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { CompareResult, StatsResult, TrendResult } from '../../shared/results-contract'
import { api, query } from '../api'
import { SplitBar, TableToggle, TrendChart, TrendTable } from '../charts'
import { useApp } from '../context'
import { period } from '../period'
import { SurveyPeriodPickers, usePeriod } from './pickers'
import { useSurveys } from './surveys'

type Stats = v.InferOutput<typeof StatsResult>
type Trend = v.InferOutput<typeof TrendResult>
type Compare = v.InferOutput<typeof CompareResult>

export function Overview() {
  const { t, num, locale } = useApp()
  const { surveys, survey, setSurvey, timeZone } = useSurveys()
  const [days, setDays] = usePeriod()
  const [unit, setUnit] = useState<'day' | 'week' | 'month'>('day')
  const [data, setData] = useState<{ stats: Stats; trend: Trend; compare: Compare; csv: string } | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    if (!survey || !timeZone) return
    const p = period(days, timeZone)
    const base = { survey, from: p.from, to: p.to }
    setData(null)
    setError('')
    Promise.all([
      api<Stats>(`/v1/stats${query(base)}`),
      api<Trend>(`/v1/stats/trend${query({ ...base, unit })}`),
      api<Compare>(`/v1/stats/compare${query({ ...base, base_from: p.base_from, base_to: p.base_to })}`),
    ]).then(([stats, trend, compare]) => setData({ stats, trend, compare, csv: `/v1/stats/trend.csv${query({ ...base, unit })}` }), (e) => setError(String(e.message)))
  }, [survey, days, unit, timeZone])

  if (surveys === null) return <p>{t.loading}</p>
  if (surveys.length === 0) return <p>{t.noSurveys}</p>
  const signed = (n: number) => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(n)
  const s = data?.stats
  const c = data?.compare
  return (
    <section class="stack">
      <h1>{t.overview}</h1>
      <div class="controls">
        <SurveyPeriodPickers surveys={surveys} survey={survey} setSurvey={setSurvey} days={days} setDays={setDays} />
        <label>
          {t.unit}
          <select value={unit} onChange={(e) => setUnit((e.target as HTMLSelectElement).value as typeof unit)}>
            <option value="day">{t.day}</option>
            <option value="week">{t.week}</option>
            <option value="month">{t.month}</option>
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!s ? (
        !error && <p>{t.loading}</p>
      ) : (
        <>
          <div class="grid">
            <div class="card score" data-testid="nps">
              <h2>{t.nps}</h2>
              {s.nps_rounded === null ? (
                <p>{t.noAnswers}</p>
              ) : (
                <>
                  <p class="big">
                    <span data-testid="nps-value">{signed(s.nps_rounded)}</span>
                    {s.margin_of_error !== null && <span class="pm"> ± {num(s.margin_of_error)}</span>}
                  </p>
                  <p class="muted">{t.answersN(num(s.n))}</p>
                  {s.interval && <p class="muted">{t.interval(num(s.interval[0], 1), num(s.interval[1], 1))}</p>}
                  {s.low_confidence && (
                    <p class="badge warn" data-testid="low-confidence">
                      {t.lowConfidence}
                    </p>
                  )}
                </>
              )}
              {c && (
                <p class="compare" data-testid="compare">
                  {t.vsPrevious}:{' '}
                  {c.difference === null || c.margin_of_error === null ? (
                    t.notComparable
                  ) : (
                    <strong>
                      {signed(c.difference)} ± {num(c.margin_of_error)}, {c.significant ? t.realChange : t.withinNoise}
                    </strong>
                  )}
                </p>
              )}
            </div>
            <div class="card">
              <SplitBar promoters={s.promoters} passives={s.passives} detractors={s.detractors} />
            </div>
            <div class="card">
              <dl class="pairs">
                <dt>{t.responseRate}</dt>
                <dd>{s.response_rate === null ? t.noDisplays : `${num(s.response_rate, 1)} % (${t.ofDisplays(num(s.displays))})`}</dd>
                <dt>{t.dismissRate}</dt>
                <dd>{s.dismiss_rate === null ? t.noDisplays : `${num(s.dismiss_rate, 1)} %`}</dd>
                <dt>{t.excluded}</dt>
                <dd data-testid="excluded">
                  {s.excluded.total === 0
                    ? t.noneExcluded
                    : `${num(s.excluded.total)}: ` +
                      Object.entries(s.excluded.by_reason)
                        .map(([r, n]) => `${t.reasons[r] ?? r} ${num(n)}`)
                        .join(', ')}
                </dd>
              </dl>
            </div>
          </div>
          <div class="card">
            <h2>{t.trend}</h2>
            <TrendChart points={data!.trend.points} title={`${t.trend}, ${t.nps}`} />
            <p class="muted">{t.trendNote}</p>
            <div class="row">
              <TableToggle id="trend-table" label={`${t.trend}, ${t.nps}`}>
                <TrendTable points={data!.trend.points} caption={`${t.trend}, ${t.nps}`} />
              </TableToggle>
              <a class="button secondary small" href={data!.csv} download data-testid="export">
                {t.exportCsv}
              </a>
            </div>
          </div>
        </>
      )}
    </section>
  )
}
