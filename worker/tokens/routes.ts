/**
 * /v1/tokens — create (shown once), list, revoke API tokens. Admin scope.
 * @module
 */
import { Hono } from 'hono'
import { TokenCreate, TokenCreated, TokenInfo, TokenList } from '../../shared/management'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { describeManagement } from '../http/describe'
import { secretAuth } from '../http/secret-auth'
import { createToken, listTokensHandler, revokeTokenHandler } from './handlers'

export const tokens = new Hono<AppEnv>()

tokens.post(
  '/',
  describeManagement({
    summary: 'Create an API token',
    description: 'Scopes nest: read (results, answers, settings and surveys as they are) ⊂ write (surveys, settings, follow-ups) ⊂ admin (tokens, keys). The token is in this response only; it is stored hashed.',
    scope: 'admin',
    ok: { 201: ['Created; `token` is shown this once', TokenCreated] },
    problems: [400, 401, 403, 413, 415, 422, 429, 503],
  }),
  secretAuth('admin'),
  jsonBody(TokenCreate),
  createToken,
)

tokens.get(
  '/',
  describeManagement({ summary: 'List API tokens (never their secret)', scope: 'admin', ok: { 200: ['Newest first, revoked ones included', TokenList] }, problems: [401, 403, 429, 503] }),
  secretAuth('admin'),
  listTokensHandler,
)

tokens.delete(
  '/:id',
  describeManagement({
    summary: 'Revoke an API token',
    description: 'At once, on every server: tokens are checked against the database on each call. Revoking again keeps the first time.',
    scope: 'admin',
    ok: { 200: ['The token as it is now', TokenInfo] },
    problems: [401, 403, 404, 429, 503],
  }),
  secretAuth('admin'),
  revokeTokenHandler,
)
