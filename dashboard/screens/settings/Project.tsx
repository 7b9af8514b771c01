/**
 * The project's settings through PATCH /v1/project: allowed origins (saved on add and
 * remove), the survey rules and language, and the follow-up settings. The server checks
 * every value; its field errors show beside the fields.
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api'
import { useApp } from '../../context'
import { Field, lines, NoteLine, useCall } from './form'

interface Followups {
  enabled?: boolean
  vip_trait?: string
  vip_value?: string
  high_priority_max_score?: number
  owners?: string[]
  default_owner?: string | null
  first_contact_minutes?: number
  resolution_hours_high?: number
  resolution_hours_normal?: number
  warn_minutes_before?: number
  business_hours?: { days: number[]; start: string; end: string } | null
  resurvey_after_days?: number | null
}

interface ProjectInfo {
  name: string
  allowed_origins: string[]
  cooldown_days: number
  cooldown_across_kinds: boolean
  require_verified_identity: boolean
  default_locale: string
  product_name: string | null
  time_zone: string
  new_within_days: number
  followups: Followups
}

const num = (v: FormDataEntryValue | null) => (v === null || v === '' ? undefined : Number(v))
/** A text field, or nothing when left empty (the stored value stays). */
const text = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === '' ? undefined : String(v).trim())
const ISO_DAYS = [1, 2, 3, 4, 5, 6, 7]

