/**
 * The webview bridge: the versioned messages the hosted survey page sends to a native
 * app (React Native WebView, iOS WKWebView, Android JS interface), and which incoming
 * messages it accepts as commands. Pure apart from calling the bridges it is given.
 * @module
 */

export type BridgeEvent = 'shown' | 'answered' | 'commented' | 'closed'

export interface BridgeMessage {
  source: 'tenpoint'
  v: 1
  type: BridgeEvent
  survey_id?: string
  score?: number
  response_id?: string
  /** Why it closed: `answered`, `dismissed`, `native`, `error`, or an eligibility reason code. */
  reason?: string
}

export interface Detail {
  survey_id?: string
  score?: number
  response_id?: string
  reason?: string
}

/**
 * The message for one event; only the fields that apply are present.
 * @example message('answered', { survey_id: 'srv_1', score: 9, response_id: 'b1…' })
 */
export function message(type: BridgeEvent, d: Detail = {}): BridgeMessage {
  const m: BridgeMessage = { source: 'tenpoint', v: 1, type }
  if (typeof d.survey_id === 'string') m.survey_id = d.survey_id
  if (typeof d.score === 'number') m.score = d.score
  if (typeof d.response_id === 'string') m.response_id = d.response_id
  if (typeof d.reason === 'string') m.reason = d.reason
  return m
}

/** The native ends a page may find on `window`; any of them may be missing. */
export interface Bridges {
  ReactNativeWebView?: { postMessage(s: string): void }
  webkit?: { messageHandlers?: { tenpoint?: { postMessage(m: unknown): void } } }
  TenpointAndroid?: { postMessage(s: string): void }
}

/** Sends to every bridge that exists; returns how many took it. A bridge that throws is skipped. */
export function post(w: Bridges, m: BridgeMessage): number {
  const json = JSON.stringify(m)
  const sends = [
    () => w.ReactNativeWebView!.postMessage(json),
    () => w.webkit!.messageHandlers!.tenpoint!.postMessage(m),
    () => w.TenpointAndroid!.postMessage(json),
  ]
  let n = 0
  for (const s of sends) {
    try {
      s()
      n++
    } catch {}
  }
  return n
}

export type Command = 'close'
const COMMANDS: readonly string[] = ['close']

/**
 * The command a `message` event carries, or null. Only messages posted by this very
 * window (a native app's injected `window.postMessage`) from the page's own origin, in
 * the `tenpoint-native` v1 envelope, count; a JSON string envelope is accepted too.
 */
export function command(e: { source: unknown; origin: string; data: unknown }, self: unknown, origin: string): Command | null {
  if (e.source !== self || e.origin !== origin) return null
  let d = e.data
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d)
    } catch {
      return null
    }
  }
  const m = d as { source?: unknown; v?: unknown; type?: unknown } | null
  if (!m || typeof m !== 'object' || m.source !== 'tenpoint-native' || m.v !== 1) return null
  return typeof m.type === 'string' && COMMANDS.includes(m.type) ? (m.type as Command) : null
}
