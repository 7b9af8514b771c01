/**
 * The answers feed from /v1/answers: score, group, channel, order and time, the comment
 * always as text (never HTML), filters that also shape the CSV export link, and an
 * analyst's exclude / reinstate with a reason.
 * @module
 */
import { useEffect, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { Answer as AnswerSchema, AnswerPage } from '../../shared/results-contract'
import { api, query } from '../api'
import { useApp } from '../context'
import { period, type PeriodDays } from '../period'
import { SurveyPeriodPickers } from './pickers'
import { useSurveys } from './surveys'

type Answer = v.InferOutput<typeof AnswerSchema>
type Page = v.InferOutput<typeof AnswerPage>

interface Filters {
  bucket: string
  channel: string
  has_comment: string
  counted: string
}

export function Comments() {
  const { t, num, date } = useApp()
  const { surveys, survey, setSurvey, timeZone } = useSurveys()
  const [days, setDays] = useState<PeriodDays>(30)
  const [f, setF] = useState<Filters>({ bucket: '', channel: '', has_comment: 'true', counted: '' })
  const [answers, setAnswers] = useState<Answer[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)

  const params = () => {
    const p = period(days, timeZone || 'UTC')
    return { survey, from: p.from, to: p.to, bucket: f.bucket, channel: f.channel.trim(), has_comment: f.has_comment, counted: f.counted }
  }
  const load = async (more?: string) => {
    const page = await api<Page>(`/v1/answers${query({ ...params(), limit: 50, cursor: more })}`)
    setAnswers((cur) => (more && cur ? [...cur, ...page.answers] : page.answers))
    setCursor(page.next_cursor)
  }
  useEffect(() => {
    if (survey && timeZone) void load()
  }, [survey, timeZone, days, f.bucket, f.channel, f.has_comment, f.counted])

  if (surveys === null) return <p>{t.loading}</p>
  if (surveys.length === 0) return <p>{t.noSurveys}</p>
  const set = (k: keyof Filters) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).type === 'checkbox' ? ((e.target as HTMLInputElement).checked ? 'true' : '') : (e.target as HTMLInputElement).value })

  const decide = async (a: Answer, reason: string) => {
    const updated = await api<Answer>(`/v1/answers/${encodeURIComponent(a.id)}/${a.counted ? 'exclude' : 'reinstate'}`, 'POST', { reason })
    setAnswers((cur) => cur && cur.map((x) => (x.id === a.id ? { ...x, counted: updated.counted, flags: updated.flags } : x)))
    setEditing(null)
  }
  return (
    <section class="stack">
      <h1>{t.comments}</h1>
      <form class="controls" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <SurveyPeriodPickers surveys={surveys} survey={survey} setSurvey={setSurvey} days={days} setDays={setDays} />
        <label>
          {t.bucket}
          <select value={f.bucket} onChange={set('bucket')} name="bucket">
            <option value="">{t.any}</option>
            <option value="promoter">{t.promoters}</option>
            <option value="passive">{t.passives}</option>
            <option value="detractor">{t.detractors}</option>
          </select>
        </label>
        <label>
          {t.channel}
          <input value={f.channel} onChange={set('channel')} name="channel" size={10} />
        </label>
        <label>
          {t.counted}
          <select value={f.counted} onChange={set('counted')} name="counted">
            <option value="">{t.all}</option>
            <option value="true">{t.yes}</option>
            <option value="false">{t.no}</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={f.has_comment === 'true'} onChange={set('has_comment')} name="has_comment" /> {t.hasComment}
        </label>
        <a class="button secondary" href={`/v1/answers/export.csv${query(params())}`} download data-testid="export">
          {t.exportCsv}
        </a>
      </form>
      {answers === null ? (
        <p>{t.loading}</p>
      ) : answers.length === 0 ? (
        <p>{t.noMatches}</p>
      ) : (
        <ul class="feed">
          {answers.map((a) => (
            <li key={a.id} class={`card answer${a.counted ? '' : ' excluded'}`} data-testid="answer">
              <div class="meta">
                <span class={`chip ${a.bucket}`} aria-label={`${a.score}/10`}>
                  {num(a.score)}
                </span>
                <span>{t.one[a.bucket]}</span>
                {a.context.channel && <span>· {a.context.channel}</span>}
                <span>
                  · {t.order} {a.trigger_key}
                </span>
                <time dateTime={new Date(a.created_at).toISOString()}>· {date(a.created_at)}</time>
                {!a.counted && <span class="badge">{[t.notCounted, ...a.flags.map((x) => t.reasons[x] ?? x)].join(', ')}</span>}
              </div>
              <p class="comment" data-testid="comment">
                {a.comment ?? <span class="muted">{t.noComment}</span>}
              </p>
              {editing === a.id ? (
                <form
                  class="row"
                  onSubmit={(e) => {
                    e.preventDefault()
                    void decide(a, String(new FormData(e.target as HTMLFormElement).get('reason')))
                  }}
                >
                  <label>
                    {t.reason}
                    <input name="reason" required maxLength={500} />
                  </label>
                  <button type="submit">{t.confirm}</button>
                  <button type="button" class="secondary" onClick={() => setEditing(null)}>
                    {t.cancel}
                  </button>
                </form>
              ) : (
                <button type="button" class="secondary small" onClick={() => setEditing(a.id)}>
                  {a.counted ? t.exclude : t.reinstate}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" class="secondary" onClick={() => load(cursor)}>
          {t.more}
        </button>
      )}
    </section>
  )
}
