/**
 * Who is answering. A verified (or, where the project allows, unverified) user id makes
 * the respondent `u:<id>`; otherwise the widget's anonymous id makes `a:<id>`. An anonymous
 * visitor who identifies is linked to the user (identity merge), so history follows them
 * through log-in and log-out, and caps never live in the browser.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { verifyHmacHex } from './crypto'
import { rows, type Store } from './db/store'
import type { Project } from './projects'

export interface Respondent {
  /** The key caps and answers are stored under. */
  key: string
  /** Every key whose history belongs to this person (the key and merged anonymous keys). */
  historyKeys: string[]
  anonymousId: string
  userId: string | null
  verified: boolean
  /** A user id came without a valid hash where one was required, so it was not trusted. */
  unverifiedIdentity: boolean
  /** Statements that record the anonymous → user link, to run with the caller's write. */
  mergeStmts: InStatement[]
}

export interface IdentityInput {
  anonymous_id: string
  user_id?: string
  user_hash?: string
}

export interface Identity {
  userId: string | null
  verified: boolean
  unverifiedIdentity: boolean
}

/** Check the user id's HMAC; no database involved. */
export function checkIdentity(project: Project, id: IdentityInput): Identity {
  if (id.user_id === undefined) return { userId: null, verified: false, unverifiedIdentity: false }
  const verified = id.user_hash !== undefined && (verifyHmacHex(project.secretKey, id.user_id, id.user_hash))
  if (verified || !project.rules.requireVerifiedIdentity) return { userId: id.user_id, verified, unverifiedIdentity: false }
  return { userId: null, verified: false, unverifiedIdentity: true }
}

export async function resolveRespondent(db: Store, project: Project, id: IdentityInput, now: number): Promise<Respondent> {
  const anonKey = `a:${id.anonymous_id}`
  const { userId, verified, unverifiedIdentity } = checkIdentity(project, id)
  const [linked, merged] = await db.read([
    { sql: 'SELECT user_key FROM aliases WHERE project_id = ? AND anon_key = ?', args: [project.id, anonKey] },
    // Anonymous keys merged into the person this request resolves to, in the same round trip.
    {
      sql: `SELECT anon_key FROM aliases WHERE project_id = ? AND user_key =
              COALESCE(?, (SELECT user_key FROM aliases WHERE project_id = ? AND anon_key = ?))`,
      args: [project.id, userId ? `u:${userId}` : null, project.id, anonKey],
    },
  ])
  const linkedUser = rows<{ user_key: string }>(linked)[0]?.user_key
  // An anonymous visitor who once identified keeps that person's history; one who claims
  // a user id without the required proof stays anonymous.
  const key = userId ? `u:${userId}` : (linkedUser ?? anonKey)
  const historyKeys = [key, anonKey, ...rows<{ anon_key: string }>(merged).map((r) => r.anon_key)]
  const mergeStmts: InStatement[] =
    userId && linkedUser !== key
      ? [{ sql: 'INSERT INTO aliases (project_id, anon_key, user_key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', args: [project.id, anonKey, key, now] }]
      : []
  return { key, historyKeys: [...new Set(historyKeys)], anonymousId: id.anonymous_id, userId, verified, unverifiedIdentity, mergeStmts }
}
