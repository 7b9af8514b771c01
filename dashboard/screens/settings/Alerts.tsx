/**
 * Alert channels — Slack, Telegram, e-mail — and a plain webhook (a signed endpoint on
 * the follow-up events, listed under Webhooks): add, edit, enable/disable, delete, and
 * "Send test alert", which sends one marked message now and shows what the channel said.
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api'
import { useApp } from '../../context'
import { ALERT_EVENTS, Deliveries, EventChoice, TestButton, useEndpointActions, type Endpoint } from './endpoints'
import { Field, lines, NoteLine, useCall } from './form'

type Kind = 'slack' | 'telegram' | 'email' | 'webhook'
const KINDS: Kind[] = ['slack', 'telegram', 'email', 'webhook']

/** The kind's own fields: where the alert goes, and in which language. */
function Target({ kind, e, errors }: { kind: Kind; e?: Endpoint; errors: Record<string, string> }) {
  const { t } = useApp()
  return (
    <div class="row">
      {(kind === 'slack' || kind === 'webhook') && (
        <Field label={kind === 'slack' ? t.slackUrl : t.webhookUrl} error={errors.url}>
          <input name="url" type="url" defaultValue={e?.url ?? ''} placeholder={kind === 'slack' ? 'https://hooks.slack.com/services/…' : 'https://'} aria-invalid={errors.url ? 'true' : undefined} />
        </Field>
      )}
      {kind === 'telegram' && !e && (
        <Field label={t.botToken} error={errors.secret}>
          <input name="secret" autocomplete="off" aria-invalid={errors.secret ? 'true' : undefined} />
        </Field>
      )}
      {kind === 'telegram' && (
        <Field label={t.chatId} error={errors['config.chat_id']}>
          <input name="chat_id" defaultValue={String(e?.config.chat_id ?? '')} aria-invalid={errors['config.chat_id'] ? 'true' : undefined} />
        </Field>
      )}
      {kind === 'email' && (
        <Field label={t.recipients} error={errors['config.to'] ?? Object.entries(errors).find(([k]) => k.startsWith('config.to'))?.[1]}>
          <input name="to" defaultValue={(e?.config.to ?? []).join(', ')} />
        </Field>
      )}
      {kind !== 'webhook' && (
        <label>
          {t.alertLanguage}
          <select name="locale" defaultValue={e?.config.locale ?? ''}>
            <option value="">{t.projectLanguage}</option>
            <option value="en">English</option>
            <option value="ru">Русский</option>
            <option value="uk">Українська</option>
          </select>
        </label>
      )}
    </div>
  )
}

/** The body fields of the form for `kind` (create, or change when `editing`). */
function bodyOf(kind: Kind, f: FormData, editing: boolean) {
  const locale = String(f.get('locale') ?? '')
  const chat = String(f.get('chat_id') ?? '').trim()
  const config =
    kind === 'telegram'
      ? { chat_id: /^-?\d+$/.test(chat) ? Number(chat) : chat || undefined }
      : kind === 'email'
        ? { to: lines(String(f.get('to') ?? '')) }
        : {}
  return {
    events: f.getAll('events').map(String),
    ...(kind === 'slack' || kind === 'webhook' ? { url: String(f.get('url') ?? '').trim() } : {}),
    ...(kind === 'telegram' && !editing ? { secret: String(f.get('secret') ?? '').trim() } : {}),
    ...(kind !== 'webhook' ? { config: { ...config, ...(locale ? { locale } : {}) } } : {}),
  }
}

