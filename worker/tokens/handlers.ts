/**
 * API tokens: made with the secret key or an admin token, shown once, stored as a hash,
 * listed without their secret, revoked (never deleted).
 * @module
 */
import type { Context } from 'hono'
import type { TokenCreate, TokenInfo } from '../../shared/management'
import { randomKey, sha256Hex } from '../crypto'
import { first, rows } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { insertToken, listTokens, revokeToken, tokenById, type TokenRow } from './queries'

const info = (t: TokenRow): TokenInfo => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  hint: t.hint,
  created_at: Number(t.createdAt),
  last_used_at: t.lastUsedAt === null ? null : Number(t.lastUsedAt),
  revoked_at: t.revokedAt === null ? null : Number(t.revokedAt),
})

export async function createToken(c: JsonContext<typeof TokenCreate>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const token = randomKey('tp_', 40)
  const id = randomKey('tok_', 12)
  const [, rs] = await deps.db.write([
    insertToken({ id, projectId: project.id, name: body.name, scope: body.scope, tokenHash: sha256Hex(token), hint: `${token.slice(0, 7)}…`, now: deps.clock() }),
    tokenById(project.id, id),
  ])
  return c.json({ ...info(first<TokenRow>(rs)!), token }, 201)
}

export async function listTokensHandler(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const [rs] = await deps.db.read([listTokens(project.id)])
  return c.json({ tokens: rows<TokenRow>(rs).map(info) })
}

export async function revokeTokenHandler(c: Context<AppEnv, '/:id'>) {
  const { deps, project } = c.var
  const id = c.req.param('id')
  const [, rs] = await deps.db.write([revokeToken(project.id, id, deps.clock()), tokenById(project.id, id)])
  const t = first<TokenRow>(rs)
  if (!t) throw new ApiError(404, 'not_found', 'This project has no API token with this id.')
  return c.json(info(t))
}
