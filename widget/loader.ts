/**
 * tenpoint.js, the script tag customers paste: replays the calls queued before it loaded,
 * keeps the visitor's ids, asks /v1/eligibility, and only when a survey is due imports
 * the survey UI and one locale. It never throws into the page: problems go to
 * `tenpoint('on', 'error', fn)`, and to the console with `data-debug`.
 *
 *   <script async src="https://HOST/tenpoint.js" data-key="pk_…"></script>
 *   tenpoint('identify', { user_id, user_hash, traits, locale })
 *   tenpoint('track', 'Order_Delivered', { order_id })
 *   tenpoint('show', { survey_id, locale })
 *   tenpoint('reset')
 *   tenpoint('on', 'shown' | 'answered' | 'commented' | 'closed' | 'error', fn)
 *   tenpoint('on', 'eligibility', fn) // the server's answer: why a survey did or did not show
 *
 * Every byte here is paid on every page view of every customer (budget: 1 KB brotli).
 * @module
 */
import { localeFile, part, supported } from './files'
import { keep } from './ids'
import { candidates } from './locale'
import { KEY } from './queue'
import type { MountOptions, Shown } from './types'

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

const w = window as unknown as { tenpoint?: Api }
if (!w.tenpoint?.v) {
  try {
    start(document.currentScript as HTMLScriptElement)
  } catch {
    // Nothing that could report it runs yet; the page carries on without a survey.
  }
}

function start(script: HTMLScriptElement) {
  const src = script.src
  const data = script.dataset
  const key = data.key!
  const debug = data.debug != null
  const listeners: [string, (d: unknown) => void][] = []
  const ls = () => localStorage
  const ss = () => sessionStorage
  let aid: string
  let sid: string
  let person: Person = {}
  /** Who is asking: the identity block of every request. */
  const who = () => ({ anonymous_id: aid, session_id: sid, ...person })
  let explicit = data.locale
  let asked: unknown
  /**
   * One eligibility question at a time; the next waits until a shown survey has closed.
   * The first waits three tasks: localStorage, sessionStorage, then the request. On slow
   * phones, opening each storage and starting a fetch each cost as much as this script's
   * own run, so each gets a task of its own.
   */
  let turn: Promise<unknown> = new Promise((r) =>
    setTimeout(() => {
      aid ||= keep(ls, 'tp_aid')
      try {
        if (ls().getItem(KEY)) load(part('outbox')).then((m) => m.resume(emit), fail)
      } catch {}
      setTimeout(() => {
        sid ||= keep(ss, 'tp_sid')
        setTimeout(r)
      })
    }),
  )

  const emit = (type: string, detail: unknown) => {
    if (debug) console.log('tenpoint', type, detail)
    for (const [t, f] of listeners) {
      try {
        if (t == type) f(detail)
      } catch {}
    }
  }
  const fail = (e: any) => emit('error', { status: +e || 0, detail: '' + e })
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, src) + '')

  const check = (extra: object) =>
    (turn = asked = turn
      .then(() =>
        fetch(new URL('v1/eligibility?key=' + key, src), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...who(),
            locale: supported(candidates(explicit, document.documentElement.lang, navigator.languages)),
            channel: 'web',
            ...extra,
          }),
        }),
      )
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((e: Shown | { show: false; reason: string }) => {
        // Why a survey did or did not show: in the console with data-debug, and to listeners.
        emit('eligibility', e)
        // The UI and the locale are requested in separate tasks: on slow phones starting a
        // request costs about as much as this script's own run. (`new Promise(setTimeout)`
        // resolves in the next task.)
        return (
          e.show &&
          Promise.all([load(part('ui')), new Promise<any>(setTimeout).then(() => load(localeFile(e.survey.locale)))]).then(([ui, l]) =>
            ui.mount({ key, shown: e, messages: l.default, who: who(), emit } satisfies MountOptions),
          )
        )
      })
      .catch(fail))

  const api: Api = (c, a = {}, b = {}) => {
    try {
      explicit = a.locale ?? explicit // identify and show may set it
      if (c == 'identify') person = { user_id: a.user_id, user_hash: a.user_hash, traits: a.traits }
      else if (c == 'track') check({ event: a, order_id: b.order_id })
      else if (c == 'show') check({ survey_id: a.survey_id })
      else if (c == 'reset') {
        person = {}
        aid = keep(ls, 'tp_aid', 1)
        sid = keep(ss, 'tp_sid', 1)
      } else if (c == 'on') listeners.push([a, b])
      else throw c
    } catch (e) {
      fail(e)
    }
  }
  api.v = 1

  const queued = w.tenpoint?.q ?? []
  w.tenpoint = api
  for (const a of queued) api.apply(0, a as Parameters<Api>)
  // A page view asks once even without track/show: the backend may have opened an invitation.
  asked || check({})
}
