/**
 * Configuration from environment variables (process.env on Node, bindings on Workers).
 * Every knob has a default that works on a fresh machine.
 * @module
 */

export interface Config {
  /** Largest accepted request body; larger is 413 before parsing. */
  bodyLimitBytes: number
  /** Requests per minute from one client IP, and for one project. */
  rateLimitPerIp: number
  rateLimitPerProject: number
  /** How long a display token stays valid (the widget's offline queue retries within it). */
  displayTokenTtlMs: number
  /** Seconds a client should wait after a 503 before retrying. */
  retryAfterSeconds: number
  /** Public origin of this server, used for the hosted page and the printed snippet. */
  publicUrl: string | undefined
  /** A request whose headers and body have not all arrived by then is cut off (Node). */
  requestTimeoutMs: number
  /** Webhooks and alerts may reach loopback and private addresses (tests, on-premise receivers). */
  allowPrivateTargets: boolean
  /** How long a delivery is leased to one sender (a crashed sender's lease runs out). */
  outboxLeaseMs: number
  /** Deliveries claimed per pass. */
  outboxBatch: number
  /** How often the Node loop looks for due deliveries and SLA timers. */
  outboxIntervalMs: number
  /**
   * Node: above this many requests a second the delivery loop yields to them, sending a
   * small batch every 100 ms (100 messages/s at least) until the rush is over (0: never).
   */
  outboxYieldAbove: number
  /** Telegram's Bot API origin (tests point it at a loopback peer). */
  telegramApiBase: string
  /** Dashboard sign-in attempts per minute, per client address and per e-mail. */
  signInPerMinute: number
}

type Env = Record<string, string | undefined>

const int = (v: string | undefined, d: number) => {
  const n = v === undefined || v === '' ? NaN : Number(v)
  return Number.isFinite(n) && n >= 0 ? n : d
}

export function loadConfig(env: Env): Config {
  return {
    bodyLimitBytes: int(env.TENPOINT_BODY_LIMIT_BYTES, 8 * 1024),
    rateLimitPerIp: int(env.TENPOINT_RATE_LIMIT_PER_IP, 120),
    rateLimitPerProject: int(env.TENPOINT_RATE_LIMIT_PER_PROJECT, 60_000),
    displayTokenTtlMs: int(env.TENPOINT_DISPLAY_TOKEN_TTL_HOURS, 7 * 24) * 3_600_000,
    retryAfterSeconds: int(env.TENPOINT_RETRY_AFTER_SECONDS, 5),
    publicUrl: env.TENPOINT_PUBLIC_URL || undefined,
    requestTimeoutMs: int(env.TENPOINT_REQUEST_TIMEOUT_SECONDS, 30) * 1000,
    allowPrivateTargets: env.TENPOINT_ALLOW_PRIVATE_TARGETS === '1' || env.TENPOINT_ALLOW_PRIVATE_TARGETS === 'true',
    outboxLeaseMs: int(env.TENPOINT_OUTBOX_LEASE_SECONDS, 60) * 1000,
    outboxBatch: int(env.TENPOINT_OUTBOX_BATCH, 50),
    outboxIntervalMs: int(env.TENPOINT_OUTBOX_INTERVAL_MS, 1000),
    outboxYieldAbove: int(env.TENPOINT_OUTBOX_YIELD_ABOVE_RPS, 300),
    telegramApiBase: env.TENPOINT_TELEGRAM_API || 'https://api.telegram.org',
    signInPerMinute: int(env.TENPOINT_SIGN_IN_PER_MINUTE, 10),
  }
}

/** LIBSQL_URL, or the embedded file under TENPOINT_DATA_DIR (default ./data). */
export function databaseUrl(env: Env): string {
  return env.LIBSQL_URL || `file:${env.TENPOINT_DATA_DIR || 'data'}/tenpoint.db`
}
