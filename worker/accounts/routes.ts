/**
 * /auth — the dashboard's accounts: join by a one-time link, sign in and out (here or
 * everywhere), change the password, see and switch projects, invite members (owners).
 * Every state-changing call passes the Origin check (session.ts); sign-in is rate limited
 * per address and per e-mail and answers an unknown e-mail exactly as a wrong password.
 * @module
 */
import { Hono, type Context } from 'hono'
import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import { randomKey, sha256Hex } from '../crypto'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { limit } from '../http/keys'
import { ApiError } from '../http/problem'
import { DUMMY_HASH, hashPassword, MAX_PASSWORD, MIN_PASSWORD, verifyPassword } from './password'
import {
  deleteSession, deleteSessionsOf, insertInvite, insertMembership, insertUser, inviteByHash, membershipsOf, setPassword,
  switchProject, useInvite, userByEmail, userById, type InviteRow, type MembershipRow, type UserRow,
} from './queries'
import { checkCsrf, endCookie, readSession, startSession, type Session } from './session'

export const INVITE_TTL_MS = 7 * 24 * 3_600_000

const Email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('an e-mail address'))
const Password = v.pipe(v.string(), v.minLength(MIN_PASSWORD, `at least ${MIN_PASSWORD} characters`), v.maxLength(MAX_PASSWORD))
const SignIn = v.strictObject({ email: Email, password: v.pipe(v.string(), v.maxLength(MAX_PASSWORD)) })
const Join = v.strictObject({ token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)), email: Email, password: Password })
const ChangePassword = v.strictObject({ current: v.pipe(v.string(), v.maxLength(MAX_PASSWORD)), next: Password })
const Switch = v.strictObject({ project_id: v.string() })
const Invite = v.strictObject({ role: v.picklist(['owner', 'analyst']) })

export const accounts = new Hono<AppEnv>()

accounts.use('*', async (c, next) => {
  checkCsrf(c)
  c.header('Cache-Control', 'no-store')
  await next()
})

const wrongCredentials = () => new ApiError(401, 'wrong_credentials', 'The e-mail or the password is wrong.')

async function requireSession(c: Context<AppEnv>): Promise<Session> {
  const s = await readSession(c)
  if (!s) throw new ApiError(401, 'signed_out', 'Sign in first.')
  return s
}

async function projectsOf(c: Context<AppEnv>, userId: string) {
  const [rs] = await c.var.deps.db.read([membershipsOf(userId)])
  return rows<MembershipRow>(rs)
}

accounts.get('/me', async (c) => {
  const s = await requireSession(c)
  const list = await projectsOf(c, s.userId)
  const open = list.find((p) => p.projectId === s.projectId) ?? null
  return c.json({
    email: s.email,
    project: open && { id: open.projectId, name: open.name, role: open.role },
    projects: list.map((p) => ({ id: p.projectId, name: p.name, role: p.role })),
  })
})

accounts.post('/sign-in', jsonBody(SignIn), async (c) => {
  const { deps } = c.var
  const { email, password } = c.req.valid('json')
  limit(deps, `signin-ip:${deps.clientIp(c)}`, deps.config.signInPerMinute)
  limit(deps, `signin-email:${email}`, deps.config.signInPerMinute)
  const [rs] = await deps.db.read([userByEmail(email)])
  const user = first<UserRow>(rs)
  // Same work either way: an unknown e-mail costs one scrypt like a known one.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
  if (!user || !ok) throw wrongCredentials()
  const list = await projectsOf(c, user.id)
  if (list.length === 0) throw wrongCredentials()
  await startSession(c, user.id, list[0].projectId)
  return c.json({ ok: true })
})

accounts.post('/join', jsonBody(Join), async (c) => {
  const { deps } = c.var
  const { token, email, password } = c.req.valid('json')
  limit(deps, `signin-ip:${deps.clientIp(c)}`, deps.config.signInPerMinute)
  const now = deps.clock()
  const tokenHash = sha256Hex(token)
  const [irs, urs] = await deps.db.read([inviteByHash(tokenHash), userByEmail(email)])
  const invite = first<InviteRow>(irs)
  if (!invite || invite.usedAt !== null || Number(invite.expiresAt) <= now) throw new ApiError(410, 'link_used_or_expired', 'This link was used already or has expired; ask for a new one.')
  const existing = first<UserRow>(urs)
  // Someone who already has an account proves it with its password.
  if (existing && !(await verifyPassword(password, existing.passwordHash))) throw wrongCredentials()
  const userId = existing?.id ?? randomKey('usr_', 16)
  const write = [useInvite(tokenHash, now)]
  if (!existing) write.push(insertUser({ id: userId, email, passwordHash: await hashPassword(password), now }))
  write.push(insertMembership({ userId, projectId: invite.projectId, role: invite.role, now }))
  const [used] = await deps.db.write(write)
  if (used.rowsAffected !== 1) throw new ApiError(410, 'link_used_or_expired', 'This link was used already or has expired; ask for a new one.')
  await startSession(c, userId, invite.projectId)
  return c.json({ ok: true }, 201)
})

accounts.post('/sign-out', async (c) => {
  const s = await readSession(c)
  if (s) await c.var.deps.db.write([deleteSession(s.idHash)])
  endCookie(c)
  return c.body(null, 204)
})

accounts.post('/sign-out-everywhere', async (c) => {
  const s = await requireSession(c)
  await c.var.deps.db.write([deleteSessionsOf(s.userId)])
  endCookie(c)
  return c.body(null, 204)
})

accounts.post('/password', jsonBody(ChangePassword), async (c) => {
  const { deps } = c.var
  const s = await requireSession(c)
  const { current, next } = c.req.valid('json')
  limit(deps, `signin-email:${s.email}`, deps.config.signInPerMinute)
  const [rs] = await deps.db.read([userById(s.userId)])
  const user = first<UserRow>(rs)
  if (!user || !(await verifyPassword(current, user.passwordHash))) throw new ApiError(401, 'wrong_credentials', 'The current password is wrong.')
  // Every other browser is signed out; this one stays.
  await deps.db.write([setPassword(s.userId, await hashPassword(next)), deleteSessionsOf(s.userId, s.idHash)])
  return c.body(null, 204)
})

accounts.post('/project', jsonBody(Switch), async (c) => {
  const s = await requireSession(c)
  const { project_id } = c.req.valid('json')
  const list = await projectsOf(c, s.userId)
  if (!list.some((p) => p.projectId === project_id)) throw new ApiError(404, 'not_found', 'No such project among yours.')
  await c.var.deps.db.write([switchProject(s.idHash, project_id)])
  return c.body(null, 204)
})

accounts.post('/invites', jsonBody(Invite), async (c) => {
  const { deps } = c.var
  const s = await requireSession(c)
  if (s.role !== 'owner') throw new ApiError(403, 'owners_only', 'Only an owner of this project can invite members.')
  const { role } = c.req.valid('json')
  const token = randomBytes(32).toString('base64url')
  const now = deps.clock()
  await deps.db.write([insertInvite({ tokenHash: sha256Hex(token), projectId: s.projectId, role, createdBy: s.userId, now, expiresAt: now + INVITE_TTL_MS })])
  return c.json({ link: `/app/#/join/${token}`, role, expires_at: now + INVITE_TTL_MS }, 201)
})