function Channel({ e, reload }: { e: Endpoint; reload: () => unknown }) {
  const { t } = useApp()
  const [editing, setEditing] = useState(false)
  const [log, setLog] = useState(false)
  const actions = useEndpointActions('/v1/alerts', reload)
  const save = useCall()
  const target = e.kind === 'telegram' ? `${t.chatId} ${e.config.chat_id ?? ''}` : e.kind === 'email' ? (e.config.to ?? []).join(', ') : e.url
  const submit = async (ev: Event) => {
    ev.preventDefault()
    const f = new FormData(ev.target as HTMLFormElement)
    if (await save.run(() => api(`/v1/alerts/${e.id}`, 'PATCH', bodyOf(e.kind as Kind, f, true)))) {
      setEditing(false)
      await reload()
    }
  }
  return (
    <li data-testid="channel" class="endpoint stack">
      <div>
        <strong>{t.stKinds[e.kind]}</strong> <span class="url">{target}</span>{' '}
        <span class={`badge ${e.enabled ? '' : 'warn'}`}>{e.enabled ? t.stEnabled : t.disabledBadge(e.disabled_reason ?? '')}</span>
        <div class="muted">
          {e.events.join(', ')}
          {e.config.locale ? ` · ${e.config.locale}` : ''}
        </div>
      </div>
      <div class="row">
        <TestButton base={`/v1/alerts/${e.id}`} label={t.sendTestAlert} />
        <button type="button" class="secondary small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t.stEdit}
        </button>
        <button type="button" class="secondary small" onClick={() => actions.toggle(e)}>
          {e.enabled ? t.stDisable : t.stEnable}
        </button>
        <button type="button" class="secondary small" aria-expanded={log} onClick={() => setLog(!log)}>
          {t.stDeliveries}
        </button>
        <button type="button" class="secondary small" onClick={() => actions.remove(e)}>
          {t.stDelete}
        </button>
      </div>
      <NoteLine note={actions.note} />
      {editing && (
        <form class="stack" onSubmit={submit} noValidate>
          <Target kind={e.kind as Kind} e={e} errors={save.errors} />
          <EventChoice chosen={e.events} error={save.errors.events} />
          <NoteLine note={save.note} />
          <button type="submit" class="small">
            {t.stSave}
          </button>
        </form>
      )}
      {log && <Deliveries base={`/v1/alerts/${e.id}`} />}
    </li>
  )
}

export function Alerts() {
  const { t } = useApp()
  const [list, setList] = useState<Endpoint[] | null>(null)
  const [kind, setKind] = useState<Kind>('slack')
  const [secret, setSecret] = useState('')
  const create = useCall()
  const load = () => api<{ endpoints: Endpoint[] }>('/v1/alerts').then((r) => setList(r.endpoints), () => setList([]))
  useEffect(() => void load(), [])
  const submit = async (e: Event) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const f = new FormData(form)
    let made: Endpoint | null = null
    const ok = await create.run(async () => {
      made = await api<Endpoint>(kind === 'webhook' ? '/v1/webhooks' : '/v1/alerts', 'POST', { ...(kind === 'webhook' ? {} : { kind }), ...bodyOf(kind, f, false) })
    }, kind === 'webhook' ? t.webhookAlertMade : undefined)
    if (ok && made) {
      form.reset()
      setSecret(kind === 'webhook' ? ((made as Endpoint).secret ?? '') : '')
      await load()
    }
  }
  return (
    <div class="stack">
      <div class="card stack">
        <h2>{t.alertChannels}</h2>
        {list === null ? (
          <p>{t.loading}</p>
        ) : list.length === 0 ? (
          <p class="muted">{t.noChannels}</p>
        ) : (
          <ul class="plain endpoints">
            {list.map((e) => (
              <Channel key={e.id} e={e} reload={load} />
            ))}
          </ul>
        )}
      </div>
      <form class="card stack" onSubmit={submit} noValidate>
        <h2>{t.addChannel}</h2>
        <label>
          {t.stKind}
          <select name="kind" value={kind} onChange={(ev) => setKind((ev.target as HTMLSelectElement).value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.stKinds[k]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'webhook' && <p class="muted">{t.webhookAlertHint}</p>}
        <Target kind={kind} errors={create.errors} key={kind} />
        <EventChoice chosen={ALERT_EVENTS} error={create.errors.events} key={`ev${kind}`} />
        {secret && (
          <p role="status">
            {t.signingSecret} <code class="link">{secret}</code>
          </p>
        )}
        <NoteLine note={create.note} />
        <button type="submit" class="small">
          {t.addChannel}
        </button>
      </form>
    </div>
  )
}
