/**
 * /v1/members — the dashboard accounts of this project: read by anyone who reads results (to assign follow-ups); changed by owners only (the `admin` scope,
 * which an owner's session, the secret key or an admin token holds). New members come
 * by a one-time link (POST /auth/invites).
 * @module
 */
import { Hono } from 'hono'
import { Member, MemberList, MemberUpdate } from '../../shared/management'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { describeManagement } from '../http/describe'
import { secretAuth } from '../http/secret-auth'
import { list, remove, update } from './handlers'

export const members = new Hono<AppEnv>()

members.get('/', describeManagement({ summary: 'The members of this project and their roles (whom a follow-up can be assigned to)', scope: 'read', ok: { 200: ['Members, oldest first', MemberList] }, problems: [401, 403, 429, 503] }), secretAuth('read'), list)

members.patch(
  '/:id',
  describeManagement({
    summary: "Change a member's role (owner or analyst)",
    description: 'Holds at once for that person’s open sessions. Demoting the last owner is 409 last_owner.',
    scope: 'admin',
    ok: { 200: ['The member as it is now', Member] },
    problems: [400, 401, 403, 404, 409, 413, 415, 422, 429, 503],
  }),
  secretAuth('admin'),
  jsonBody(MemberUpdate),
  update,
)

members.delete(
  '/:id',
  describeManagement({
    summary: 'Remove a member from this project',
    description: 'The account keeps its other projects; its sessions stop working in this one at once. Removing the last owner is 409 last_owner.',
    scope: 'admin',
    ok: {},
    problems: [401, 403, 404, 409, 429, 503],
  }),
  secretAuth('admin'),
  remove,
)
