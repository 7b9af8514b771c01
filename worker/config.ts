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
    signInPerMinute: int(env.TENPOINT_SIGN_IN_PER_MINUTE, 10),
  }
}

/** LIBSQL_URL, or the embedded file under TENPOINT_DATA_DIR (default ./data). */
export function databaseUrl(env: Env): string {
  return env.LIBSQL_URL || `file:${env.TENPOINT_DATA_DIR || 'data'}/tenpoint.db`
}
