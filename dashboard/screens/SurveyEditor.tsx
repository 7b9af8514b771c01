/**
 * The survey editor (#/surveys/new, #/surveys/<id>), loaded on demand from Surveys: name,
 * kind, triggers, every rule of the API, texts per locale with the text each empty field
 * falls back to, and the theme; saved through POST / PATCH /v1/surveys, whose field errors
 * are shown next to their fields. Beside it, the preview: the real widget (preview.html in
 * a frame) showing the unsaved draft at desktop or phone width. Analysts read, owners change.
 * @module
 */
import type { InputHTMLAttributes, JSX } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { loadMessages, questionFor, SUPPORTED_LOCALES, type LocaleCode, type Messages } from '../../shared/i18n'
import { api, HttpError, type FieldError } from '../api'
import { useApp } from '../context'
import { setLeaveGuard } from '../leave-guard'
import { PREVIEW_PATH } from '../preview-protocol'
import { BUCKETS, createBody, draftOf, NUMBER_RULES, patchBody, previewOf, sameDraft, TEXT_FIELDS, type Draft, type NumberRule, type Survey, type TextField } from './survey-draft'

interface Project {
  product_name: string | null
  default_locale: string
}

const CODES = SUPPORTED_LOCALES.map((l) => l.code)
/** A survey just created, handed to the editor that opens at its address (so "Saved." stays on screen). */
let created: Survey | null = null
const fieldId = (path: string) => 'f-' + path.replace(/[^\w]/g, '-')

/** The locale whose texts the editor opens on: the interface's language when the survey has texts in it or in none, else the first it has. */
function textsLocaleOf(s: Survey | null, uiLocale: string): LocaleCode {
  const own = Object.keys(s?.texts ?? {}).filter((l): l is LocaleCode => CODES.includes(l as LocaleCode))
  const ui = CODES.includes(uiLocale as LocaleCode) ? (uiLocale as LocaleCode) : 'en'
  return own.length && !own.includes(ui) ? own[0] : ui
}

