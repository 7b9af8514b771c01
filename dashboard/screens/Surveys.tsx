/**
 * The project's surveys (GET /v1/surveys): kind, status, triggers; owners pause and
 * resume them. Creating and editing are still done through the API (docs/api-management.md).
 * @module
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api'
import { useApp } from '../context'

interface Survey {
  id: string
  name: string
  kind: string
  status: 'active' | 'paused' | 'archived'
  rules: { trigger_events?: string[] }
  created_at: number
}

export function Surveys() {
  const { t, me, date } = useApp()
  const [list, setList] = useState<Survey[] | null>(null)
  const owner = me.project?.role === 'owner'
  const load = () => api<{ surveys: Survey[] }>('/v1/surveys').then((r) => setList(r.surveys), () => setList([]))
  useEffect(() => void load(), [])
  const toggle = async (s: Survey) => {
    await api(`/v1/surveys/${encodeURIComponent(s.id)}/${s.status === 'active' ? 'pause' : 'resume'}`, 'POST')
    await load()
  }
  return (
    <section class="stack">
      <h1>{t.surveys}</h1>
      {list === null ? (
        <p>{t.loading}</p>
      ) : list.length === 0 ? (
        <p>{t.noSurveys}</p>
      ) : (
        <ul class="feed">
          {list.map((s) => (
            <li key={s.id} class="card" data-testid="survey">
              <h2>{s.name}</h2>
              <p class="meta">
                <span>{s.kind === 'transactional' ? t.transactional : t.relational}</span>
                <span class="badge" data-testid="status">
                  {t.status[s.status]}
                </span>
                {s.rules.trigger_events?.length ? <span>· {s.rules.trigger_events.join(', ')}</span> : null}
                <span>· {date(s.created_at)}</span>
              </p>
              {owner && s.status !== 'archived' && (
                <button type="button" class="secondary small" onClick={() => toggle(s)}>
                  {s.status === 'active' ? t.pause : t.resume}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
