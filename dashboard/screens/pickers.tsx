/** The survey and period choosers every results screen starts with. */
import { useState } from 'preact/hooks'
import { useApp } from '../context'
import type { PeriodDays } from '../period'
import type { SurveyInfo } from './surveys'

export const PERIODS: PeriodDays[] = [7, 30, 90, 365]

/** The Overview's period (30 days at first), remembered for the session like the survey. */
export function usePeriod(): [PeriodDays, (d: PeriodDays) => void] {
  const saved = Number(sessionStorage.getItem('tp_days'))
  const [days, setDays] = useState<PeriodDays>((PERIODS as number[]).includes(saved) ? (saved as PeriodDays) : 30)
  return [
    days,
    (d) => {
      sessionStorage.setItem('tp_days', String(d))
      setDays(d)
    },
  ]
}

export function SurveyPeriodPickers(p: { surveys: SurveyInfo[]; survey: string; setSurvey(id: string): void; days: PeriodDays; setDays(d: PeriodDays): void }) {
  const { t } = useApp()
  return (
    <>
      <label>
        {t.survey}
        <select value={p.survey} onChange={(e) => p.setSurvey((e.target as HTMLSelectElement).value)}>
          {p.surveys.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.period}
        <select value={p.days} onChange={(e) => p.setDays(Number((e.target as HTMLSelectElement).value) as PeriodDays)}>
          {PERIODS.map((d) => (
            <option key={d} value={d}>
              {t.days(d)}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
