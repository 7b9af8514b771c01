/**
 * POST /v1/invitations — the route: its OpenAPI description, the secret key, the body schema.
 * @module
 */
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { InvitationCreate, InvitationResult } from '../../shared/contract'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { secretAuth } from '../http/secret-auth'
import { problemResponses } from '../http/openapi'
import { createInvitations } from './handlers'

export const invitations = new Hono<AppEnv>()

invitations.post(
  '/',
  describeRoute({
    tags: ['backend'],
    summary: 'Open transactional invitations for a user after an event',
    description:
      'Authoritative: an invitation a page opened for the same order (client triggers) is taken over by this one, so a page guessing order ids can never block the real customer.',
    security: [{ secretKey: [] }],
    responses: {
      201: { description: 'Opened', content: { 'application/json': { schema: resolver(InvitationResult) } } },
      200: { description: 'Already open for this order (replay)', content: { 'application/json': { schema: resolver(InvitationResult) } } },
      ...problemResponses(400, 401, 413, 415, 422, 429, 503),
    },
  }),
  secretAuth('write'),
  jsonBody(InvitationCreate),
  createInvitations,
)
