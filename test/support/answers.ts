/**
 * Answers straight into the real database for results tests: many rows in one INSERT …
 * SELECT FROM json_each, with every NOT NULL column of `responses` filled. Faster than the
 * public API by orders of magnitude, and able to write what the API would never let a
 * test choose (a flag, a time, a segment). Each chunk is folded into the rollups in its
 * own transaction, as the stores do (worker/db/fold.ts).
 * @module
 */
import type { Client } from '@libsql/client'
import { randomUUID } from 'node:crypto'
import { FOLD } from '../../worker/db/fold'

export interface SeedAnswer {
  survey: string
  kind?: 'transactional' | 'relational'
  score: number
  /** created_at, epoch ms. */
  at: number
  id?: string
  /** Default: counted when there is no flag. */
  counted?: boolean
  flags?: string[]
  respondent?: string
  trigger?: string
  userId?: string | null
  comment?: string | null
  channel?: string | null
  locale?: string | null
  platform?: string | null
  segment?: string | null
  appVersion?: string | null
  returning?: boolean | null
  source?: string
  traits?: Record<string, unknown>
  attributes?: Record<string, unknown>
}

/** Insert answers; returns their ids in order. */
export async function insertAnswers(client: Client, projectId: string, list: readonly SeedAnswer[]): Promise<string[]> {
  const ids: string[] = []
  const rows = list.map((a, i) => {
    const id = a.id ?? randomUUID()
    ids.push(id)
    const flags = a.flags ?? []
    return {
      id,
      s: a.survey,
      k: a.kind ?? 'relational',
      r: a.respondent ?? `resp-${id}`,
      t: a.trigger ?? `trig-${i}-${id}`,
      u: a.userId ?? null,
      sc: a.score,
      cm: a.comment ?? null,
      ch: a.channel ?? null,
      lo: a.locale ?? null,
      pl: a.platform ?? null,
      sg: a.segment ?? null,
      av: a.appVersion ?? null,
      rt: a.returning === undefined || a.returning === null ? null : a.returning ? 1 : 0,
      so: a.source ?? 'widget',
      tr: JSON.stringify(a.traits ?? {}),
      at: JSON.stringify(a.attributes ?? {}),
      fl: JSON.stringify(flags),
      c: (a.counted ?? flags.length === 0) ? 1 : 0,
      ts: a.at,
    }
  })
  for (let i = 0; i < rows.length; i += 5000) {
    await client.batch([{
      sql: `INSERT INTO responses (project_id, survey_id, survey_kind, client_id, respondent_key, anonymous_id, user_id, trigger_key, score, comment,
              channel, locale, platform, segment, app_version, "returning", source, traits, attributes, flags, counted, fingerprint, payload_hash, write_nonce, created_at)
            SELECT ?, j.value ->> 's', j.value ->> 'k', j.value ->> 'id', j.value ->> 'r', j.value ->> 'r', j.value ->> 'u', j.value ->> 't', j.value ->> 'sc',
              j.value ->> 'cm', j.value ->> 'ch', j.value ->> 'lo', j.value ->> 'pl', j.value ->> 'sg', j.value ->> 'av', j.value ->> 'rt', j.value ->> 'so',
              j.value ->> 'tr', j.value ->> 'at', j.value ->> 'fl', j.value ->> 'c', 'fp', 'hash', 'nonce', j.value ->> 'ts'
            FROM json_each(?) AS j`,
      args: [projectId, JSON.stringify(rows.slice(i, i + 5000))],
    }, ...FOLD], 'write')
  }
  return ids
}

/** Scores for a known split: promoters as 10/9, passives as 8/7, detractors as 0..6, interleaved. */
export function scoresFor(promoters: number, passives: number, detractors: number): number[] {
  const out: number[] = []
  for (let i = 0; i < promoters; i++) out.push(i % 2 ? 9 : 10)
  for (let i = 0; i < passives; i++) out.push(i % 2 ? 7 : 8)
  for (let i = 0; i < detractors; i++) out.push(i % 7)
  return out
}

/** GET with the project's secret key; the JSON body and status. */
export async function secretGet(app: { request(path: string, init?: RequestInit): Response | Promise<Response> }, secretKey: string, path: string) {
  const r = await app.request(path, { headers: { authorization: `Bearer ${secretKey}` } })
  const type = r.headers.get('content-type') ?? ''
  return { status: r.status, body: type.includes('json') ? await r.json() : await r.text(), headers: r.headers }
}
