/**
 * Password hashes: scrypt from node:crypto (Node, and workerd with nodejs_compat), so a
 * hash made on one runtime verifies on the other. Parameters are one of OWASP's scrypt
 * settings (Password Storage Cheat Sheet): N=2^14, r=8, p=5 — 16 MiB per hash, which
 * fits a Workers isolate's 128 MB where N=2^17 (128 MiB) would not. The parameters are
 * stored in the hash, so they can be raised later and old hashes still verify.
 * @module
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

export const SCRYPT = { N: 1 << 14, r: 8, p: 5, keyLength: 32 } as const
/** Passwords shorter than this are refused (OWASP: at least 8 with other factors, 15 without; we ask 10 and no composition rules). */
export const MIN_PASSWORD = 10
export const MAX_PASSWORD = 256

const derive = (password: string, salt: Buffer, N: number, r: number, p: number, len: number) =>
  new Promise<Buffer>((res, rej) =>
    scrypt(password.normalize('NFKC'), salt, len, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (e, key) => (e ? rej(e) : res(key))),
  )

/**
 * @example await hashPassword('correct horse battery') // 'scrypt$16384$8$5$<salt b64>$<key b64>'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const { N, r, p, keyLength } = SCRYPT
  const key = await derive(password, salt, N, r, p, keyLength)
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Constant-time check; false for a malformed hash, never throws on bad input. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number)
  if (![N, r, p].every((x) => Number.isInteger(x) && x > 0) || N > 1 << 20) return false
  const salt = Buffer.from(parts[4], 'base64')
  const expected = Buffer.from(parts[5], 'base64')
  if (expected.length < 16) return false
  const key = await derive(password, salt, N, r, p, expected.length)
  return timingSafeEqual(key, expected)
}

/** A hash of nothing anybody knows: an unknown e-mail costs the same scrypt as a wrong password. */
export const DUMMY_HASH = 'scrypt$16384$8$5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
