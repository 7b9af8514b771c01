/**
 * What every runtime adapter provides to the one app, and nothing more: the store the
 * handlers write through, where a request came from, and (where the runtime serves them
 * itself) the widget's static files. `worker/runtime/node/` and `worker/runtime/workers/`
 * each implement these; nothing outside `worker/runtime/` knows which one is running, as
 * Hono's adapters each implement one `GetConnInfo`.
 * @module
 */
import type { Context } from 'hono'
import type { Store } from '../db/store'

/** The client's address as the platform reports it (socket, trusted proxy, CF-Connecting-IP). */
export type ClientAddress = (c: Context) => string

/** A database the app can use: the store, and how to let go of it. */
export interface Database {
  store: Store
  close(): Promise<void>
}

/** One outgoing HTTP POST (a webhook, a Slack or Telegram call). */
export interface OutboundRequest {
  url: string
  headers: Record<string, string>
  body: string
  /** Loopback and private targets allowed (operator configuration). */
  allowPrivate: boolean
  timeoutMs: number
}

/** What came back: a status, or none (network error, timeout, refused address). */
export interface OutboundResult {
  status: number | null
  /** Up to a few KB of the answer, for the delivery log and Telegram's error body. */
  body: string
  retryAfter: string | null
  error: string | null
  /** The target resolved to an address that is not allowed (SSRF guard). */
  refused: boolean
}

/**
 * Sends outbound requests without following redirects, within a timeout, refusing
 * private targets unless allowed. Node resolves the host and checks every address it
 * connects to; Workers can only check IP-literal hosts (Cloudflare's egress does the rest).
 */
export type Outbound = (req: OutboundRequest) => Promise<OutboundResult>

/** An e-mail to send (alerts). */
export interface Mail {
  to: string[]
  subject: string
  text: string
  html: string
}

/** Sends e-mail: SMTP through nodemailer on Node; absent on Workers unless an HTTP mail API is configured. */
export type Mailer = (m: Mail) => Promise<{ ok: boolean; error: string | null }>

/**
 * How the runtime runs the closed loop's background work (deliveries, SLA checks):
 * `soon` asks for a pass now — on Node it wakes the in-process loop, on Workers it
 * runs one under the request's `waitUntil` (the Cron Trigger runs the rest).
 */
export interface Scheduler {
  soon(c: Context): void
}
