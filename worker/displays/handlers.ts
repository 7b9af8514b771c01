/**
 * "Not now": starts the shorter re-ask clock for this person and survey. Idempotent: a
 * second dismissal of the same display changes nothing.
 * @module
 */
import { and, eq, isNull } from 'drizzle-orm'
import type { DismissRequest } from '../../shared/contract'
import { displays } from '../db/schema'
import { qb, stmt } from '../db/sql'
import type { JsonContext } from '../http/body'
import { acceptDisplayToken } from '../http/display-token'

export async function dismissDisplay(c: JsonContext<typeof DismissRequest>) {
  const { deps, project } = c.var
  const now = deps.clock()
  const claims = acceptDisplayToken(project, c.req.valid('json').token, now)
  const [res] = await deps.db.write([
    stmt(
      qb
        .update(displays)
        .set({ dismissedAt: now })
        .where(and(eq(displays.id, claims.d), eq(displays.projectId, project.id), isNull(displays.dismissedAt), isNull(displays.answeredAt))),
    ),
  ])
  return c.json({ display_id: claims.d, dismissed: res.rowsAffected === 1 })
}
