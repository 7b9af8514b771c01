/**
 * The background tagging pass: new and edited comments (stored as "to tag"), and comments
 * whose themes were computed with an older version of their project's themes (a custom
 * theme added, one renamed or switched off), are tagged, a batch of a few hundred per pass
 * (30 while the Node loop yields to a rush of requests). It runs at the start of
 * the closed loop's pass (Node loop: at once after an answer with a comment; Workers:
 * `waitUntil` after it, and the cron), beside the SLA scan. Every write is guarded by the
 * comment, score and version it read, so a comment edited meanwhile is tagged again by a
 * later pass, never given themes of its older text.
 * @module
 */
import type { InStatement } from '@libsql/client'
import { rows, type Store } from '../db/store'
import { projectThemes, tagJson } from './tagging'
import { pendingStatement, retaggedThemes, type PendingRow } from './queries'

/** Comments re-tagged per pass. */
export const RETAG_BATCH = 300

export interface RetagResult {
  tagged: number
  /** A full batch was tagged: more may be waiting. */
  more?: boolean
}

export function retagPass(db: Store, batch = RETAG_BATCH): (now?: number, limit?: number) => Promise<RetagResult> {
  // A pass of the delivery loop under load takes a small batch: so do its comments to tag.
  return async (_now?: number, limit?: number) => {
    const size = limit === undefined ? batch : Math.min(batch, limit * 3)
    const [rs] = await db.read([pendingStatement(size)])
    const found = rows<PendingRow>(rs)
    if (found.length === 0) return { tagged: 0 }
    const themesOf = new Map<string, ReturnType<typeof projectThemes>>()
    const statements: InStatement[] = []
    for (const r of found) {
      let t = themesOf.get(r.projectId)
      if (!t) {
        let stored: { themes?: unknown } = {}
        try {
          stored = JSON.parse(r.settings) as { themes?: unknown }
        } catch {}
        t = projectThemes(stored?.themes)
        themesOf.set(r.projectId, t)
      }
      const score = Number(r.score)
      statements.push(...retaggedThemes({ projectId: r.projectId, clientId: r.clientId, comment: r.comment, score, themes: tagJson(r.comment, score, t, r.locale), version: t.version }))
    }
    await db.write(statements)
    return { tagged: found.length, more: found.length >= size }
  }
}

/** Several periodic checks as one `before` of the delivery runner; one failing does not stop the next. */
export function allOf(...checks: ((now: number, limit: number) => Promise<unknown>)[]): (now: number, limit: number) => Promise<{ more: boolean }> {
  return async (now, limit) => {
    let more = false
    for (const check of checks) {
      const r = await check(now, limit).catch((e) => console.error('tenpoint: background check failed:', e instanceof Error ? e.message : e))
      if ((r as { more?: boolean } | undefined)?.more === true) more = true
    }
    return { more }
  }
}
