/**
 * Signed display tokens, identity hashes and digests. A token proves the server granted
 * a display: it names the project, survey, person, display and trigger, and expires.
 * Synchronous node:crypto (available on workerd with nodejs_compat) because WebCrypto's
 * promise per HMAC cost more than the whole insert on the hot path.
 * @module
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export interface DisplayClaims {
  /** project id */ p: string
  /** survey id */ s: string
  /** respondent key */ r: string
  /** display id */ d: string
  /** trigger key: order/ticket id, or the display id for relational surveys */ t: string
  /** issued at, ms */ iat: number
  /** expires at, ms */ exp: number
  /** a preview display: shown whatever the caps, its answer stored flagged `preview` */ pv?: 1
}

const mac = (secret: string, message: string) => createHmac('sha256', secret).update(message).digest()

export const hmacHex = (secret: string, message: string): string => mac(secret, message).toString('hex')
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Constant-time check of `hex === HMAC(secret, message)`. */
export function verifyHmacHex(secret: string, message: string, hex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(hex)) return false
  return timingSafeEqual(mac(secret, message), Buffer.from(hex, 'hex'))
}

export function signToken(secret: string, claims: DisplayClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${mac(secret, body).toString('base64url')}`
}

export type TokenCheck = { ok: true; claims: DisplayClaims } | { ok: false; why: 'malformed' | 'bad_signature' | 'expired' }

/**
 * Strict base64url: only the canonical spelling of some bytes (no padding, and the unused
 * low bits of the last character zero). Node's decoder ignores those bits, so without
 * this check one signature has up to four spellings that all verify.
 * @example decodeBase64url('AQ') // <Buffer 01>; decodeBase64url('AR') // null
 */
export function decodeBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

/** Verify the signature first (constant time), then expiry; never throws. */
export function verifyToken(secret: string, token: string, now: number): TokenCheck {
  const [body, sigText, extra] = token.split('.')
  if (!body || !sigText || extra !== undefined) return { ok: false, why: 'malformed' }
  const sig = decodeBase64url(sigText)
  const claimBytes = decodeBase64url(body)
  if (!sig || !claimBytes) return { ok: false, why: 'malformed' }
  const expected = mac(secret, body)
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return { ok: false, why: 'bad_signature' }
  let claims: DisplayClaims
  try {
    claims = JSON.parse(claimBytes.toString('utf8'))
  } catch {
    return { ok: false, why: 'malformed' }
  }
  if (typeof claims?.exp !== 'number' || claims.exp <= now) return { ok: false, why: 'expired' }
  return { ok: true, claims }
}

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/**
 * A random key: the prefix and `length` letters and digits (~5.95 bits each; the modulo
 * bias of 256 % 62 is negligible against 40 characters).
 * @example randomKey('sk_', 40)
 */
export function randomKey(prefix: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return prefix + Array.from(bytes, (b) => ALPHA[b % ALPHA.length]).join('')
}
