/**
 * GET /v1/members: this project's members (id, e-mail, role) — whom a follow-up can be
 * assigned to. Only the caller's project; nothing about other projects an account is in.
 * @module
 */
import type { Context } from 'hono'
import { rows } from '../db/store'
import type { AppEnv } from '../deps'
import { membersOf, type MemberRow } from './queries'

export async function listMembers(c: Context<AppEnv>) {
  const [rs] = await c.var.deps.db.read([membersOf(c.var.project.id)])
  return c.json({ members: rows<MemberRow>(rs).map((m) => ({ id: m.id, email: m.email, role: m.role })) })
}
