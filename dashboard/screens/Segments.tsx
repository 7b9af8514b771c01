/**
 * The segment heatmap: NPS by the values of one dimension (rows) × day, week or month
 * (columns), each cell with its n, coloured by its NPS, greyed and marked below n = 30;
 * a cell opens its answers on the Comments screen. Every figure is what
 * /v1/stats/breakdown?unit= returns; the CSV is the same request's breakdown.csv.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { BreakdownResult } from '../../shared/results-contract'
import { api, query } from '../api'
import { TableToggle, useSigned } from '../charts'
import { useApp } from '../context'
import { period, type PeriodDays } from '../period'
import { linkTo } from './linked'
import { SurveyPeriodPickers } from './pickers'
import { useSurveys } from './surveys'

type Heatmap = v.InferOutput<typeof BreakdownResult>
type Group = Heatmap['groups'][number]
type Cell = NonNullable<Group['cells']>[number]
type Unit = 'day' | 'week' | 'month'

/** The dimensions offered; `trait` and `attribute` take a key typed beside them. */
const DIMENSIONS = ['segment', 'channel', 'platform', 'locale', 'returning', 'app_version', 'trait', 'attribute'] as const
type Dimension = (typeof DIMENSIONS)[number]
const KEY = /^[A-Za-z0-9_.-]{1,64}$/
/** Rows shown: the largest values; the rest are one "other values" row. */
const LIMIT = 20

/** A colour step for an NPS (the legend names the ranges; the number is in the cell). */
const heat = (nps: number) => (nps <= -50 ? 'h1' : nps < -10 ? 'h2' : nps <= 10 ? 'h3' : nps < 50 ? 'h4' : 'h5')

/** The answer-list filter that selects a row's value, or null when none can (no value, other values). */
function filterOf(by: string, g: Group): Record<string, string> | null {
  if (g.other || g.key === null) return null
  if (by === 'returning') return { returning: g.key === 'returning' ? 'true' : 'false' }
  return { [by]: g.key }
}

