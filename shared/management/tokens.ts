/**
 * API tokens on the wire: create (the token shown once), list, revoke.
 * @module
 */
import * as v from 'valibot'
import { Name } from './fields'

export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const
export const TokenScope = v.picklist(TOKEN_SCOPES, 'read, write or admin')

export const TokenCreate = v.strictObject({ name: Name, scope: TokenScope })
export type TokenCreate = v.InferOutput<typeof TokenCreate>

export const TokenInfo = v.object({
  id: v.string(),
  name: v.string(),
  scope: TokenScope,
  /** The token's first characters, to tell tokens apart; the token itself is never shown again. */
  hint: v.string(),
  created_at: v.number(),
  /** To the minute: written at most once a minute. */
  last_used_at: v.nullable(v.number()),
  revoked_at: v.nullable(v.number()),
})
export type TokenInfo = v.InferOutput<typeof TokenInfo>
/** The one time the token is shown. */
export const TokenCreated = v.object({ ...TokenInfo.entries, token: v.string() })
export const TokenList = v.object({ tokens: v.array(TokenInfo) })
