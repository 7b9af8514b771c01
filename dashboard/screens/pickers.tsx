/** The survey and period choosers every results screen starts with. */
import { useApp } from '../context'
import type { PeriodDays } from '../period'
import type { SurveyInfo } from './surveys'

export const PERIODS: PeriodDays[] = [7, 30, 90, 365]

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
