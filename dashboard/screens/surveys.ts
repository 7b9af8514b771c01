/** The project's surveys and time zone, and the survey chosen (remembered for the session). */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api'

export interface SurveyInfo {
  id: string
  name: string
  kind: string
  status: string
}

export function useSurveys() {
  const [surveys, setSurveys] = useState<SurveyInfo[] | null>(null)
  const [timeZone, setTimeZone] = useState('')
  const [survey, setSurveyState] = useState(sessionStorage.getItem('tp_survey') ?? '')
  useEffect(() => {
    Promise.all([api<{ surveys: SurveyInfo[] }>('/v1/surveys'), api<{ time_zone: string }>('/v1/project')]).then(([s, p]) => {
      const list = s.surveys.filter((x) => x.status !== 'archived')
      setSurveys(list)
      setTimeZone(p.time_zone || 'UTC')
      setSurveyState((cur) => (list.some((x) => x.id === cur) ? cur : list[0]?.id ?? ''))
    }, () => setSurveys([]))
  }, [])
  const setSurvey = (id: string) => {
    sessionStorage.setItem('tp_survey', id)
    setSurveyState(id)
  }
  return { surveys, survey, setSurvey, timeZone }
}
