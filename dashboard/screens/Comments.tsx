/**
 * The answers feed from /v1/answers: score, group, channel, order and time, the comment
 * always as text (never HTML) with its themes and their sentiment, filters (a theme too,
 * from #/comments?theme=…) that also shape the CSV export link, the answer's follow-up
 * case, and an analyst's exclude / reinstate with a reason.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { Answer as AnswerSchema, AnswerPage } from '../../shared/results-contract'
import type { ThemeStatsResult } from '../../shared/themes-contract'
import { api, query } from '../api'
import { useApp } from '../context'
import { period, type PeriodDays } from '../period'
import { LinkedNote, useLinkedFilters } from './linked'
import { PERIODS, SurveyPeriodPickers } from './pickers'
import { useSurveys } from './surveys'

type Answer = v.InferOutput<typeof AnswerSchema>
type Page = v.InferOutput<typeof AnswerPage>

interface Filters {
  bucket: string
  channel: string
  has_comment: string
  counted: string
  theme: string
  theme_sentiment: string
}

export function Comments() {
  const { t, num, date } = useApp()
  const linked = useLinkedFilters()
  const { surveys, survey, setSurvey, timeZone } = useSurveys()
  const linkedDays = Number(linked.all.days)
  const [days, setDays] = useState<PeriodDays>((PERIODS as number[]).includes(linkedDays) ? (linkedDays as PeriodDays) : 30)
  const [f, setF] = useState<Filters>({
    bucket: '',
    channel: linked.all.channel ?? '',
    has_comment: linked.all.has_comment ?? 'true',
    counted: linked.all.counted ?? '',
    theme: linked.all.theme ?? '',
    theme_sentiment: '',
  })
  const [themes, setThemes] = useState<string[]>([])
  const [answers, setAnswers] = useState<Answer[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)

  const params = () => {
    const p = period(days, timeZone || 'UTC')
    return { survey, from: p.from, to: p.to, bucket: f.bucket, channel: f.channel.trim(), has_comment: f.has_comment, counted: f.counted, theme: f.theme, theme_sentiment: f.theme_sentiment, ...linked.extra }
  }
  // Only the newest request's answer is shown: a slower, older one (filters changed meanwhile) is dropped.
  const latest = useRef(0)
  const load = async (more?: string) => {
    const mine = ++latest.current
    const page = await api<Page>(`/v1/answers${query({ ...params(), limit: 50, cursor: more })}`)
    if (mine !== latest.current) return
    setAnswers((cur) => (more && cur ? [...cur, ...page.answers] : page.answers))
    setCursor(page.next_cursor)
  }
  useEffect(() => {
    if (survey && timeZone) void load()
  }, [survey, timeZone, days, f.bucket, f.channel, f.has_comment, f.counted, f.theme, f.theme_sentiment, linked.key])
  // The theme choices: the built-in ones and whatever this survey's comments mention in the period (a project's own themes).
  useEffect(() => {
    if (!survey || !timeZone) return
    const p = period(days, timeZone)
    api<v.InferOutput<typeof ThemeStatsResult>>(`/v1/stats/themes${query({ survey, from: p.from, to: p.to })}`).then((r) => setThemes(r.themes.map((x) => x.theme)), () => setThemes([]))
  }, [survey, timeZone, days])

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
        <label>
          {t.theme}
          <select value={f.theme} onChange={set('theme')} name="theme">
            <option value="">{t.any}</option>
            {[...new Set([...Object.keys(t.themeNames), ...themes, ...(f.theme ? [f.theme] : [])])].map((id) => (
              <option key={id} value={id}>
                {t.themeNames[id] ?? id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.themeSentiment}
          <select value={f.theme_sentiment} onChange={set('theme_sentiment')} name="theme_sentiment">
            <option value="">{t.any}</option>
            {['negative', 'positive', 'neutral'].map((x) => (
              <option key={x} value={x}>
                {t.sentiments[x]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={f.has_comment === 'true'} onChange={set('has_comment')} name="has_comment" /> {t.hasComment}
        </label>
        <a class="button secondary" href={`/v1/answers/export.csv${query(params())}`} download data-testid="export">
          {t.exportCsv}
        </a>
      </form>
      <LinkedNote linked={linked} />
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
              {a.themes.length > 0 && (
                <ul class="themes" aria-label={t.themes}>
                  {a.themes.map((x) => (
                    <li key={x.theme} class={`theme ${x.sentiment}`} data-testid="theme" data-theme={x.theme} data-sentiment={x.sentiment}>
                      {t.themeNames[x.theme] ?? x.theme} · {t.sentiments[x.sentiment]}
                    </li>
                  ))}
                </ul>
              )}
              {a.followup_id && (
                <a class="followup-link" href={`#/followups/${encodeURIComponent(a.followup_id)}`} data-testid="followup-link">
                  {t.fuOpenFollowup}
                </a>
              )}
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
