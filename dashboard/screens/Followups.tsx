/**
 * Follow-ups: the timing figures (GET /v1/followups/stats), the queue in SLA order
 * (GET /v1/followups?order=sla — breached first, then by the deadline due next) with its
 * filters, and one case (#/followups/<id>): assign to a member, change status, add a
 * note, read its history. Comments and notes always render as text.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import type * as v from 'valibot'
import type { FollowupCase, FollowupList, FollowupStats } from '../../shared/closed-loop/followup-contract'
import type { MemberList } from '../../shared/management/members'
import { api, HttpError, query } from '../api'
import { useApp } from '../context'
import type { PeriodDays } from '../period'
import { duration, percent, relative } from '../time'
import { PERIODS } from './pickers'

type Case = v.InferOutput<typeof FollowupCase>
type Stats = v.InferOutput<typeof FollowupStats>
type Member = v.InferOutput<typeof MemberList>['members'][number]

const DAY = 86_400_000
const LIVE = 'open,contacted'

/** `user:anna@shop.example` → anna@shop.example; the system and the customer by name. */
function useActor() {
  const { t } = useApp()
  return (actor: string) => (actor === 'tenpoint' ? t.fuSystem : actor === 'respondent' ? t.fuRespondent : actor.replace(/^user:/, ''))
}

export function Followups({ id }: { id?: string }) {
  // Re-render every half minute, so "due in 5 minutes" stays true while the screen is open.
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000)
    return () => clearInterval(timer)
  }, [])
  return id ? <CaseView id={id} /> : <Queue />
}

function Timing() {
  const { t, num, locale } = useApp()
  const [days, setDays] = useState<PeriodDays>(30)
  const [s, setS] = useState<Stats | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const now = Date.now()
    setFailed(false)
    api<Stats>(`/v1/followups/stats${query({ from: now - days * DAY, to: now + 1 })}`).then(setS, () => (setS(null), setFailed(true)))
  }, [days])
  const figure = (label: string, f: Stats['first_contact'] | undefined, testid: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={`${testid}-median`}>{!f || f.median_ms === null ? t.fuNoFigure : `${duration(locale, f.median_ms)} (n = ${num(f.n)})`}</dd>
      <dt>{t.fuWithinSla}</dt>
      <dd data-testid={`${testid}-sla`}>{!f || f.within_sla_share === null ? t.fuNoFigure : `${percent(locale, f.within_sla_share)} (n = ${num(f.n)})`}</dd>
    </>
  )
  return (
    <section class="card stack" aria-labelledby="fu-timing">
      <div class="row spread">
        <h2 id="fu-timing">{t.fuTiming}</h2>
        <label>
          {t.period}
          <select value={days} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value) as PeriodDays)}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                {t.days(d)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {s && <p class="muted">{t.fuOpened(num(s.opened), num(s.open))}</p>}
      {failed && (
        <p role="alert" class="error">
          {t.failed}
        </p>
      )}
      <dl class="pairs narrow-stack">
        {figure(t.fuMedianContact, s?.first_contact, 'contact')}
        {figure(t.fuMedianResolution, s?.resolution, 'resolution')}
      </dl>
    </section>
  )
}

interface Filters {
  status: string
  owner: string
  priority: string
  breached: string
}

