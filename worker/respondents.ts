/**
 * Who is answering. A verified (or, where the project allows, unverified) user id makes
 * the respondent `u:<id>`; otherwise the widget's anonymous id makes `a:<id>`. An anonymous
 * visitor who identifies is linked to the user (identity merge), so history follows them
 * through log-in and log-out, and caps never live in the browser.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { verifyHmacHex } from './crypto'
import { aliases } from './db/schema'
import { names } from './db/sql'
import { rows, type Store } from './db/store'
import { identitySecrets, type Project } from './projects'

type Alias = typeof aliases.$inferSelect

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

/**
 * Check the user id's HMAC; no database involved. During a secret-key rotation's overlap
 * a hash made with the replaced key still verifies (backends switch keys one by one).
 */
export function checkIdentity(project: Project, id: IdentityInput, now: number): Identity {
  if (id.user_id === undefined) return { userId: null, verified: false, unverifiedIdentity: false }
  const hash = id.user_hash
  const verified = hash !== undefined && identitySecrets(project, now).some((secret) => verifyHmacHex(secret, id.user_id!, hash))
  if (verified || !project.rules.requireVerifiedIdentity) return { userId: id.user_id, verified, unverifiedIdentity: false }
  return { userId: null, verified: false, unverifiedIdentity: true }
}

/**
 * How many anonymous ids of one person are merged and read: the most recent ones. A person
 * (or someone posing as one, where identities are not verified) can collect any number
 * of anonymous ids; history is read through this many at most, so every eligibility call
 * stays bounded by the person's own recent history, and no more are linked once a user
 * has this many.
 */
export const MERGED_ANONYMOUS_IDS = 100

const A = names(aliases)

/** The alias reads of `resolveRespondent`: who this anonymous id belongs to, and that person's recent anonymous ids. */
export function aliasStatements(projectId: string, anonKey: string, userKey: string | null): InStatement[] {
  return [
    { sql: LINKED_USER, args: [projectId, anonKey] },
    { sql: MERGED_KEYS, args: [projectId, userKey, projectId, anonKey] },
  ]
}
const LINKED_USER = `SELECT ${A.userKey} AS userKey FROM ${A.$} WHERE ${A.projectId} = ? AND ${A.anonKey} = ?`
// Anonymous keys merged into the person this request resolves to, newest first, in the same round trip.
const MERGED_KEYS = `SELECT ${A.anonKey} AS anonKey FROM ${A.$} WHERE ${A.projectId} = ? AND ${A.userKey} =
    COALESCE(?, (SELECT ${A.userKey} FROM ${A.$} WHERE ${A.projectId} = ? AND ${A.anonKey} = ?))
  ORDER BY ${A.createdAt} DESC LIMIT ${MERGED_ANONYMOUS_IDS}`
const LINK = `INSERT INTO ${A.$} (${A.projectId}, ${A.anonKey}, ${A.userKey}, ${A.createdAt}) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`

export async function resolveRespondent(db: Store, project: Project, id: IdentityInput, now: number): Promise<Respondent> {
  const anonKey = `a:${id.anonymous_id}`
  const { userId, verified, unverifiedIdentity } = checkIdentity(project, id, now)
  const [linked, merged] = await db.read(aliasStatements(project.id, anonKey, userId ? `u:${userId}` : null))
  const linkedUser = rows<Pick<Alias, 'userKey'>>(linked)[0]?.userKey
  // An anonymous visitor who once identified keeps that person's history; one who claims
  // a user id without the required proof stays anonymous.
  const key = userId ? `u:${userId}` : (linkedUser ?? anonKey)
  const mergedKeys = rows<Pick<Alias, 'anonKey'>>(merged).map((r) => r.anonKey)
  const mergeStmts: InStatement[] =
    userId && linkedUser !== key && mergedKeys.length < MERGED_ANONYMOUS_IDS
      ? [{ sql: LINK, args: [project.id, anonKey, key, now] }]
      : []
  return { key, historyKeys: [...new Set([key, anonKey, ...mergedKeys])], anonymousId: id.anonymous_id, userId, verified, unverifiedIdentity, mergeStmts }
}
