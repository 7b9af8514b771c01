/**
 * Puts a survey on the page: a `<tenpoint-survey>` host appended to `<body>`, fixed so the
 * page does not move, with an open shadow root styled by one constructable stylesheet
 * (no `<style>`, no style attributes: fine under `style-src 'self'`). Focus goes in when
 * it opens (unless the person is typing in a field of the page) and back to where it was
 * when it closes.
 * @module
 */
import { render } from 'preact'
import type { MountOptions } from '../types'
import { Card } from './card'
import css from './card.css?inline'
import { DEFAULT_BRAND, mode } from './theme'
import { resume } from '../outbox'
import { warm } from './faces'
import { afterFrame } from './later'

let sheet: CSSStyleSheet | undefined

/** What `mount` returns: settles when the survey has closed; `close` closes it early (e.g. `native`). */
export type Mounted = Promise<void> & { close(reason: string): void }

/** Shows the survey. */
export function mount(o: MountOptions): Mounted {
  const d = document
  const s = o.shown.survey
  const t = s.theme
  const before = d.activeElement as HTMLElement | null
  // Someone typing in the page keeps their field: keystrokes must never answer the survey.
  const typing = !!before?.closest('input,textarea,select,[contenteditable]:not([contenteditable=false])')
  const host = d.createElement('tenpoint-survey')
  const root = host.attachShadow({ mode: 'open' })
  host.dir = o.messages.dir
  if (o.page) host.dataset.page = ''
  else host.dataset.pos = t.position ?? 'bottom-right'
  const brand = t.brand && CSS.supports('color', t.brand) ? t.brand : DEFAULT_BRAND
  // Separate tasks keep each one short on slow phones: the outbox; the stylesheet and the
  // empty host (this task ran the UI chunk itself); the font faces; the card, built hidden
  // over a few frames (card.tsx); then revealing it (paint) and focus, when card.tsx
  // calls `ready`.
  host.dataset.hide = ''
  setTimeout(() => resume(o.emit))

  let closed: () => void
  let open = true
  const close = (reason: string) => {
    if (!open) return
    open = false
    closed()
    const a = d.activeElement
    const focusWasOurs = a === host || a === d.body || !a
    render(null, root)
    host.remove()
    if (focusWasOurs && before?.isConnected) before.focus({ preventScroll: true })
    o.emit('closed', { survey_id: s.id, reason })
  }
  const ready = () => {
    if (!open) return false
    delete host.dataset.hide
    o.emit('shown', { survey_id: s.id })
    return true
  }
  setTimeout(() => {
    if (!open) return
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
    }
    root.adoptedStyleSheets = [sheet]
    d.body.append(host)
    warm()
    // A frame for the empty host first: it builds the stylesheet's rules and computes the
    // page's style. The page's colour scheme is read after that frame, when it costs
    // nothing (read in this task or at the start of the frame, it would force that work in).
    afterFrame(() => {
      const page = getComputedStyle(d.documentElement).colorScheme || d.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content
      host.dataset.mode = mode(t.mode, page, matchMedia('(prefers-color-scheme: dark)').matches)
      setTimeout(() => open && render(<Card o={o} brand={brand} close={close} grab={!typing} ready={ready} />, root))
    })
  })
  return Object.assign(new Promise<void>((r) => (closed = r)), { close })
}
