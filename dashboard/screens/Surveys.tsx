/**
 * The project's surveys (GET /v1/surveys): kind, status, triggers; owners create, edit,
 * pause, resume and archive them; analysts open them read-only. #/surveys/new and
 * #/surveys/<id> open the editor (SurveyEditor.tsx, loaded on demand: the first screen
 * stays small).
 * @module
 */
import type { FunctionComponent } from 'preact'
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

type Editor = FunctionComponent<{ id: string | null }>
let editor: Promise<Editor> | undefined
const loadEditor = () => (editor ??= import('./SurveyEditor').then((m) => m.SurveyEditor))

export function Surveys() {
  // The rest of the route after #/surveys/ (main.tsx re-renders on every hash change).
  const sub = location.hash.replace(/^#\/?surveys\/?/, '')
  if (sub) return <EditorScreen key={sub} id={sub === 'new' ? null : decodeURIComponent(sub)} />
  return <SurveyList />
}

function EditorScreen(p: { id: string | null }) {
  const { t } = useApp()
  const [Loaded, setLoaded] = useState<{ c: Editor } | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => void loadEditor().then((c) => setLoaded({ c }), () => setFailed(true)), [])
  if (failed) return <p role="alert" class="error">{t.failed}</p>
  return Loaded ? <Loaded.c id={p.id} /> : <p>{t.loading}</p>
}

function SurveyList() {
  const { t, me, date } = useApp()
  const [list, setList] = useState<Survey[] | null>(null)
  const owner = me.project?.role === 'owner'
  const load = () => api<{ surveys: Survey[] }>('/v1/surveys').then((r) => setList(r.surveys), () => setList([]))
  useEffect(() => void load(), [])
  const act = async (s: Survey, action: 'pause' | 'resume' | 'archive') => {
    if (action === 'archive' && !confirm(t.archiveConfirm(s.name))) return
    await api(`/v1/surveys/${encodeURIComponent(s.id)}/${action}`, 'POST')
    await load()
  }
  return (
    <section class="stack">
      <div class="row between">
        <h1>{t.surveys}</h1>
        {owner && (
          <a class="button" href="#/surveys/new" onMouseEnter={() => void loadEditor()}>
            {t.newSurvey}
          </a>
        )}
      </div>
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
              <div class="row">
                <a class="button secondary small" href={`#/surveys/${encodeURIComponent(s.id)}`} aria-label={`${owner ? t.edit : t.view}: ${s.name}`}>
                  {owner ? t.edit : t.view}
                </a>
                {owner && s.status !== 'archived' && (
                  <>
                    <button type="button" class="secondary small" onClick={() => act(s, s.status === 'active' ? 'pause' : 'resume')}>
                      {s.status === 'active' ? t.pause : t.resume}
                    </button>
                    <button type="button" class="secondary small" onClick={() => act(s, 'archive')}>
                      {t.archive}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
