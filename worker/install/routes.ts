/**
 * /v1/install — what the Install screen needs beyond the project: where the tag has
 * been seen (the last eligibility call per page origin).
 * @module
 */
import { Hono } from 'hono'
import { SeenList } from '../../shared/management'
import { rows } from '../db/store'
import type { AppEnv } from '../deps'
import { describeManagement } from '../http/describe'
import { secretAuth } from '../http/secret-auth'
import { listSeen, SEEN_RESOLUTION_MS } from './seen'

export const install = new Hono<AppEnv>()

install.get(
  '/seen',
  describeManagement({
    summary: 'Where the tag has been seen: the last eligibility call per page origin',
    description: `Newest first, at most 100 origins. "" stands for calls without an Origin header (a backend or a native app). Written at most once a minute per origin per server process, so a time may be up to ${SEEN_RESOLUTION_MS / 60_000} minute behind.`,
    scope: 'read',
    ok: { 200: ['Origins with the time of their last call', SeenList] },
    problems: [401, 403, 429, 503],
  }),
  secretAuth('read'),
  async (c) => {
    const [rs] = await c.var.deps.db.read([listSeen(c.var.project.id, 100)])
    return c.json({ origins: rows<{ origin: string; lastSeenAt: number }>(rs).map((r) => ({ origin: r.origin, last_seen_at: Number(r.lastSeenAt) })) })
  },
)
