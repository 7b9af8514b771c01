/**
 * Puts a survey on the page: a `<tenpoint-survey>` host appended to `<body>`, fixed so the
 * page does not move, with an open shadow root styled by one constructable stylesheet
 * (no `<style>`, no style attributes: fine under `style-src 'self'`). Focus goes in when
 * a person opened it (and is not typing in a field of the page), and back to where it was
 * when it closes; a survey that opened by itself only announces itself.
 * @module
 */
import { h, render } from 'preact'
import type { Messages } from '../../shared/i18n'
import { part } from '../files'
import type { MountOptions } from '../types'
import { Card } from './card'
import css from './card.css?inline'
import { DEFAULT_BRAND, mode } from './theme'
import { resume } from '../outbox'
import { warm } from './faces'
import { afterFrame } from './later'

let sheet: CSSStyleSheet | undefined

/** What `mount` returns: settles when the survey has closed; `close` closes it early (`native`, `api`). */
export type Mounted = Promise<void> & { close(reason: string): void }

/** The built-in strings of a locale the server chose (it only answers with one the widget ships). */
const loadMessages = (locale: string): Promise<Messages> =>
  import(/* @vite-ignore */ new URL('../' + part('l-' + locale), import.meta.url) + '').then((m) => m.default)

/** The page's colour scheme: its CSS `color-scheme` when set (computed `normal` means unset), else its meta tag. */
function pageScheme(doc: Document) {
  const css = getComputedStyle(doc.documentElement).colorScheme
  return css && css !== 'normal' ? css : doc.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content
}

/** Shows the survey. */
export function mount(options: MountOptions): Mounted {
  const doc = document
  const survey = options.shown.survey
  const theme = survey.theme
  const before = doc.activeElement as HTMLElement | null
  // Someone typing in the page keeps their field: keystrokes must never answer the survey.
  const typing = !!before?.closest('input,textarea,select,[contenteditable]:not([contenteditable=false])')
  const host = doc.createElement('tenpoint-survey')
  const root = host.attachShadow({ mode: 'open' })
  if (options.page) host.dataset.page = ''
  else host.dataset.pos = theme.position ?? 'bottom-right'
  const brand = theme.brand && CSS.supports('color', theme.brand) ? theme.brand : DEFAULT_BRAND
  // Separate tasks keep each one short on slow phones: the outbox; the locale request;
  // the stylesheet and the empty host (this task ran the UI chunk itself); the font faces;
  // the card, built hidden over a few frames (card.tsx); then revealing it (paint) and
  // focus, when card.tsx calls `ready`.
  host.dataset.hide = ''
  setTimeout(() => resume(options.emit))
  const messages = new Promise((resolve) => setTimeout(resolve)).then(() => loadMessages(survey.locale))

  let closed: () => void
  let open = true
  const close = (reason: string) => {
    if (!open) return
    open = false
    closed()
    const active = doc.activeElement
    const focusWasOurs = active === host || active === doc.body || !active
    render(null, root)
    host.remove()
    if (focusWasOurs && before?.isConnected) before.focus({ preventScroll: true })
    options.emit('closed', { survey_id: survey.id, reason })
  }
  const ready = () => {
    if (!open) return false
    delete host.dataset.hide
    options.emit('shown', { survey_id: survey.id })
    return true
  }
  messages.then(
    (builtIn) =>
      setTimeout(() => {
        if (!open) return
        host.dir = builtIn.dir
        if (!sheet) {
          sheet = new CSSStyleSheet()
          sheet.replaceSync(css)
        }
        root.adoptedStyleSheets = [sheet]
        doc.body.append(host)
        warm()
        // A frame for the empty host first: it builds the stylesheet's rules and computes the
        // page's style. The page's colour scheme is read after that frame, when it costs
        // nothing (read in this task or at the start of the frame, it would force that work in).
        afterFrame(() => {
          host.dataset.mode = mode(theme.mode, pageScheme(doc), matchMedia('(prefers-color-scheme: dark)').matches)
          setTimeout(() => open && render(<Card options={options} messages={builtIn} brand={brand} close={close} takeFocus={!!options.focus && !typing} ready={ready} />, root))
        })
      }),
    // The locale did not load: nothing to show, and the next question must not wait for it.
    () => close('error'),
  )
  return Object.assign(new Promise<void>((resolve) => (closed = resolve)), { close })
}
