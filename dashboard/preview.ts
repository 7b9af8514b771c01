/**
 * The survey preview (/app/preview.html), framed by the survey editor only: the real survey
 * UI that customers get — the widget build's `ui` part from dist/widget, imported from this
 * server, not a copy — showing the editor's unsaved draft, which the parent page sends by
 * postMessage (accepted from this origin and the parent window only).
 *
 * Nothing leaves this page: the card's requests to /v1/ (the answer, the comment, a
 * dismissal) are answered here and never reach the network, and they would carry no valid
 * key or display token anyway. A preview answer is never stored, so never counted.
 * @module
 */
import type { MountOptions } from '../widget/types'
import type { Mounted } from '../widget/ui/mount'
import { draftOf, type PreviewDraft, type PreviewReady } from './preview-protocol'

/** Where the widget build's parts are (vite.dashboard.config.ts, from widget/parts-hash.ts). */
declare const __TP_PART__: string

const realFetch = window.fetch.bind(window)
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href)
  if (url.origin === location.origin && url.pathname.startsWith('/v1/')) return Promise.resolve(new Response('{}', { status: 202, headers: { 'content-type': 'application/json' } }))
  return realFetch(input, init)
}

const ui: Promise<{ mount(o: MountOptions): Mounted }> = import(/* @vite-ignore */ new URL('/' + __TP_PART__.replace('*', 'ui'), location.origin).href)

let draft: PreviewDraft | null = null
let shown: Mounted | undefined
let timer: ReturnType<typeof setTimeout> | undefined
/** Bumped on every show, so a card closing late does not bring back an older draft. */
let turn = 0

function show() {
  const mine = ++turn
  shown?.close('api')
  shown = undefined
  if (!draft) return
  const d = draft
  ui.then((m) => {
    if (mine !== turn) return
    const survey = { id: 'preview', kind: d.kind, locale: d.locale, ...(d.product ? { product: d.product } : {}), texts: d.texts, theme: d.theme }
    shown = m.mount({
      key: 'preview',
      shown: { show: true, survey, display: { id: 'preview', token: 'preview', expires_at: 0 } },
      who: { anonymous_id: 'preview' },
      emit: (type) => {
        // Closed in the preview ("Not now", ×, the thank-you's end): show it again shortly.
        if (type === 'closed' && mine === turn) timer = setTimeout(() => mine === turn && show(), 1200)
      },
    })
  })
}

addEventListener('message', (e) => {
  if (e.origin !== location.origin || e.source !== parent) return
  const d = draftOf(e.data)
  if (!d) return
  draft = d
  clearTimeout(timer)
  // A burst of keystrokes shows the card once, with the last of them.
  timer = setTimeout(show, 80)
})

if (parent !== window) parent.postMessage({ tenpoint: 'preview-ready' } satisfies PreviewReady, location.origin)
