/**
 * The owner's first way in: while no account exists, each start prints a one-time link
 * (valid 24 h, the previous unused one expires) — there is never a default password.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../crypto'
import { first, type Store } from '../db/store'
import { expireSetupLinks, insertInvite, userCount } from './queries'

export const SETUP_LINK_TTL_MS = 24 * 3_600_000

/** The link's path (the token is in the fragment, so it never reaches a server log), or null once an account exists. */
export async function setupLink(db: Store, projectId: string, now = Date.now()): Promise<string | null> {
  const [rs] = await db.read([userCount()])
  if (Number(first<{ n: number }>(rs)?.n ?? 0) > 0) return null
  const token = randomBytes(32).toString('base64url')
  await db.write([expireSetupLinks(now), insertInvite({ tokenHash: sha256Hex(token), projectId, role: 'owner', createdBy: null, now, expiresAt: now + SETUP_LINK_TTL_MS })])
  return `/app/#/join/${token}`
}
