/**
 * "Has the tag been seen?": the last eligibility call per (project, page origin). The
 * eligibility path calls `noteSeen` once; it writes at most once a minute per origin per
 * process or isolate (an in-memory throttle), never inside the call's own write, and the
 * call never waits for it: on Node the upsert joins the writer thread's next group
 * commit, on Workers it runs under `executionCtx.waitUntil`. So a busy origin costs one
 * small write a minute, however many calls it makes; the time shown is to the minute.
 * @module
 */
import type { Context } from 'hono'
import type { InStatement } from '@libsql/client'
import { installSeen } from '../db/schema'
import { names } from '../db/sql'
import type { AppEnv, Deps } from '../deps'

/** How often one origin of one project is written, per process. */
export const SEEN_RESOLUTION_MS = 60_000
/** Origins remembered by the throttle before it starts afresh (memory stays bounded). */
const MAX_TRACKED = 10_000
/** Per app (one per process or isolate): when each (project, origin) was last written. */
const throttles = new WeakMap<Deps, Map<string, number>>()

const T = names(installSeen)

/** Upsert; a late write never moves the time back. */
export const upsertSeen = (projectId: string, origin: string, at: number): InStatement => ({
  sql: `INSERT INTO ${T.$} (${T.projectId}, ${T.origin}, ${T.lastSeenAt}) VALUES (?, ?, ?)
        ON CONFLICT (${T.projectId}, ${T.origin}) DO UPDATE SET ${T.lastSeenAt} = max(${T.lastSeenAt}, excluded.${T.lastSeenAt})`,
  args: [projectId, origin, at],
})

export const listSeen = (projectId: string, limit: number): InStatement => ({
  sql: `SELECT ${T.origin} AS origin, ${T.lastSeenAt} AS lastSeenAt FROM ${T.$} WHERE ${T.projectId} = ? ORDER BY ${T.lastSeenAt} DESC LIMIT ?`,
  args: [projectId, limit],
})

/** Whether this call should be written: the first for its (project, origin) in this process's last minute. */
export function due(deps: Deps, projectId: string, origin: string, now: number): boolean {
  let seen = throttles.get(deps)
  if (!seen) throttles.set(deps, (seen = new Map()))
  const key = `${projectId}\n${origin}`
  const prev = seen.get(key)
  if (prev !== undefined && now >= prev && now - prev < SEEN_RESOLUTION_MS) return false
  if (seen.size >= MAX_TRACKED) seen.clear()
  seen.set(key, now)
  return true
}

/** Records that the project's tag called from this request's origin; never throws, never delays the answer. */
export function noteSeen(c: Context<AppEnv>): void {
  try {
    const { deps, project } = c.var
    const origin = (c.req.header('origin') ?? '').slice(0, 253)
    const now = deps.clock()
    if (!due(deps, project.id, origin, now)) return
    const write = deps.db.write([upsertSeen(project.id, origin, now)]).then(
      () => {},
      () => seenFailed(deps, project.id, origin),
    )
    let ctx: { waitUntil(p: Promise<unknown>): void } | undefined
    try {
      ctx = c.executionCtx
    } catch {
      // Node has no execution context: the process outlives the request, the write goes on.
    }
    ctx?.waitUntil(write)
  } catch {
    // Never the widget's problem.
  }
}

/** A failed write is tried again by the next call instead of a minute later. */
function seenFailed(deps: Deps, projectId: string, origin: string) {
  throttles.get(deps)?.delete(`${projectId}\n${origin}`)
}
