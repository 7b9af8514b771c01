/**
 * Webhook endpoints: add one (URL, events, optional filter), see its signing secret once,
 * enable/disable, delete, send a test message, and read its deliveries with every attempt
 * (status, code, duration), re-sending any of them.
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api'
import { useApp } from '../../context'
import type { SurveyInfo } from '../surveys'
import { Deliveries, EventChoice, TestButton, useEndpointActions, type Endpoint } from './endpoints'
import { Field, NoteLine, useCall } from './form'

const BUCKETS = ['detractor', 'passive', 'promoter'] as const

export function Webhooks() {
  const { t, date } = useApp()
  const [list, setList] = useState<Endpoint[] | null>(null)
  const [surveys, setSurveys] = useState<SurveyInfo[]>([])
  const [secret, setSecret] = useState('')
  const [open, setOpen] = useState<string | null>(null)
  const create = useCall()
  const load = () => api<{ endpoints: Endpoint[] }>('/v1/webhooks').then((r) => setList(r.endpoints), () => setList([]))
  const actions = useEndpointActions('/v1/webhooks', load)
  useEffect(() => {
    void load()
    void api<{ surveys: SurveyInfo[] }>('/v1/surveys').then((r) => setSurveys(r.surveys.filter((s) => s.status !== 'archived')), () => {})
  }, [])
  const submit = async (e: Event) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const f = new FormData(form)
    const buckets = f.getAll('buckets').map(String)
    const survey = String(f.get('survey') ?? '')
    const description = String(f.get('description') ?? '').trim()
    let made: Endpoint | null = null
    const ok = await create.run(async () => {
      made = await api<Endpoint>('/v1/webhooks', 'POST', {
        url: String(f.get('url') ?? '').trim(),
        events: f.getAll('events').map(String),
        filter: { ...(buckets.length && buckets.length < 3 ? { buckets } : {}), ...(survey ? { survey_id: survey } : {}) },
        ...(description ? { description } : {}),
      })
    })
    if (ok && made) {
      form.reset()
      setSecret((made as Endpoint).secret ?? '')
      await load()
    }
  }
  const filterText = (e: Endpoint) =>
    [e.filter.buckets?.map((b) => t.one[b] ?? b).join(', '), e.filter.survey_id && (surveys.find((s) => s.id === e.filter.survey_id)?.name ?? e.filter.survey_id)].filter(Boolean).join(' · ')
  return (
    <div class="stack">
      {secret && (
        <p role="status" class="card">
          {t.signingSecret} <code class="link" data-testid="whsec">{secret}</code>
        </p>
      )}
      <div class="card stack">
        <h2>{t.stWebhooks}</h2>
        {list === null ? (
          <p>{t.loading}</p>
        ) : list.length === 0 ? (
          <p class="muted">{t.noEndpoints}</p>
        ) : (
          <ul class="plain endpoints">
            {list.map((e) => (
              <li key={e.id} data-testid="endpoint" class="endpoint stack">
                <div>
                  <strong class="url">{e.url}</strong>{' '}
                  <span class={`badge ${e.enabled ? '' : 'warn'}`} data-testid="endpoint-state">
                    {e.enabled ? t.stEnabled : t.disabledBadge(e.disabled_reason ?? '')}
                  </span>
                  <div class="muted">
                    {e.events.join(', ')}
                    {filterText(e) ? ` · ${filterText(e)}` : ''}
                    {e.description ? ` · ${e.description}` : ''} · {date(e.created_at)}
                  </div>
                </div>
                <div class="row">
                  <TestButton base={`/v1/webhooks/${e.id}`} label={t.sendTest} />
                  <button type="button" class="secondary small" onClick={() => actions.toggle(e)}>
                    {e.enabled ? t.stDisable : t.stEnable}
                  </button>
                  <button type="button" class="secondary small" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>
                    {t.stDeliveries}
                  </button>
                  <button type="button" class="secondary small" onClick={() => actions.remove(e)}>
                    {t.stDelete}
                  </button>
                </div>
                {open === e.id && <Deliveries base={`/v1/webhooks/${e.id}`} />}
              </li>
            ))}
          </ul>
        )}
        <NoteLine note={actions.note} />
      </div>
      <form class="card stack" onSubmit={submit} noValidate>
        <h2>{t.createEndpoint}</h2>
        <Field label={t.webhookUrl} error={create.errors.url}>
          <input name="url" type="url" placeholder="https://crm.example/hooks/tenpoint" aria-invalid={create.errors.url ? 'true' : undefined} />
        </Field>
        <EventChoice chosen={['response.created']} error={create.errors.events} />
        <fieldset>
          <legend>{t.onlyBuckets}</legend>
          <div class="row">
            {BUCKETS.map((b) => (
              <label class="check" key={b}>
                <input type="checkbox" name="buckets" value={b} defaultChecked />
                {t.one[b]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="row">
          <label>
            {t.survey}
            <select name="survey">
              <option value="">{t.allSurveys}</option>
              {surveys.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <Field label={t.stDescription} error={create.errors.description}>
            <input name="description" maxLength={200} />
          </Field>
        </div>
        <NoteLine note={create.note} />
        <button type="submit" class="small">
          {t.createEndpoint}
        </button>
      </form>
    </div>
  )
}
