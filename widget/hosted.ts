/**
 * hosted.js: the full-screen survey for a link opened in a mobile webview,
 *   /hosted.html?key=pk_…&user_id=…&user_hash=…&event=Order_Delivered&order_id=…&locale=uk&channel=webview
 * It asks for eligibility, shows the card full-screen, keeps it above the on-screen
 * keyboard, and tells the native app what happened through every bridge it finds
 * (bridge.ts). A page the app opens for nothing (not eligible, an error) reports
 * `closed` with the reason at once. Once there is nothing (more) to answer, the page says
 * so in the survey's language ("you can close this page", "you already answered")
 * instead of going blank.
 * @module
 */
import { command, message, post, type BridgeEvent, type Bridges } from './bridge'
import { localeFile, part, supported } from './files'
import { keep } from './ids'
import { candidates } from './locale'
import type { Channel, MountOptions, Shown } from './types'
import type { Mounted } from './ui/mount'
import { PAGE_TEXTS, type PageTexts } from '../shared/i18n/page'
import { dirOf, isSupported } from '../shared/i18n'

const q = new URLSearchParams(location.search)
const param = (k: string) => q.get(k) || undefined
const debug = q.has('debug')
const base = location.href.replace(/[^/]*([?#].*)?$/, '')
const tell = (type: BridgeEvent, d: { survey_id?: string; score?: number; id?: string; reason?: string }) => {
  const m = message(type, { ...d, response_id: d.id })
  const n = post(window as unknown as Bridges, m)
  if (debug) console.info('[tenpoint] bridge', n, m)
}

const given = param('anonymous_id')
const who = {
  anonymous_id: given && /^[\w-]{1,64}$/.test(given) ? given : keep(() => localStorage, 'tp_aid'),
  user_id: param('user_id'),
  user_hash: param('user_hash'),
}
/** The app-side channels of shared/contract.ts `Channel`. */
const APP_CHANNELS: readonly Channel[] = ['webview', 'ios', 'android', 'web']
const channel = APP_CHANNELS.find((c) => c === param('channel')) ?? 'webview'
let close: ((reason: string) => void) | undefined
/** The locale asked for: the survey's language when no survey comes back to say it. */
const asked = supported(candidates(param('locale'), null, navigator.languages))

/** Reasons that mean this person has already answered the survey the link is for. */
const ANSWERED = ['invitation_answered', 'recently_answered']

/** What the page shows once there is nothing (more) to answer, centred, in `locale`. */
function finished(locale: string | undefined, which: keyof PageTexts) {
  const code = locale && isSupported(locale) ? locale : 'en'
  const p = document.createElement('p')
  p.className = 'finished'
  p.setAttribute('role', 'status')
  p.lang = code
  p.dir = dirOf(code)
  p.textContent = PAGE_TEXTS[code][which]
  document.body.append(p)
}

addEventListener('message', (e) => {
  if (command(e, window, location.origin) === 'close') close?.('native')
})

async function start() {
  const r = await fetch(`${base}v1/eligibility?key=${encodeURIComponent(param('key') ?? '')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...who,
      session_id: keep(() => sessionStorage, 'tp_sid'),
      survey_id: param('survey_id'),
      event: param('event'),
      order_id: param('order_id'),
      locale: asked,
      channel,
    }),
  })
  if (!r.ok) throw new Error(`eligibility ${r.status}`)
  const e = (await r.json()) as Shown | { show: false; reason: string }
  if (!e.show) {
    tell('closed', { reason: e.reason })
    return finished(asked, ANSWERED.includes(e.reason) ? 'answered' : 'done')
  }
  const load = (file: string) => import(/* @vite-ignore */ base + file)
  // The locale is requested alongside the UI, which then finds it loaded (same URL, one module).
  const [ui] = await Promise.all([load(part('ui')), load(localeFile(e.survey.locale))])
  const mounted: Mounted = ui.mount({
    key: param('key')!,
    shown: e,
    who,
    channel,
    page: true,
    // The person opened this page to answer: the card takes focus.
    focus: true,
    emit: (type, d) => {
      if (debug) console.info('[tenpoint]', type, d)
      if (type !== 'error') tell(type, d)
    },
  } satisfies MountOptions)
  close = mounted.close
  followKeyboard()
  await mounted
  finished(e.survey.locale, 'done')
}

/**
 * iOS webviews shrink only the visual viewport when the keyboard opens (Android honours
 * interactive-widget=resizes-content); the card follows the visual viewport so the
 * focused field and the Send button stay in view.
 */
function followKeyboard() {
  const vv = window.visualViewport
  const host = document.querySelector<HTMLElement>('tenpoint-survey')
  if (!vv || !host) return
  const fit = () => {
    host.style.setProperty('--vh', `${vv.height}px`)
    host.style.setProperty('--vt', `${vv.offsetTop}px`)
    host.shadowRoot?.activeElement?.scrollIntoView({ block: 'nearest' })
  }
  vv.addEventListener('resize', fit)
  vv.addEventListener('scroll', fit)
  fit()
}

start().catch((err) => {
  if (debug) console.warn('[tenpoint]', err)
  tell('closed', { reason: 'error' })
  finished(asked, 'done')
})