function Origins({ p, reload }: { p: ProjectInfo; reload: (p: ProjectInfo) => void }) {
  const { t } = useApp()
  const { errors, note, run } = useCall()
  const save = (list: string[], okText: string) => run(() => api<ProjectInfo>('/v1/project', 'PATCH', { allowed_origins: list }).then(reload), okText)
  const add = async (e: Event) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const value = String(new FormData(form).get('origin') ?? '').trim()
    if (!value) return
    if (await save([...p.allowed_origins.filter((o) => o !== value), value], t.stSaved)) form.reset()
  }
  const error = Object.entries(errors).find(([k]) => k.startsWith('allowed_origins'))?.[1]
  return (
    <div class="card stack">
      <h2>{t.allowedOrigins}</h2>
      <p class="muted">{t.allowedOriginsHint}</p>
      {p.allowed_origins.length === 0 ? (
        <p>{t.noOrigins}</p>
      ) : (
        <ul class="plain" aria-label={t.allowedOrigins}>
          {p.allowed_origins.map((o) => (
            <li key={o} data-testid="origin" class="row">
              <code>{o}</code>
              <button type="button" class="secondary small" aria-label={t.removeOrigin(o)} onClick={() => save(p.allowed_origins.filter((x) => x !== o), t.stSaved)}>
                {t.stRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row" noValidate>
        <Field label={t.newOrigin} error={error}>
          <input name="origin" placeholder="https://shop.example" inputMode="url" aria-invalid={error ? 'true' : undefined} />
        </Field>
        <button type="submit">{t.addOrigin}</button>
      </form>
      <NoteLine note={note} />
    </div>
  )
}

function Rules({ p, reload }: { p: ProjectInfo; reload: (p: ProjectInfo) => void }) {
  const { t } = useApp()
  const { errors, note, run } = useCall()
  const submit = (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    const product = String(f.get('product_name') ?? '').trim()
    void run(
      () =>
        api<ProjectInfo>('/v1/project', 'PATCH', {
          name: String(f.get('name') ?? ''),
          product_name: product === '' ? null : product,
          default_locale: String(f.get('default_locale') ?? ''),
          time_zone: String(f.get('time_zone') ?? ''),
          cooldown_days: num(f.get('cooldown_days')),
          cooldown_across_kinds: f.get('cooldown_across_kinds') === 'on',
          require_verified_identity: f.get('require_verified_identity') === 'on',
          new_within_days: num(f.get('new_within_days')),
        }).then(reload),
      t.stSaved,
    )
  }
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const bad = (k: string) => (errors[k] ? 'true' : undefined)
  return (
    <form class="card stack" onSubmit={submit} noValidate data-testid="rules">
      <h2>{t.projectSettings}</h2>
      <div class="grid">
        <Field label={t.stProjectName} error={errors.name}>
          <input name="name" defaultValue={p.name} aria-invalid={bad('name')} />
        </Field>
        <Field label={t.stProductName} error={errors.product_name}>
          <input name="product_name" defaultValue={p.product_name ?? ''} aria-invalid={bad('product_name')} />
        </Field>
        <Field label={t.stDefaultLocale} error={errors.default_locale}>
          <input name="default_locale" defaultValue={p.default_locale} aria-invalid={bad('default_locale')} />
        </Field>
        <Field label={t.stTimeZone} error={errors.time_zone}>
          <input name="time_zone" defaultValue={p.time_zone} list="tp-zones" aria-invalid={bad('time_zone')} />
        </Field>
        <Field label={t.cooldownDays} error={errors.cooldown_days}>
          <input name="cooldown_days" type="number" defaultValue={p.cooldown_days} aria-invalid={bad('cooldown_days')} />
        </Field>
        <Field label={t.newWithinDays} error={errors.new_within_days}>
          <input name="new_within_days" type="number" defaultValue={p.new_within_days} aria-invalid={bad('new_within_days')} />
        </Field>
      </div>
      <datalist id="tp-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <Field check label={t.cooldownAcrossKinds} error={errors.cooldown_across_kinds}>
        <input name="cooldown_across_kinds" type="checkbox" defaultChecked={p.cooldown_across_kinds} />
      </Field>
      <Field check label={t.requireVerified} error={errors.require_verified_identity}>
        <input name="require_verified_identity" type="checkbox" defaultChecked={p.require_verified_identity} />
      </Field>
      <NoteLine note={note} testid="rules-note" />
      <button type="submit" class="small">
        {t.stSave}
      </button>
    </form>
  )
}

function FollowupForm({ p, reload }: { p: ProjectInfo; reload: (p: ProjectInfo) => void }) {
  const { t, locale } = useApp()
  const { errors, note, run } = useCall()
  const fu = p.followups
  const [hours, setHours] = useState(!!fu.business_hours)
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d)) // 2024-01-01 was a Monday
  const submit = (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    const owner = String(f.get('default_owner') ?? '').trim()
    const resurvey = num(f.get('resurvey_after_days'))
    void run(
      () =>
        api<ProjectInfo>('/v1/project', 'PATCH', {
          followups: {
            enabled: f.get('enabled') === 'on',
            vip_trait: text(f.get('vip_trait')),
            vip_value: text(f.get('vip_value')),
            high_priority_max_score: num(f.get('high_priority_max_score')),
            owners: lines(String(f.get('owners') ?? '')),
            default_owner: owner === '' ? null : owner,
            first_contact_minutes: num(f.get('first_contact_minutes')),
            resolution_hours_high: num(f.get('resolution_hours_high')),
            resolution_hours_normal: num(f.get('resolution_hours_normal')),
            warn_minutes_before: num(f.get('warn_minutes_before')),
            business_hours: hours ? { days: f.getAll('days').map(Number), start: String(f.get('start') ?? ''), end: String(f.get('end') ?? '') } : null,
            resurvey_after_days: resurvey ?? null,
          },
        }).then(reload),
      t.stSaved,
    )
  }
  const e = (k: string) => errors[`followups.${k}`]
  const numField = (k: keyof Followups, label: string) => (
    <Field label={label} error={e(k)}>
      <input name={k} type="number" defaultValue={(fu[k] as number | null | undefined) ?? ''} aria-invalid={e(k) ? 'true' : undefined} />
    </Field>
  )
  return (
    <form class="card stack" onSubmit={submit} noValidate data-testid="followups">
      <h2>{t.followupSettings}</h2>
      <Field check label={t.followupsEnabled} error={e('enabled')}>
        <input name="enabled" type="checkbox" defaultChecked={!!fu.enabled} />
      </Field>
      <div class="grid">
        <Field label={t.vipTrait} error={e('vip_trait')}>
          <input name="vip_trait" defaultValue={fu.vip_trait ?? ''} />
        </Field>
        <Field label={t.vipValue} error={e('vip_value')}>
          <input name="vip_value" defaultValue={fu.vip_value ?? ''} />
        </Field>
        {numField('high_priority_max_score', t.highMax)}
        <Field label={t.stOwners} error={e('owners')}>
          <input name="owners" defaultValue={(fu.owners ?? []).join(', ')} />
        </Field>
        <Field label={t.defaultOwner} error={e('default_owner')}>
          <input name="default_owner" defaultValue={fu.default_owner ?? ''} />
        </Field>
        {numField('first_contact_minutes', t.firstContactMinutes)}
        {numField('resolution_hours_high', t.resolutionHigh)}
        {numField('resolution_hours_normal', t.resolutionNormal)}
        {numField('warn_minutes_before', t.warnBefore)}
        {numField('resurvey_after_days', t.resurveyDays)}
      </div>
      <Field check label={t.businessHours}>
        <input type="checkbox" checked={hours} onChange={(ev) => setHours((ev.target as HTMLInputElement).checked)} />
      </Field>
      {hours && (
        <fieldset class="stack">
          <legend>{t.workDays}</legend>
          <div class="row">
            {ISO_DAYS.map((d) => (
              <label class="check" key={d}>
                <input type="checkbox" name="days" value={d} defaultChecked={fu.business_hours ? fu.business_hours.days.includes(d) : d <= 5} />
                {dayName(d)}
              </label>
            ))}
          </div>
          <div class="row">
            <Field label={t.opens} error={e('business_hours.start')}>
              <input name="start" type="time" defaultValue={fu.business_hours?.start ?? '09:00'} />
            </Field>
            <Field label={t.closes} error={e('business_hours.end')}>
              <input name="end" type="time" defaultValue={fu.business_hours?.end ?? '18:00'} />
            </Field>
          </div>
        </fieldset>
      )}
      <NoteLine note={note} testid="followups-note" />
      <button type="submit" class="small">
        {t.stSave}
      </button>
    </form>
  )
}

export function ProjectSettings() {
  const { t, refresh } = useApp()
  const [p, setP] = useState<ProjectInfo | null>(null)
  useEffect(() => void api<ProjectInfo>('/v1/project').then(setP), [])
  if (!p) return <p class="loading">{t.loading}</p>
  const reload = (next: ProjectInfo) => {
    if (next.name !== p.name) refresh()
    setP(next)
  }
  return (
    <div class="stack">
      <Origins p={p} reload={reload} />
      <Rules p={p} reload={reload} />
      <FollowupForm p={p} reload={reload} />
    </div>
  )
}
