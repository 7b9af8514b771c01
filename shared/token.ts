/**
 * Signed display tokens and identity hashes, on WebCrypto so the same code runs in
 * Node, workerd and the browser. A token proves the server granted a display: it names
 * the project, survey, person, display and trigger, and expires.
 * @module
 */

export interface DisplayClaims {
  /** project id */ p: string
  /** survey id */ s: string
  /** respondent key */ r: string
  /** display id */ d: string
  /** trigger key: order/ticket id, or the display id for relational surveys */ t: string
  /** issued at, ms */ iat: number
  /** expires at, ms */ exp: number
}

const enc = new TextEncoder()
const keys = new Map<string, Promise<CryptoKey>>()

function hmacKey(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret)
  if (!k) {
    if (keys.size > 1000) keys.clear()
    k = crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    keys.set(secret, k)
  }
  return k
}

function b64url(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromB64url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4))
    return Uint8Array.from(bin, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export async function hmacHex(secret: string, message: string): Promise<string> {
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), enc.encode(message)))
  return Array.from(sig, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Constant-time check of `hex === HMAC(secret, message)` (WebCrypto's verify). */
export async function verifyHmacHex(secret: string, message: string, hex: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(hex)) return false
  const sig = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16))
  return crypto.subtle.verify('HMAC', await hmacKey(secret), sig, enc.encode(message))
}

export async function signToken(secret: string, claims: DisplayClaims): Promise<string> {
  const body = b64url(enc.encode(JSON.stringify(claims)))
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), enc.encode(body)))
  return `${body}.${b64url(sig)}`
}

export type TokenCheck = { ok: true; claims: DisplayClaims } | { ok: false; why: 'malformed' | 'bad_signature' | 'expired' }

/** Verify signature first (constant time), then expiry; never throws. */
export async function verifyToken(secret: string, token: string, now: number): Promise<TokenCheck> {
  const [body, sigText, extra] = token.split('.')
  if (!body || !sigText || extra !== undefined) return { ok: false, why: 'malformed' }
  const sig = fromB64url(sigText)
  if (!sig) return { ok: false, why: 'malformed' }
  const good = await crypto.subtle.verify('HMAC', await hmacKey(secret), sig, enc.encode(body))
  if (!good) return { ok: false, why: 'bad_signature' }
  let claims: DisplayClaims
  try {
    claims = JSON.parse(new TextDecoder().decode(fromB64url(body)!))
  } catch {
    return { ok: false, why: 'malformed' }
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now) return { ok: false, why: 'expired' }
  return { ok: true, claims }
}
