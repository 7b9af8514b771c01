/**
 * Projects and their surveys as the handlers see them: looked up by API key, with their
 * stored settings merged over the defaults, and cached briefly per process or isolate
 * (the hot path should not read the same project row on every request).
 * @module
 */
import { DEFAULT_PROJECT_RULES, DEFAULT_SURVEY_RULES, withDefaults, type ProjectRules, type SurveyRules } from '../shared/eligibility'
import type { SurveyKind } from '../shared/nps'
import type { SurveyTexts, Theme } from '../shared/contract'
import { hmacHex, sha256Hex } from './crypto'
import { projects, surveys } from './db/schema'
import { names, pick, type Row } from './db/sql'
import { first, rows, type Store } from './db/store'

export interface Project {
  id: string
  name: string
  publicKey: string
  secretKey: string
  /** A key replaced by a rotation, accepted until `until` (ms). */
  previousPublicKey: { key: string; until: number } | null
  previousSecretKey: { key: string; until: number } | null
  rules: ProjectRules
  /** Signs display tokens; derived from the project's signing secret, which no key rotation changes. */
  tokenSecret: string
  createdAt: number
}

/** The secret keys identity hashes may be made with now: the current one, and the replaced one during its overlap. */
export function identitySecrets(p: Project, now: number): string[] {
  return p.previousSecretKey && now < p.previousSecretKey.until ? [p.secretKey, p.previousSecretKey.key] : [p.secretKey]
}

export interface Survey {
  id: string
  kind: SurveyKind
  name: string
  /** Archived surveys never reach the directory. */
  status: 'active' | 'paused'
  rules: SurveyRules
  content: { product?: string; defaultLocale?: string; texts?: Record<string, SurveyTexts>; theme?: Theme }
}

const PROJECT_COLUMNS = [
  'id',
  'name',
  'publicKey',
  'secretKey',
  'signingSecret',
  'previousPublicKey',
  'previousPublicKeyUntil',
  'previousSecretKey',
  'previousSecretKeyUntil',
  'settings',
  'createdAt',
] as const
type ProjectRow = Row<typeof projects, (typeof PROJECT_COLUMNS)[number]>
const SURVEY_COLUMNS = ['id', 'kind', 'name', 'status', 'rules', 'content'] as const
type SurveyRow = Row<typeof surveys, (typeof SURVEY_COLUMNS)[number]>
const P = names(projects)
const S = names(surveys)

const parse = (s: string): unknown => {
  try {
    return JSON.parse(s)
  } catch {
    return {}
  }
}

const previous = (key: string | null, until: number | null) => (key && until !== null ? { key, until: Number(until) } : null)

function toProject(r: ProjectRow): Project {
  return {
    id: r.id,
    name: r.name,
    publicKey: r.publicKey,
    secretKey: r.secretKey,
    previousPublicKey: previous(r.previousPublicKey, r.previousPublicKeyUntil),
    previousSecretKey: previous(r.previousSecretKey, r.previousSecretKeyUntil),
    rules: withDefaults(DEFAULT_PROJECT_RULES, parse(r.settings)),
    // Rows from before the signing secret existed fall back to the secret key, as tokens were signed then.
    tokenSecret: hmacHex(r.signingSecret || r.secretKey, 'tenpoint display token v1'),
    createdAt: Number(r.createdAt),
  }
}

function toSurvey(r: SurveyRow): Survey {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    status: r.status === 'active' ? 'active' : 'paused',
    rules: withDefaults(DEFAULT_SURVEY_RULES, parse(r.rules)),
    content: parse(r.content) as Survey['content'],
  }
}

class TtlCache<V> {
  private m = new Map<string, { at: number; v: V }>()
  constructor(private ttlMs: number) {}
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.m.get(key)
    const now = Date.now()
    if (hit && now - hit.at < this.ttlMs) return hit.v
    const v = await load()
    if (this.m.size > 10_000) this.m.clear()
    this.m.set(key, { at: now, v })
    return v
  }
  /** Forget every entry whose key or value matches. */
  forget(match: (key: string, v: V) => boolean) {
    for (const [k, e] of this.m) if (match(k, e.v)) this.m.delete(k)
  }
}

export interface Directory {
  /** The project of a public key, current or replaced and still in its overlap. */
  byPublicKey(key: string): Promise<Project | null>
  /** The project of a secret key, current or replaced and still in its overlap. */
  bySecretKey(key: string): Promise<Project | null>
  byId(projectId: string): Promise<Project | null>
  /** The project's surveys that may still be shown (active or paused; never archived). */
  surveys(projectId: string): Promise<Survey[]>
  /**
   * Drop this process's cached copies of a project and its surveys, so the next call
   * reads the change. Other processes and isolates see it when their copies expire
   * (`cacheTtlMs`, 10 s by default).
   */
  invalidate(projectId: string): void
}

/**
 * @param ttlMs how long a project or survey list may be served from memory
 * @param clock decides whether a replaced key's overlap has ended
 */
export function directory(db: Store, ttlMs: number, clock: () => number = Date.now): Directory {
  const pub = new TtlCache<Project | null>(ttlMs)
  const sec = new TtlCache<Project | null>(ttlMs)
  const ids = new TtlCache<Project | null>(ttlMs)
  const sur = new TtlCache<Survey[]>(ttlMs)
  const load = async (where: string, args: string[]) => {
    const [rs] = await db.read([{ sql: `SELECT ${pick(projects, PROJECT_COLUMNS)} FROM ${P.$} WHERE ${where}`, args }])
    const r = first<ProjectRow>(rs)
    return r ? toProject(r) : null
  }
  // A replaced key is only as good as its overlap: checked on every use, cached or not.
  const current = (p: Project | null, key: string, kind: 'previousPublicKey' | 'previousSecretKey', now: number) => {
    if (!p) return null
    const live = kind === 'previousPublicKey' ? p.publicKey : p.secretKey
    if (key === live) return p
    const prev = p[kind]
    return prev && prev.key === key && now < prev.until ? p : null
  }
  return {
    byPublicKey: async (key) => current(await pub.get(key, () => load(`${P.publicKey} = ?1 OR ${P.previousPublicKey} = ?1`, [key])), key, 'previousPublicKey', clock()),
    // Looked up by hash so the comparison never walks the secret itself.
    bySecretKey: async (key) => {
      const h = sha256Hex(key)
      const p = await sec.get(h, () => load(`${P.secretKeyHash} = ?1 OR ${P.previousSecretKeyHash} = ?1`, [h]))
      return current(p, key, 'previousSecretKey', clock())
    },
    byId: (projectId) => ids.get(projectId, () => load(`${P.id} = ?`, [projectId])),
    surveys: (projectId) =>
      sur.get(projectId, async () => {
        const [rs] = await db.read([
          {
            sql: `SELECT ${pick(surveys, SURVEY_COLUMNS)} FROM ${S.$} WHERE ${S.projectId} = ? AND ${S.status} != 'archived' ORDER BY ${S.createdAt}`,
            args: [projectId],
          },
        ])
        return rows<SurveyRow>(rs).map(toSurvey)
      }),
    invalidate(projectId) {
      const mine = (_: string, p: Project | null) => p?.id === projectId
      pub.forget(mine)
      sec.forget(mine)
      ids.forget(mine)
      sur.forget((k) => k === projectId)
    },
  }
}