function Queue() {
  const { t, me } = useApp()
  const [f, setF] = useState<Filters>({ status: LIVE, owner: '', priority: '', breached: '' })
  const [cases, setCases] = useState<Case[] | null>(null)
  const [next, setNext] = useState<number | null>(null)
  const [members, setMembers] = useState<Member[]>([])
  const [error, setError] = useState('')
  useEffect(() => void api<{ members: Member[] }>('/v1/members').then((r) => setMembers(r.members), () => setMembers([])), [])
  // Only the newest request's answer is shown (filters changed while an older one was out).
  const latest = useRef(0)
  const load = async (offset?: number) => {
    const mine = ++latest.current
    setError('')
    try {
      const owner = f.owner === 'mine' ? me.email : f.owner === 'unassigned' ? '' : f.owner
      const page = await api<v.InferOutput<typeof FollowupList>>(
        `/v1/followups${query({ order: 'sla', status: f.status, owner, unassigned: f.owner === 'unassigned' ? 'true' : '', priority: f.priority, breached: f.breached, limit: 50, offset })}`,
      )
      if (mine !== latest.current) return
      setCases((cur) => (offset && cur ? [...cur, ...page.followups] : page.followups))
      setNext(page.next_offset)
    } catch (e) {
      setError(String((e as Error).message))
    }
  }
  useEffect(() => void load(), [f.status, f.owner, f.priority, f.breached])
  const set = (k: keyof Filters) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLSelectElement).value })
  return (
    <section class="stack">
      <h1>{t.followups}</h1>
      <Timing />
      <form class="controls" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.fuStatusLabel}
          <select value={f.status} onChange={set('status')} name="status">
            <option value={LIVE}>{t.fuStatusLive}</option>
            {['open', 'contacted', 'resolved', 'closed'].map((s) => (
              <option key={s} value={s}>
                {t.fuStatus[s]}
              </option>
            ))}
            <option value="">{t.all}</option>
          </select>
        </label>
        <label>
          {t.fuOwner}
          <select value={f.owner} onChange={set('owner')} name="owner">
            <option value="">{t.fuAnyone}</option>
            <option value="mine">{t.fuMine}</option>
            <option value="unassigned">{t.fuUnassigned}</option>
            {members.map((m) => (
              <option key={m.id} value={m.email}>
                {m.email}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.fuPriority}
          <select value={f.priority} onChange={set('priority')} name="priority">
            <option value="">{t.any}</option>
            <option value="high">{t.fuPriorities.high}</option>
            <option value="normal">{t.fuPriorities.normal}</option>
          </select>
        </label>
        <label>
          {t.fuSla}
          <select value={f.breached} onChange={set('breached')} name="breached">
            <option value="">{t.any}</option>
            <option value="true">{t.fuBreachedOnly}</option>
            <option value="false">{t.fuNotBreached}</option>
          </select>
        </label>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {cases === null ? (
        !error && <p>{t.loading}</p>
      ) : cases.length === 0 ? (
        <p>{t.fuNone}</p>
      ) : (
        <ul class="feed">
          {cases.map((c) => (
            <li key={c.id} class={`card case${c.breached.first_contact || c.breached.resolution ? ' breached' : ''}`} data-testid="case">
              <CaseSummary c={c} />
              <a class="button secondary small" href={`#/followups/${encodeURIComponent(c.id)}`}>
                {t.fuOpenCase}
                <span class="sr-only"> {c.response?.user_id ?? c.response?.order_id ?? c.id}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {next !== null && (
        <button type="button" class="secondary" onClick={() => load(next)}>
          {t.more}
        </button>
      )}
    </section>
  )
}

/** What the queue and the case both show: score, bucket, priority, status, owner, the comment, who and which order, the two deadlines. */
function CaseSummary({ c }: { c: Case }) {
  const { t, num, date, locale } = useApp()
  const now = Date.now()
  const r = c.response
  const live = c.status === 'open' || c.status === 'contacted'
  const deadline = (label: string, due: number, doneAt: number | null, late: boolean, needed: boolean, testid: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testid} class={late && doneAt === null && needed ? 'error' : undefined}>
        {doneAt !== null
          ? `${t.fuDone(date(doneAt))}${late ? ` (${t.fuLate})` : ''}`
          : !needed
            ? t.fuNotNeeded
            : late
              ? t.fuBreachedSince(relative(locale, due, now))
              : t.fuDue(relative(locale, due, now))}
      </dd>
    </>
  )
  return (
    <>
      <div class="meta">
        {r && r.score !== null && r.bucket && (
          <>
            <span class={`chip ${r.bucket}`} aria-label={`${r.score}/10`}>
              {num(r.score)}
            </span>
            <span>{t.one[r.bucket]}</span>
          </>
        )}
        <span class={`badge${c.priority === 'high' ? ' warn' : ''}`} data-testid="priority">
          {t.fuPriorities[c.priority]}
        </span>
        <span class="badge" data-testid="status">
          {t.fuStatus[c.status]}
        </span>
        {(c.breached.first_contact || c.breached.resolution) && live && <span class="badge danger">{t.fuBreached}</span>}
        <span data-testid="owner">
          · {t.fuOwner}: {c.owner ?? t.fuNoOwner}
        </span>
      </div>
      <p class="comment" data-testid="comment">
        {r?.comment ?? <span class="muted">{t.noComment}</span>}
      </p>
      <p class="muted">
        {t.fuCustomer}: {r?.user_id ?? t.fuAnonymous} · {t.order} {r?.order_id ?? '—'}
        {r?.channel ? ` · ${r.channel}` : ''} · <time dateTime={new Date(c.created_at).toISOString()}>{date(c.created_at)}</time>
      </p>
      <dl class="pairs">
        {deadline(t.fuFirstContact, c.first_contact_due, c.contacted_at, c.breached.first_contact, c.status !== 'closed' && !(c.status === 'resolved' && c.contacted_at === null), 'first-contact')}
        {deadline(t.fuResolution, c.resolution_due, c.status === 'resolved' ? c.resolved_at : null, c.breached.resolution, c.status !== 'closed', 'resolution')}
      </dl>
    </>
  )
}

function CaseView({ id }: { id: string }) {
  const { t, date } = useApp()
  const actor = useActor()
  const [c, setC] = useState<Case | null>(null)
  const [members, setMembers] = useState<Member[]>([])
  const [error, setError] = useState('')
  const [saved, setSaved] = useState('')
  const [closing, setClosing] = useState(false)
  const path = `/v1/followups/${encodeURIComponent(id)}`
  const reload = () => api<Case>(path).then(setC, (e) => setError(String(e.message)))
  useEffect(() => {
    void reload()
    api<{ members: Member[] }>('/v1/members').then((r) => setMembers(r.members), () => setMembers([]))
  }, [id])

  const act = async (method: string, sub: string, body: unknown) => {
    setError('')
    setSaved('')
    try {
      setC(await api<Case>(path + sub, method, body))
      setSaved(t.fuSaved)
      setClosing(false)
      return true
    } catch (e) {
      if (e instanceof HttpError && e.status === 409) {
        setError(t.fuConflict)
        await reload()
      } else setError(String((e as Error).message))
      return false
    }
  }
  const form = (e: Event) => {
    e.preventDefault()
    return { el: e.target as HTMLFormElement, data: new FormData(e.target as HTMLFormElement) }
  }

  if (!c) return error ? <p role="alert" class="error">{error}</p> : <p>{t.loading}</p>
  const live = c.status === 'open' || c.status === 'contacted'
  const owners = c.owner && !members.some((m) => m.email === c.owner) ? [c.owner, ...members.map((m) => m.email)] : members.map((m) => m.email)
  const describe = (l: NonNullable<Case['log']>[number]) =>
    l.kind === 'status'
      ? l.before === null
        ? t.fuLogOpened
        : t.fuLogStatus(t.fuStatus[l.before] ?? l.before, t.fuStatus[l.after ?? ''] ?? String(l.after))
      : l.kind === 'assign'
        ? t.fuLogAssign(String(l.after))
        : l.kind === 'note'
          ? t.fuLogNote
          : l.kind === 'comment'
            ? t.fuLogComment
            : l.kind === 'score'
              ? t.fuLogScore(String(l.before), String(l.after))
              : l.kind
  return (
    <section class="stack">
      <p>
        <a href="#/followups">← {t.fuBack}</a>
      </p>
      <h1>{t.fuCase}</h1>
      <div class="card" data-testid="case-detail">
        <CaseSummary c={c} />
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="ok">
        {saved}
      </p>
      <div class="grid">
        <form
          class="card stack"
          onSubmit={(e) => {
            const { data } = form(e)
            void act('POST', '/assign', { owner: String(data.get('owner')) })
          }}
        >
          <label>
            {t.fuAssignTo}
            <select name="owner" key={c.owner ?? ''} defaultValue={c.owner ?? ''} required>
              {!c.owner && <option value="">{t.fuNoOwner}</option>}
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="small">
            {t.fuAssign}
          </button>
        </form>
        {live && (
          <div class="card stack" role="group" aria-label={t.fuStatusLabel}>
            <div class="row">
              {c.status === 'open' && (
                <button type="button" onClick={() => act('PATCH', '', { status: 'contacted' })}>
                  {t.fuMarkContacted}
                </button>
              )}
              <button type="button" onClick={() => act('PATCH', '', { status: 'resolved' })}>
                {t.fuResolve}
              </button>
              {c.status === 'open' && !closing && (
                <button type="button" class="secondary" onClick={() => setClosing(true)}>
                  {t.fuCloseNoContact}
                </button>
              )}
            </div>
            {closing && (
              <form
                class="row"
                onSubmit={(e) => {
                  const { data } = form(e)
                  void act('PATCH', '', { status: 'closed', reason: String(data.get('reason')) })
                }}
              >
                <label>
                  {t.fuCloseReason}
                  <input name="reason" required maxLength={500} />
                </label>
                <button type="submit">{t.fuCloseNoContact}</button>
                <button type="button" class="secondary" onClick={() => setClosing(false)}>
                  {t.cancel}
                </button>
              </form>
            )}
          </div>
        )}
        <form
          class="card stack"
          onSubmit={async (e) => {
            const { el, data } = form(e)
            if (await act('POST', '/notes', { text: String(data.get('text')) })) el.reset()
          }}
        >
          <label>
            {t.fuNote}
            <textarea name="text" required maxLength={4000} rows={3} />
          </label>
          <button type="submit" class="small">
            {t.fuAddNote}
          </button>
        </form>
      </div>
      <section class="card" aria-labelledby="fu-history">
        <h2 id="fu-history">{t.fuHistory}</h2>
        <ol class="history" data-testid="history">
          {(c.log ?? []).map((l, i) => (
            <li key={i} data-testid="log">
              <div class="meta">
                <time dateTime={new Date(l.at).toISOString()}>{date(l.at)}</time>
                <span>· {actor(l.actor)}</span>
              </div>
              <p class="log-what">{describe(l)}</p>
              {l.note !== null && <p class="comment">{l.note}</p>}
              {l.kind === 'comment' && (
                <dl class="pairs">
                  <dt>{t.fuBefore}</dt>
                  <dd class="comment">{l.before ?? '—'}</dd>
                  <dt>{t.fuAfter}</dt>
                  <dd class="comment">{l.after ?? '—'}</dd>
                </dl>
              )}
            </li>
          ))}
        </ol>
      </section>
    </section>
  )
}
