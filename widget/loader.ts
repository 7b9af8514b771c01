/**
 * tenpoint.js, the script tag customers paste: replays the calls queued before it loaded,
 * keeps the visitor's ids, asks /v1/eligibility, and only when a survey is due imports
 * the survey UI (which brings its locale). It never throws into the page: problems go to
 * `tenpoint('on', 'error', fn)`, and to the console with `data-debug`.
 *
 *   <script async src="https://HOST/tenpoint.js" data-key="pk_…"></script>
 *   tenpoint('identify', { user_id, user_hash, traits, locale })
 *   tenpoint('track', 'Order_Delivered', { order_id })
 *   tenpoint('show', { survey_id, locale, preview })
 *   tenpoint('close') // a single-page app changing route
 *   tenpoint('reset')
 *   tenpoint('on', 'shown' | 'answered' | 'commented' | 'closed' | 'error', fn)
 *   tenpoint('on', 'eligibility', fn) // the server's answer: why a survey did or did not show
 *
 * Every byte here is paid on every page view of every customer (budget: 1 KB brotli).
 * Names are written out: the minifier shortens local names for free.
 * @module
 */
import { part, supported } from './files'
import { keep } from './ids'
import { KEY } from './queue'
import type { MountOptions, Shown } from './types'
import type { Mounted } from './ui/mount'

interface Api {
  (command: string, a?: any, b?: any): void
  q?: ArrayLike<unknown>[]
  v?: 1
}
interface Person {
  user_id?: string
  user_hash?: string
  traits?: object
}
type Answer = Shown | { show: false; reason: string }

const page = window as unknown as { tenpoint?: Api }
if (!page.tenpoint?.v) {
  try {
    start(document.currentScript as HTMLScriptElement)
  } catch {
    // Nothing that could report it runs yet; the page carries on without a survey.
  }
}

function start(script: HTMLScriptElement) {
  const base = script.src
  const settings = script.dataset
  const key = settings.key!
  const debug = settings.debug != null
  /** `?tenpoint_preview=1` on the page URL: every question this page asks is a preview. */
  const previewPage = /tenpoint_preview=1/.test(location.search)
  const listeners: [string, (detail: unknown) => void][] = []
  const local = () => localStorage
  const session = () => sessionStorage
  let anonymousId: string
  let sessionId: string
  let person: Person = {}
  let explicitLocale = settings.locale
  let asked: unknown
  /** The survey on screen, which `tenpoint('close')` closes. */
  let onScreen: Mounted | undefined

  /** Who is asking: the identity block of every request. */
  const who = () => ({ anonymous_id: anonymousId, session_id: sessionId, ...person })
  const emit = (type: string, detail: unknown) => {
    // With data-debug every event is printed, the server's "no" with its reason among them.
    if (debug) console.info('tenpoint', type, detail)
    for (const [t, listener] of listeners) {
      try {
        if (t == type) listener(detail)
      } catch {}
    }
  }
  const fail = (e: any) => emit('error', { status: +e || 0, detail: '' + e })
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base) + '')
  /** Resolves in the next task. */
  const nextTask = () => new Promise((resolve) => setTimeout(resolve))

  /**
   * Storage, before the first question: on slow phones, opening each storage and starting
   * a fetch each cost as much as this script's own run, so each gets a task of its own
   * (localStorage with what earlier pages left unsent; sessionStorage; then the request).
   */
  const openStorage = () =>
    nextTask()
      .then(() => {
        anonymousId ||= keep(local, 'tp_aid')
        try {
          if (local().getItem(KEY)) load(part('outbox')).then((outbox) => outbox.resume(emit), fail)
        } catch {}
      })
      .then(nextTask)
      .then(() => {
        sessionId ||= keep(session, 'tp_sid')
      })
      .then(nextTask)

  /** One question to /v1/eligibility. */
  const ask = (extra: object) =>
    fetch(new URL('v1/eligibility?key=' + key, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...who(),
        // The first the widget ships of: explicit, <html lang>, the browser's (locale.ts `candidates`, inlined).
        locale: supported([explicitLocale, document.documentElement.lang, ...navigator.languages]),
        channel: 'web',
        preview: previewPage,
        ...extra,
      }),
    }).then((r) => (r.ok ? r.json() : Promise.reject(r.status)))

  /** The survey UI (which then requests its locale in a task of its own); settles when the survey has closed. */
  const show = (answer: Shown, personOpened?: boolean) =>
    load(part('ui')).then((ui) => (onScreen = ui.mount({ key, shown: answer, who: who(), emit, focus: personOpened } satisfies MountOptions)))

  /**
   * One eligibility question at a time; the next waits until a shown survey has closed.
   * Asked from a click or a key press just now (transient user activation), the survey
   * was opened by a person, so its card may take focus.
   */
  let turn: Promise<unknown> = openStorage()
  const check = (extra: object, personOpened?: boolean) =>
    (turn = asked =
      turn
        .then(() => ask(extra))
        .then((answer: Answer) => {
          // Why a survey did or did not show: to listeners, and to the console with data-debug.
          emit('eligibility', answer)
          return answer.show && show(answer, personOpened)
        })
        .catch(fail))

  const api: Api = (command, a = {}, b = {}) => {
    try {
      explicitLocale = a.locale ?? explicitLocale // identify and show may set it
      // A click or key press just now (transient user activation): a person asked.
      const personOpened = navigator.userActivation?.isActive
      if (command == 'identify') person = { user_id: a.user_id, user_hash: a.user_hash, traits: a.traits }
      else if (command == 'track') check({ event: a, order_id: b.order_id }, personOpened)
      else if (command == 'show') check({ survey_id: a.survey_id, preview: a.preview || previewPage }, personOpened)
      else if (command == 'close') onScreen?.close('api')
      else if (command == 'reset') {
        person = {}
        anonymousId = keep(local, 'tp_aid', 1)
        sessionId = keep(session, 'tp_sid', 1)
      } else if (command == 'on') listeners.push([a, b])
      else throw command
    } catch (e) {
      fail(e)
    }
  }
  api.v = 1

  const queued = page.tenpoint?.q ?? []
  page.tenpoint = api
  for (const call of queued) api.apply(0, call as Parameters<Api>)
  // A page view asks once even without track/show: the backend may have opened an invitation.
  asked || check({})
}
