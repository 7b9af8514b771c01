/** What webhook endpoints and alert channels share: their rows, deliveries with attempts, and "send a test". */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api'
import { useApp } from '../../context'
import { EVENT_NAMES } from '../../../shared/closed-loop/events'
import { NoteLine, useCall, type Note } from './form'

export const EVENTS = EVENT_NAMES
export const ALERT_EVENTS = ['followup.opened', 'followup.sla_warning', 'followup.sla_breached', 'endpoint.disabled']

export interface Endpoint {
  id: string
  kind: 'webhook' | 'slack' | 'telegram' | 'email'
  url: string
  events: string[]
  filter: { buckets?: string[]; survey_id?: string; max_score?: number; segments?: string[] }
  description: string
  enabled: boolean
  disabled_reason: string | null
  secret?: string
  config: { chat_id?: string | number; to?: string[]; locale?: string }
  created_at: number
}

interface Attempt {
  at: number
  duration_ms: number
  status_code: number | null
  error: string | null
  verdict: string
}

interface Delivery {
  id: number
  message_id: string
  event: string
  status: 'pending' | 'delivered' | 'dead'
  attempts: number
  last_status_code: number | null
  last_error: string | null
  created_at: number
  attempt_log?: Attempt[]
}

export interface TestResult {
  ok: boolean
  status_code: number | null
  duration_ms: number
  error: string | null
  verdict: string
}

/** The events to listen to, as checkboxes named `events`. */
export function EventChoice({ chosen, error }: { chosen: string[]; error?: string }) {
  const { t } = useApp()
  return (
    <fieldset>
      <legend>{t.stEvents}</legend>
      <div class="events">
        {EVENTS.map((ev) => (
          <label class="check" key={ev}>
            <input type="checkbox" name="events" value={ev} defaultChecked={chosen.includes(ev)} />
            <code>{ev}</code>
          </label>
        ))}
      </div>
      {error && <span class="error field-error">{error}</span>}
    </fieldset>
  )
}

function Attempts({ base, d }: { base: string; d: Delivery }) {
  const { t, date, num } = useApp()
  const [log, setLog] = useState<Attempt[] | null>(null)
  useEffect(() => void api<Delivery>(`${base}/deliveries/${d.id}`).then((r) => setLog(r.attempt_log ?? [])), [d.id, d.attempts])
  if (log === null) return <p>{t.loading}</p>
  return (
    <table class="attempts">
      <caption class="sr-only">{t.stAttempts}</caption>
      <thead>
        <tr>
          <th scope="col">{t.stTime}</th>
          <th scope="col">{t.stCode}</th>
          <th scope="col">{t.stDuration}</th>
          <th scope="col">{t.stVerdict}</th>
        </tr>
      </thead>
      <tbody>
        {log.map((a, i) => (
          <tr key={i} data-testid="attempt">
            <td>{date(a.at)}</td>
            <td>{a.status_code ?? '—'}</td>
            <td>{t.durationMs(num(a.duration_ms))}</td>
            <td>
              {a.verdict}
              {a.error ? ` · ${a.error}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Deliveries({ base }: { base: string }) {
  const { t, date } = useApp()
  const [list, setList] = useState<Delivery[] | null>(null)
  const [open, setOpen] = useState<number | null>(null)
  const { note, run } = useCall()
  const load = () => api<{ deliveries: Delivery[] }>(`${base}/deliveries?limit=20`).then((r) => setList(r.deliveries), () => setList([]))
  useEffect(() => void load(), [base])
  const resend = (d: Delivery) => run(() => api(`${base}/deliveries/${d.id}/resend`, 'POST').then(load), t.stResent)
  return (
    <div class="stack deliveries">
      <div class="row">
        <h3>{t.stDeliveries}</h3>
        <button type="button" class="secondary small" onClick={load}>
          {t.stRefresh}
        </button>
      </div>
      {list === null ? (
        <p>{t.loading}</p>
      ) : list.length === 0 ? (
        <p class="muted">{t.noDeliveries}</p>
      ) : (
        <ul class="plain">
          {list.map((d) => (
            <li key={d.id} data-testid="delivery" class="delivery">
              <div class="row">
                <span class={`badge ${d.status === 'dead' ? 'warn' : ''}`} data-testid="delivery-status">
                  {t.deliveryStatus[d.status]}
                </span>
                <code>{d.event}</code>
                <span class="muted">
                  {date(d.created_at)} · {t.attemptsN(d.attempts)}
                  {d.last_status_code !== null ? ` · ${t.stCode} ${d.last_status_code}` : ''}
                  {d.last_error ? ` · ${d.last_error}` : ''}
                </span>
                <button type="button" class="secondary small" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                  {t.stAttempts}
                </button>
                <button type="button" class="secondary small" onClick={() => resend(d)}>
                  {t.stResend}
                </button>
              </div>
              {open === d.id && <Attempts base={base} d={d} />}
            </li>
          ))}
        </ul>
      )}
      <NoteLine note={note} />
    </div>
  )
}

/** "Send a test": one marked message now through the real channel; shows what came back. */
export function TestButton({ base, label }: { base: string; label: string }) {
  const { t, num } = useApp()
  const [note, setNote] = useState<Note>(null)
  const [busy, setBusy] = useState(false)
  const send = async () => {
    setBusy(true)
    setNote(null)
    try {
      const r = await api<TestResult>(`${base}/test`, 'POST')
      setNote(r.ok ? { ok: true, text: t.testDelivered(String(r.status_code ?? ''), num(r.duration_ms)) } : { ok: false, text: t.testFailed(r.status_code !== null ? `${t.stCode} ${r.status_code}` : (r.error ?? r.verdict)) })
    } catch {
      setNote({ ok: false, text: t.failed })
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" class="small" onClick={send} disabled={busy}>
        {label}
      </button>
      <NoteLine note={note} testid="test-result" />
    </>
  )
}

/** Enable/disable and delete, with the list reloaded after. */
export function useEndpointActions(path: string, reload: () => unknown) {
  const { t } = useApp()
  const call = useCall()
  return {
    note: call.note,
    toggle: (e: Endpoint) => call.run(() => api(`${path}/${e.id}`, 'PATCH', { enabled: !e.enabled }).then(reload)),
    remove: (e: Endpoint) => {
      if (confirm(t.deleteConfirm)) void call.run(() => api(`${path}/${e.id}`, 'DELETE').then(reload))
    },
  }
}