export function SurveyEditor(props: { id: string | null }) {
  const { t, me, locale: uiLocale } = useApp()
  const owner = me.project?.role === 'owner'
  const ro = !owner
  const [handed] = useState(() => {
    const s = created?.id === props.id ? created : null
    created = null
    return s
  })
  const [saved, setSaved] = useState<Survey | null>(handed)
  const [draft, setDraft] = useState<Draft | null>(handed ? draftOf(handed) : props.id ? null : draftOf())
  const [project, setProject] = useState<Project | null>(null)
  const [textLocale, setTextLocale] = useState<LocaleCode>(() => textsLocaleOf(handed, uiLocale))
  const [builtIn, setBuiltIn] = useState<Messages | null>(null)
  const [errors, setErrors] = useState<FieldError[]>([])
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(handed ? { ok: true, text: t.saved } : null)
  const [busy, setBusy] = useState(false)
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop')
  const [missing, setMissing] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  const form = useRef<HTMLFormElement>(null)

  // Unsaved changes: asked before a link or the tab takes the person away.
  const baseline = useMemo(() => draftOf(saved), [saved])
  const dirty = !!draft && owner && !sameDraft(draft, baseline)
  const dirtyNow = useRef(false)
  dirtyNow.current = dirty
  useEffect(() => setLeaveGuard(() => (dirtyNow.current ? t.unsavedLeave : null)), [t])

  useEffect(() => void api<Project>('/v1/project').then(setProject, () => setProject({ product_name: null, default_locale: 'en' })), [])
  useEffect(() => {
    if (!props.id || saved?.id === props.id) return
    api<Survey>(`/v1/surveys/${encodeURIComponent(props.id)}`).then(
      (s) => {
        setSaved(s)
        setDraft(draftOf(s))
        setTextLocale(textsLocaleOf(s, uiLocale))
      },
      () => setMissing(true),
    )
  }, [props.id])
  useEffect(() => {
    let live = true
    setBuiltIn(null)
    loadMessages(textLocale).then((m) => live && setBuiltIn(m))
    return () => void (live = false)
  }, [textLocale])

  // The preview: the draft goes to the frame whenever it changes, and again when the frame says it is ready.
  const preview = useMemo(() => (draft && project ? previewOf(draft, textLocale, project.product_name) : null), [draft, project, textLocale])
  const latest = useRef(preview)
  latest.current = preview
  const post = () => latest.current && frame.current?.contentWindow?.postMessage({ tenpoint: 'preview', draft: latest.current }, location.origin)
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin === location.origin && e.source === frame.current?.contentWindow && e.data?.tenpoint === 'preview-ready') post()
    }
    addEventListener('message', onMessage)
    return () => removeEventListener('message', onMessage)
  }, [])
  useEffect(() => void post(), [preview])

  // After a refusal, focus goes to the first field the API marked.
  useEffect(() => {
    if (errors.length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  if (missing) return <p role="alert" class="error">{t.surveyMissing}</p>
  if (!props.id && ro)
    return (
      <p role="alert" class="error">
        {t.ownersOnly}
      </p>
    )
  if (!draft || !project) return <p>{t.loading}</p>

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const setRule = (k: NumberRule, v: string) => set({ rules: { ...draft.rules, [k]: v } })
  const setText = (f: TextField, v: string) => set({ texts: { ...draft.texts, [textLocale]: { ...draft.texts[textLocale], [f]: v } } })
  const errorOf = (path: string) => errors.find((e) => e.field === path || e.field.startsWith(path + '.'))?.message
  const languages = new Intl.DisplayNames([uiLocale], { type: 'language' })
  const language = (code: string) => `${languages.of(code) ?? code} (${code})`

  /** Paths that have a field on screen; other refusals are listed in the summary. */
  const shown = new Set(['name', 'kind', 'product', 'default_locale', 'rules.trigger_events', 'rules.client_triggers', ...NUMBER_RULES.map((k) => `rules.${k}`), 'theme.brand', 'theme.position', 'theme.mode', ...TEXT_FIELDS.map((f) => `texts.${textLocale}.${f}`)])
  const elsewhere = errors.filter((e) => ![...shown].some((p) => e.field === p || e.field.startsWith(p + '.')))

  /** A labelled control with its hint and the API's error for `path`, tied to it by aria-describedby. */
  const field = (path: string, label: string, control: (a: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => JSX.Element, hint?: string) => {
    const id = fieldId(path)
    const error = errorOf(path)
    const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
    return (
      <div class="field" key={path}>
        <label for={id}>{label}</label>
        {control({ id, ...(error ? { 'aria-invalid': 'true' as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
        {hint && (
          <p id={`${id}-hint`} class="hint" data-testid={`hint-${path}`}>
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} class="error" data-testid={`error-${path}`}>
            {error}
          </p>
        )}
      </div>
    )
  }
  const input = (value: string, onInput: (v: string) => void, extra: InputHTMLAttributes<HTMLInputElement> = {}) => (a: object) => (
    <input {...a} {...extra} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
  )
  const numberRule = (k: NumberRule, label: string) =>
    field(`rules.${k}`, label, input(draft.rules[k], (v) => setRule(k, v), { type: 'number', inputMode: k === 'sampling_percent' ? 'decimal' : 'numeric', step: k === 'sampling_percent' ? 'any' : 1 }))

  /** The text an empty field of the chosen locale shows: the widget's built-in one (the question with the product's name). */
  const product = draft.product.trim() || project.product_name || ''
  const fallback = (f: TextField): string => {
    if (!builtIn) return ''
    if (f === 'question') return questionFor(builtIn, product)
    if (f === 'low' || f === 'high') return builtIn[f]
    const [group, b] = f.split('.') as ['why' | 'thanks', (typeof BUCKETS)[number]]
    return builtIn[group][b]
  }
  const textField = (f: TextField, label: string) => {
    const value = draft.texts[textLocale]?.[f] ?? ''
    const long = f === 'question' || f.startsWith('thanks') || f.startsWith('why')
    return field(
      `texts.${textLocale}.${f}`,
      label,
      (a) =>
        long ? (
          <textarea {...a} rows={2} lang={textLocale} value={value} onInput={(e) => setText(f, e.currentTarget.value)} />
        ) : (
          <input {...a} lang={textLocale} value={value} onInput={(e) => setText(f, e.currentTarget.value)} />
        ),
      value.trim() ? (f === 'question' && !product && value.includes('{product}') ? t.noProductForQuestion : undefined) : builtIn ? t.fallback(fallback(f)) : t.loading,
    )
  }

  const save = async (e: Event) => {
    e.preventDefault()
    if (ro) return
    setErrors([])
    setNote(null)
    setBusy(true)
    try {
      const s = saved ? await api<Survey>(`/v1/surveys/${encodeURIComponent(saved.id)}`, 'PATCH', patchBody(saved, draft)) : await api<Survey>('/v1/surveys', 'POST', createBody(draft))
      setSaved(s)
      setDraft(draftOf(s))
      setNote({ ok: true, text: t.saved })
      if (!saved) {
        created = s
        dirtyNow.current = false
        location.hash = `#/surveys/${encodeURIComponent(s.id)}`
      }
    } catch (err) {
      if (err instanceof HttpError && err.errors.length) {
        setErrors(err.errors)
        setNote({ ok: false, text: t.notSaved })
      } else setNote({ ok: false, text: err instanceof HttpError ? err.message : t.failed })
    } finally {
      setBusy(false)
    }
  }

  const title = saved ? (ro ? saved.name : `${t.editSurvey}: ${saved.name}`) : t.newSurvey
  return (
    <section class="stack">
      <p>
        <a href="#/surveys">← {t.backToSurveys}</a>
      </p>
      <h1>{title}</h1>
      {ro && <p class="muted">{t.readOnly}</p>}
      <div class="editor">
        <form ref={form} class="stack" onSubmit={save} noValidate aria-labelledby="editor-title">
          <span id="editor-title" class="sr-only">
            {title}
          </span>
          {note && (
            <div role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'} data-testid="save-note">
              <p class={note.ok ? 'ok' : 'error'}>{note.text}</p>
              {elsewhere.length > 0 && (
                <ul>
                  {elsewhere.map((e) => (
                    <li key={e.field}>
                      <code>{e.field}</code>: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <fieldset class="card stack" disabled={ro}>
            <legend>{t.aboutSurvey}</legend>
            {field('name', t.surveyName, input(draft.name, (v) => set({ name: v }), { maxLength: 200, autocomplete: 'off' }))}
            <fieldset class="choices" aria-describedby="kind-hint">
              <legend>{t.kind}</legend>
              {(['transactional', 'relational'] as const).map((k) => (
                <label class="check" key={k}>
                  <input type="radio" name="kind" value={k} checked={draft.kind === k} disabled={!!saved} onChange={() => set({ kind: k })} /> {k === 'transactional' ? t.transactional : t.relational}
                </label>
              ))}
              <p id="kind-hint" class="hint">
                {saved ? t.kindFixed : t.kindHint}
              </p>
            </fieldset>
            {!saved && (
              <label class="check">
                <input type="checkbox" checked={draft.paused} onChange={(e) => set({ paused: e.currentTarget.checked })} /> {t.startPaused}
              </label>
            )}
            {field('product', t.productName, input(draft.product, (v) => set({ product: v }), { maxLength: 100, autocomplete: 'off' }), draft.product.trim() ? undefined : project.product_name ? t.productFallback(project.product_name) : t.noProduct)}
            {field(
              'default_locale',
              t.defaultLocale,
              (a) => (
                <select {...a} value={draft.defaultLocale} onChange={(e) => set({ defaultLocale: e.currentTarget.value })}>
                  <option value="">{t.projectDefault(language(project.default_locale))}</option>
                  {/* A default set through the API as a longer tag (pt-BR) stays as it is. */}
                  {draft.defaultLocale && !CODES.includes(draft.defaultLocale as LocaleCode) && <option value={draft.defaultLocale}>{draft.defaultLocale}</option>}
                  {CODES.map((c) => (
                    <option key={c} value={c}>
                      {language(c)}
                    </option>
                  ))}
                </select>
              ),
              t.defaultLocaleHint,
            )}
          </fieldset>

          <fieldset class="card stack" disabled={ro}>
            <legend>{t.triggers}</legend>
            {field('rules.trigger_events', t.triggerEvents, input(draft.events, (v) => set({ events: v }), { autocomplete: 'off', spellcheck: false }), draft.kind === 'transactional' ? t.triggerEventsHint : t.relationalTriggersHint)}
            {numberRule('trigger_window_hours', t.triggerWindowHours)}
            <label class="check">
              <input type="checkbox" checked={draft.clientTriggers} onChange={(e) => set({ clientTriggers: e.currentTarget.checked })} /> {t.clientTriggers}
            </label>
          </fieldset>

          <fieldset class="card stack" disabled={ro}>
            <legend>{t.whoIsAsked}</legend>
            <div class="fields">
              {numberRule('sampling_percent', t.samplingPercent)}
              {numberRule('recontact_days', t.recontactDays)}
              {numberRule('dismiss_recontact_days', t.dismissRecontactDays)}
              {numberRule('max_displays', t.maxDisplays)}
              {numberRule('display_period_days', t.displayPeriodDays)}
              {numberRule('session_cap', t.sessionCap)}
              {numberRule('min_answer_ms', t.minAnswerMs)}
              {numberRule('fingerprint_daily_cap', t.fingerprintDailyCap)}
            </div>
          </fieldset>

          <div class="card stack">
            <h2>{t.texts}</h2>
            <label>
              {t.textsLanguage}
              <select value={textLocale} onChange={(e) => setTextLocale(e.currentTarget.value as LocaleCode)}>
                {CODES.map((c) => (
                  <option key={c} value={c}>
                    {language(c)}
                    {Object.values(draft.texts[c] ?? {}).some((v) => v?.trim()) ? ` — ${t.ownTexts}` : ''}
                  </option>
                ))}
              </select>
            </label>
            <p class="hint">{t.textsHint}</p>
            <fieldset class="stack" disabled={ro}>
              <legend class="sr-only">{language(textLocale)}</legend>
              {textField('question', t.questionText)}
              <div class="fields">
                {textField('low', t.lowLabel)}
                {textField('high', t.highLabel)}
              </div>
              {BUCKETS.map((b) => textField(`why.${b}`, t.whyFor[b]))}
              {BUCKETS.map((b) => textField(`thanks.${b}`, t.thanksFor[b]))}
            </fieldset>
          </div>

          <fieldset class="card stack" disabled={ro}>
            <legend>{t.look}</legend>
            {field(
              'theme.brand',
              t.brandColour,
              (a) => (
                <div class="row">
                  <input {...a} value={draft.brand} placeholder="#4f46e5" autocomplete="off" spellcheck={false} onInput={(e) => set({ brand: e.currentTarget.value })} />
                  <input type="color" class="swatch" aria-label={t.pickBrand} value={/^#[\da-f]{6}$/i.test(draft.brand) ? draft.brand : '#4f46e5'} onInput={(e) => set({ brand: e.currentTarget.value })} />
                </div>
              ),
              draft.brand.trim() ? undefined : t.brandFallback,
            )}
            <div class="fields">
              {field('theme.position', t.position, (a) => (
                <select {...a} value={draft.position} onChange={(e) => set({ position: e.currentTarget.value as Draft['position'] })}>
                  {(['bottom-right', 'bottom-left', 'center'] as const).map((p) => (
                    <option key={p} value={p}>
                      {t.positions[p]}
                    </option>
                  ))}
                </select>
              ))}
              {field('theme.mode', t.colourMode, (a) => (
                <select {...a} value={draft.mode} onChange={(e) => set({ mode: e.currentTarget.value as Draft['mode'] })}>
                  {(['auto', 'light', 'dark'] as const).map((m) => (
                    <option key={m} value={m}>
                      {t.modes[m]}
                    </option>
                  ))}
                </select>
              ))}
            </div>
          </fieldset>

          {owner && (
            <div class="row">
              <button type="submit" disabled={busy}>
                {saved ? t.saveSurvey : t.createSurvey}
              </button>
              {dirty && (
                <span class="muted" data-testid="unsaved">
                  {t.unsavedChanges}
                </span>
              )}
            </div>
          )}
        </form>

        <section class="card stack preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t.preview}</h2>
          <p class="hint">{t.previewHint}</p>
          <fieldset class="choices row">
            <legend class="sr-only">{t.previewWidth}</legend>
            {(['desktop', 'phone'] as const).map((w) => (
              <label class="check" key={w}>
                <input type="radio" name="preview-width" checked={width === w} onChange={() => setWidth(w)} /> {w === 'desktop' ? t.desktop : t.phoneWidth}
              </label>
            ))}
          </fieldset>
          <div class="frame-wrap" tabIndex={0} role="group" aria-label={t.previewFrame}>
            <iframe ref={frame} src={PREVIEW_PATH} title={t.previewFrame} class={`preview-frame ${width}`} data-testid="preview" data-width={width} onLoad={post} />
          </div>
        </section>
      </div>
    </section>
  )
}
