/**
 * IP + user agent fingerprints, hashed with a salt that changes every UTC day. The salt
 * lives in libSQL so every process and isolate agrees on it; today's and yesterday's are
 * kept, older ones deleted, so a fingerprint cannot be linked across days and no raw IP
 * is ever stored or logged.
 * @module
 */
import { hmacHex } from './crypto'
import { DAY } from '../shared/eligibility'
import { eq, lt } from 'drizzle-orm'
import { salts } from './db/schema'
import { qb, stmt } from './db/sql'
import { rows, type Store } from './db/store'

export const utcDay = (t: number) => new Date(t - (t % DAY)).toISOString().slice(0, 10)

export function fingerprinter(db: Store) {
  const cache = new Map<string, string>()
  async function saltFor(day: string): Promise<string> {
    const hit = cache.get(day)
    if (hit) return hit
    const fresh = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('')
    const yesterday = utcDay(Date.parse(day) - DAY)
    const rs = await db.write([
      stmt(qb.insert(salts).values({ day, salt: fresh }).onConflictDoNothing()),
      stmt(qb.delete(salts).where(lt(salts.day, yesterday))),
      stmt(qb.select({ salt: salts.salt }).from(salts).where(eq(salts.day, day))),
    ])
    const salt = rows<Pick<typeof salts.$inferSelect, 'salt'>>(rs[2])[0].salt
    cache.clear()
    cache.set(day, salt)
    return salt
  }
  // The same visitor sends several requests; remember today's hashes (never the raw IPs on disk).
  const seen = new Map<string, string>()
  return async (ip: string, userAgent: string | undefined, now: number): Promise<string> => {
    const day = utcDay(now)
    const input = `${ip}\n${userAgent ?? ''}`
    const hit = seen.get(`${day}\n${input}`)
    if (hit) return hit
    const fp = hmacHex(await saltFor(day), input).slice(0, 32)
    if (seen.size > 10_000) seen.clear()
    seen.set(`${day}\n${input}`, fp)
    return fp
  }
}