export function Segments() {
  const { t, num, locale } = useApp()
  const signed = useSigned()
  // The local dates a column covers, as people read them ("16–22 Nov"); clipped periods show their clipped dates.
  const df = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const dates = (from: string, to: string) => df.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
  const { surveys, survey, setSurvey, timeZone } = useSurveys()
  const [days, setDays] = useState<PeriodDays>(90)
  const [unit, setUnit] = useState<Unit>('week')
  const [dim, setDim] = useState<Dimension>('segment')
  const [key, setKey] = useState('')
  const [data, setData] = useState<Heatmap | null>(null)
  const [error, setError] = useState('')
  const wrap = useRef<HTMLDivElement>(null)

  const keyed = dim === 'trait' || dim === 'attribute'
  const by = keyed ? (KEY.test(key) ? `${dim}.${key}` : '') : dim
  const params = () => {
    const p = period(days, timeZone || 'UTC')
    return { survey, from: p.from, to: p.to, by, unit, limit: LIMIT }
  }
  useEffect(() => {
    if (!survey || !timeZone || !by) return
    setData(null)
    setError('')
    api<Heatmap>(`/v1/stats/breakdown${query(params())}`).then(setData, (e) => setError(String(e.message)))
  }, [survey, timeZone, days, unit, by])
  // The latest periods and the row totals are at the right end: start there when it scrolls.
  useEffect(() => {
    if (wrap.current) wrap.current.scrollLeft = wrap.current.scrollWidth
  }, [data])

  if (surveys === null) return <p>{t.loading}</p>
  if (surveys.length === 0) return <p>{t.noSurveys}</p>

  const dimName = keyed ? by || t.dimensions[dim] : t.dimensions[dim]
  const rowName = (g: Group) => (g.other ? t.otherValues : g.key === null ? t.noValue : dim === 'returning' ? t.returningValues[g.key] ?? g.key : g.key)
  const open = (filter: Record<string, string>, from: string, to: string) => {
    location.hash = linkTo('comments', { survey, from, to, ...filter, counted: 'true', has_comment: '' })
  }
  const cell = (c: Cell, row: string, col: string, filter: Record<string, string> | null, from: string, to: string) => {
    if (c.n === 0 || c.nps_rounded === null) {
      return (
        <span class="cell empty">
          <span aria-hidden="true">—</span>
          <span class="sr-only">{t.noAnswersShort}</span>
        </span>
      )
    }
    const body = (
      <>
        <span class="sr-only">{`${row}, ${col}: ${t.nps} `}</span>
        <span class="v">{signed(c.nps_rounded)}</span>
        <span class="n">n = {num(c.n)}</span>
        {c.low_confidence && (
          <span class="low">
            {t.lowN}
            <span class="sr-only">{`, ${t.lowConfidence}`}</span>
          </span>
        )}
      </>
    )
    const cls = `cell ${c.low_confidence ? 'grey' : heat(c.nps_rounded)}`
    return filter ? (
      <button type="button" class={cls} onClick={() => open(filter, from, to)}>
        {body}
      </button>
    ) : (
      <span class={cls}>{body}</span>
    )
  }

  // Only the figures of what is asked now (not the last dimension's while a key is being typed).
  const h = data && data.by === by ? data : null
  const periods = h?.periods ?? []
  // The rows as drawn: every group, then all answers together.
  const rows = h
    ? [
        ...h.groups.map((g) => ({ id: g.other ? '(other)' : g.key ?? '(none)', name: rowName(g), whole: g as Cell, cells: g.cells ?? [], filter: filterOf(by, g) })),
        { id: '(all)', name: t.allAnswers, whole: h.total as Cell, cells: periods as Cell[], filter: {} as Record<string, string> | null },
      ]
    : []
  return (
    <section class="stack">
      <h1>{t.segments}</h1>
      <form class="controls" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <SurveyPeriodPickers surveys={surveys} survey={survey} setSurvey={setSurvey} days={days} setDays={setDays} />
        <label>
          {t.periodsBy}
          <select value={unit} onChange={(e) => setUnit((e.target as HTMLSelectElement).value as Unit)}>
            <option value="day">{t.day}</option>
            <option value="week">{t.week}</option>
            <option value="month">{t.month}</option>
          </select>
        </label>
        <label>
          {t.splitBy}
          <select value={dim} onChange={(e) => setDim((e.target as HTMLSelectElement).value as Dimension)}>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t.dimensions[d]}
              </option>
            ))}
          </select>
        </label>
        {keyed && (
          <label>
            {t.propertyKey}
            <input value={key} onChange={(e) => setKey((e.target as HTMLInputElement).value.trim())} name="key" size={12} aria-describedby="key-hint" />
          </label>
        )}
        {h && (
          <a class="button secondary" href={`/v1/stats/breakdown.csv${query(params())}`} download data-testid="export">
            {t.exportCsv}
          </a>
        )}
      </form>
      {keyed && (
        <p class="muted" id="key-hint">
          {by ? t.propertyKeyHint : `${t.typeKey} (${t.propertyKeyHint})`}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {by && !h ? (
        !error && <p>{t.loading}</p>
      ) : h && h.total.n === 0 ? (
        <p>{t.noAnswers}</p>
      ) : h ? (
        <div class="card stack">
          <h2 id="heatmap-title">{t.heatmapTitle(dimName)}</h2>
          <p class="muted">{t.heatmapHint}</p>
          <div class="heatmap-wrap" role="region" aria-labelledby="heatmap-title" tabIndex={0} ref={wrap}>
            <table class="heatmap" data-testid="heatmap">
              <thead>
                <tr>
                  <th scope="col">{dimName}</th>
                  {periods.map((p) => (
                    <th scope="col" key={p.label}>
                      {p.label}
                      <span class="sub">{dates(p.from, p.to)}</span>
                    </th>
                  ))}
                  <th scope="col">
                    {t.wholePeriod}
                    <span class="sub">{dates(h.from, h.to)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} class={r.id === '(all)' ? 'all' : undefined}>
                    <th scope="row">{r.name}</th>
                    {r.cells.map((c, i) => (
                      <td key={periods[i].label} data-row={r.id} data-period={periods[i].label}>
                        {cell(c, r.name, periods[i].label, r.filter, periods[i].from, periods[i].to)}
                      </td>
                    ))}
                    <td data-row={r.id} data-period="all">
                      {cell(r.whole, r.name, t.wholePeriod, r.filter, h.from, h.to)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul class="heat-legend" aria-label={t.legend}>
            {(['h1', 'h2', 'h3', 'h4', 'h5'] as const).map((k, i) => (
              <li key={k}>
                <span class={`swatch ${k}`} aria-hidden="true" /> {t.heatRanges[i]}
              </li>
            ))}
            <li>
              <span class="swatch grey" aria-hidden="true" /> {t.lowNLegend}
            </li>
          </ul>
          <TableToggle id="heatmap-table" label={t.heatmapTitle(dimName)}>
            <table class="data" data-testid="heatmap-table">
              <caption>{t.heatmapTitle(dimName)}</caption>
              <thead>
                <tr>
                  <th scope="col">{dimName}</th>
                  <th scope="col">{t.periodCol}</th>
                  <th scope="col">{t.nps}</th>
                  <th scope="col">{t.intervalCol}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t.lowConfidenceCol}</th>
                </tr>
              </thead>
              <tbody>
                {rows.flatMap((r) =>
                  [...r.cells.map((c, i) => [periods[i].label, c] as const), [t.wholePeriod, r.whole] as const]
                    .filter(([, c]) => c.n > 0)
                    .map(([label, c]) => (
                      <tr key={`${r.id}|${label}`}>
                        <th scope="row">{r.name}</th>
                        <td>{label}</td>
                        <td>{c.nps_rounded === null ? '—' : signed(c.nps_rounded)}</td>
                        <td>{c.interval ? `${num(c.interval[0], 1)} … ${num(c.interval[1], 1)}` : '—'}</td>
                        <td>{num(c.n)}</td>
                        <td>{c.low_confidence ? t.yes : t.no}</td>
                      </tr>
                    )),
                )}
              </tbody>
            </table>
          </TableToggle>
        </div>
      ) : null}
    </section>
  )
}
