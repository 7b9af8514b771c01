/**
 * Plain SVG and CSS charts: the promoter/passive/detractor split and the trend with its
 * interval as a band, and their text equivalent — a table behind a "Show as table"
 * toggle. They draw the API's figures; they compute none.
 * @module
 */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { useApp } from './context'

export function SplitBar({ promoters, passives, detractors }: { promoters: number; passives: number; detractors: number }) {
  const { t, num } = useApp()
  const n = promoters + passives + detractors
  const parts: [string, string, number][] = [
    ['promoter', t.promoters, promoters],
    ['passive', t.passives, passives],
    ['detractor', t.detractors, detractors],
  ]
  return (
    <div>
      <div class="split" aria-hidden="true">
        {parts.map(([k, , c]) => (c > 0 ? <span key={k} class={`seg ${k}`} style={{ flexGrow: c }} /> : null))}
      </div>
      <ul class="legend">
        {parts.map(([k, label, c]) => (
          <li key={k}>
            <span class={`dot ${k}`} aria-hidden="true" /> {label}: <strong>{num(c)}</strong>
            {n > 0 ? ` (${num((c / n) * 100)} %)` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}

export interface TrendPoint {
  label: string
  n: number
  nps: number | null
  interval: [number, number] | null
}

const W = 640
const H = 210
const PAD = 28
/** Room under the plot for the bucket labels. */
const BOTTOM = 22

/** x of bucket i of `count` across the plot (one bucket: the middle). */
const xOf = (count: number) => (i: number) => PAD + (count === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (count - 1))

/** Runs of consecutive buckets that have a value: each is drawn as one line (gaps stay gaps). */
function runsOf(has: boolean[]): number[][] {
  const runs: number[][] = []
  has.forEach((h, i) => {
    if (!h) return
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === i - 1) last.push(i)
    else runs.push([i])
  })
  return runs
}

/** The buckets' labels under the plot, at most about eight. */
function BucketLabels({ labels, x }: { labels: string[]; x: (i: number) => number }) {
  const step = Math.max(1, Math.ceil(labels.length / 8))
  return (
    <>
      {labels.map((l, i) =>
        i % step === 0 ? (
          <text key={l} x={x(i)} y={H - 2} class="tick" text-anchor="middle">
            {l}
          </text>
        ) : null,
      )}
    </>
  )
}

/** NPS from −100 to +100 over the buckets, the 95 % interval as a shaded band; empty buckets leave gaps. */
export function TrendChart({ points, title }: { points: TrendPoint[]; title: string }) {
  const { num } = useApp()
  if (points.length === 0) return null
  const x = xOf(points.length)
  const y = (v: number) => PAD / 2 + ((100 - v) * (H - PAD / 2 - BOTTOM)) / 200
  // Runs of consecutive buckets with answers: each is one line and one band.
  const runs = runsOf(points.map((p) => p.nps !== null))
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="trend" role="img" aria-label={title}>
      {[100, 50, 0, -50, -100].map((v) => (
        <g key={v}>
          <line x1={PAD} x2={W - 4} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis zero' : 'axis'} />
          <text x={PAD - 4} y={y(v) + 4} class="tick" text-anchor="end">
            {num(v)}
          </text>
        </g>
      ))}
      {runs.map((r) => {
        const upper = r.map((i) => `${x(i)},${y(points[i].interval?.[1] ?? points[i].nps!)}`)
        const lower = r.map((i) => `${x(i)},${y(points[i].interval?.[0] ?? points[i].nps!)}`).reverse()
        const line = r.map((i) => `${x(i)},${y(points[i].nps!)}`).join(' ')
        return (
          <g key={r[0]}>
            {r.length > 1 ? <polygon points={[...upper, ...lower].join(' ')} class="band" /> : <line x1={x(r[0])} x2={x(r[0])} y1={y(points[r[0]].interval?.[1] ?? 0)} y2={y(points[r[0]].interval?.[0] ?? 0)} class="band-line" />}
            <polyline points={line} class="line" />
            {r.map((i) => (
              <circle key={i} cx={x(i)} cy={y(points[i].nps!)} r="3" class="point">
                <title>{`${points[i].label}: ${num(points[i].nps!, 1)} (n = ${num(points[i].n)})`}</title>
              </circle>
            ))}
          </g>
        )
      })}
      <BucketLabels labels={points.map((p) => p.label)} x={x} />
    </svg>
  )
}

export interface SharePoint {
  label: string
  /** 0…1, or null when the bucket has no base. */
  value: number | null
  n: number
}

/** A share from 0 to 100 % over the buckets (e.g. comments naming a theme); buckets without a base leave gaps. */
export function ShareChart({ points, title }: { points: SharePoint[]; title: string }) {
  const { num, locale } = useApp()
  if (points.length === 0) return null
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const x = xOf(points.length)
  const y = (v: number) => PAD / 2 + (1 - v) * (H - PAD / 2 - BOTTOM)
  const runs = runsOf(points.map((p) => p.value !== null))
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="trend" role="img" aria-label={title}>
      {[1, 0.75, 0.5, 0.25, 0].map((v) => (
        <g key={v}>
          <line x1={PAD} x2={W - 4} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis zero' : 'axis'} />
          <text x={PAD - 4} y={y(v) + 4} class="tick" text-anchor="end">
            {pct.format(v)}
          </text>
        </g>
      ))}
      {runs.map((r) => (
        <g key={r[0]}>
          <polyline points={r.map((i) => `${x(i)},${y(points[i].value!)}`).join(' ')} class="line" />
          {r.map((i) => (
            <circle key={i} cx={x(i)} cy={y(points[i].value!)} r="3" class="point">
              <title>{`${points[i].label}: ${pct.format(points[i].value!)} (n = ${num(points[i].n)})`}</title>
            </circle>
          ))}
        </g>
      ))}
      <BucketLabels labels={points.map((p) => p.label)} x={x} />
    </svg>
  )
}

/**
 * A "Show as table" button (aria-expanded) and, when pressed, the table it controls, in a
 * named region that scrolls sideways on a phone (focusable, so the keyboard can scroll it).
 */
export function TableToggle({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  const { t } = useApp()
  const [open, setOpen] = useState(false)
  return (
    <div class="table-toggle">
      <button type="button" class="secondary small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t.showTable}
      </button>
      <div id={id} class="table-wrap" hidden={!open} role="region" aria-label={t.tableLabel(label)} tabIndex={open ? 0 : -1}>
        {open && children}
      </div>
    </div>
  )
}

/** An NPS as the dashboard writes it: a sign, a whole number (the API's `nps_rounded`). */
export function useSigned() {
  const { locale } = useApp()
  const f = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 })
  return (n: number) => f.format(n)
}

export interface TablePoint {
  label: string
  n: number
  nps_rounded: number | null
  interval: [number, number] | null
  low_confidence: boolean
  excluded?: number
}

/** The trend's numbers as a table: period, NPS, 95 % interval, n, low confidence, excluded. */
export function TrendTable({ points, caption }: { points: TablePoint[]; caption: string }) {
  const { t, num } = useApp()
  const signed = useSigned()
  return (
    <table class="data" data-testid="trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.periodCol}</th>
          <th scope="col">{t.nps}</th>
          <th scope="col">{t.intervalCol}</th>
          <th scope="col">n</th>
          <th scope="col">{t.lowConfidenceCol}</th>
          <th scope="col">{t.excluded}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.label}>
            <th scope="row">{p.label}</th>
            <td>{p.nps_rounded === null ? '—' : signed(p.nps_rounded)}</td>
            <td>{p.interval ? `${num(p.interval[0], 1)} … ${num(p.interval[1], 1)}` : '—'}</td>
            <td>{num(p.n)}</td>
            <td>{p.low_confidence ? t.yes : t.no}</td>
            <td>{num(p.excluded ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
