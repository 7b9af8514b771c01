/**
 * /v1/members — read only: the project's dashboard members, for assigning follow-ups.
 * Inviting and roles stay with the owner's /auth calls.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { MemberList } from '../../shared/members-contract'
import type { AppEnv } from '../deps'
import { problemResponses } from '../http/openapi'
import { secretAuth } from '../http/secret-auth'
import { listMembers } from './handlers'

export const members = new Hono<AppEnv>()

members.get(
  '/',
  describeRoute({
    tags: ['management'],
    summary: "This project's dashboard members: id, e-mail and role (whom a follow-up can be assigned to)",
    description: "Scope: read. Only this project's members, by e-mail; nothing about other projects an account belongs to.",
    security: [{ secretKey: [] }],
    responses: { 200: { description: 'The members, by e-mail', content: { 'application/json': { schema: resolver(MemberList) } } }, ...problemResponses(401) },
  }),
  secretAuth('read'),
  listMembers,
)
