/**
 * List the project's members, change a role (owner ⇄ analyst), remove a member. The
 * last owner can be neither demoted nor removed (409 `last_owner`). The role is read
 * from `memberships` on every request, so a change holds at once for that person's
 * sessions.
 * @module
 */
import type { Context } from 'hono'
import type { MemberUpdate } from '../../shared/management'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { endSessionsIn, listMembers, readMember, removeMember, setRole, type MemberRow } from './queries'

const present = (m: MemberRow) => ({ id: m.id, email: m.email, role: m.role, joined_at: Number(m.joinedAt) })
const lastOwner = () => new ApiError(409, 'last_owner', 'This is the project’s last owner: make someone else an owner first.')

async function mustRead(c: Context<AppEnv>, id: string): Promise<MemberRow> {
  const [rs] = await c.var.deps.db.read([readMember(c.var.project.id, id)])
  const m = first<MemberRow>(rs)
  if (!m) throw new ApiError(404, 'not_found', 'No such member of this project.')
  return m
}

export async function list(c: Context<AppEnv>) {
  const [rs] = await c.var.deps.db.read([listMembers(c.var.project.id)])
  return c.json({ members: rows<MemberRow>(rs).map(present) })
}

export async function update(c: JsonContext<typeof MemberUpdate, '/:id'>) {
  const { deps, project } = c.var
  const { role } = c.req.valid('json')
  const id = c.req.param('id')
  await mustRead(c, id)
  const [done] = await deps.db.write([setRole(project.id, id, role)])
  if (done.rowsAffected !== 1) {
    await mustRead(c, id) // removed meanwhile: 404
    throw lastOwner()
  }
  return c.json(present(await mustRead(c, id)))
}

export async function remove(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const id = c.req.param('id') ?? ''
  await mustRead(c, id)
  const [done] = await deps.db.write([removeMember(project.id, id), endSessionsIn(project.id, id)])
  if (done.rowsAffected !== 1) {
    await mustRead(c, id)
    throw lastOwner()
  }
  return c.body(null, 204)
}
