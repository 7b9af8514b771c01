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
  rules: ProjectRules
  /** Signs display tokens; derived from the secret so it rotates with it. */
  tokenSecret: string
}

export interface Survey {
  id: string
  kind: SurveyKind
  name: string
  status: 'active' | 'paused'
  rules: SurveyRules
  content: { product?: string; defaultLocale?: string; texts?: Record<string, SurveyTexts>; theme?: Theme }
}

const PROJECT_COLUMNS = ['id', 'name', 'publicKey', 'secretKey', 'settings'] as const
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

async function toProject(r: ProjectRow): Promise<Project> {
  return {
    id: r.id,
    name: r.name,
    publicKey: r.publicKey,
    secretKey: r.secretKey,
    rules: withDefaults(DEFAULT_PROJECT_RULES, parse(r.settings)),
    tokenSecret: hmacHex(r.secretKey, 'tenpoint display token v1'),
  }
}

function toSurvey(r: SurveyRow): Survey {
  return { id: r.id, kind: r.kind, name: r.name, status: r.status, rules: withDefaults(DEFAULT_SURVEY_RULES, parse(r.rules)), content: parse(r.content) as Survey['content'] }
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
}

export interface Directory {
  byPublicKey(key: string): Promise<Project | null>
  bySecretKey(key: string): Promise<Project | null>
  surveys(projectId: string): Promise<Survey[]>
}

/** @param ttlMs how long a project or survey list may be served from memory */
export function directory(db: Store, ttlMs: number): Directory {
  const pub = new TtlCache<Project | null>(ttlMs)
  const sec = new TtlCache<Project | null>(ttlMs)
  const sur = new TtlCache<Survey[]>(ttlMs)
  const load = async (where: string, arg: string) => {
    const [rs] = await db.read([{ sql: `SELECT ${pick(projects, PROJECT_COLUMNS)} FROM ${P.$} WHERE ${where} = ?`, args: [arg] }])
    const r = first<ProjectRow>(rs)
    return r ? toProject(r) : null
  }
  return {
    byPublicKey: (key) => pub.get(key, () => load(P.publicKey, key)),
    // Looked up by hash so the comparison never walks the secret itself.
    bySecretKey: async (key) => {
      const h = sha256Hex(key)
      return sec.get(h, () => load(P.secretKeyHash, h))
    },
    surveys: (projectId) =>
      sur.get(projectId, async () => {
        const [rs] = await db.read([{ sql: `SELECT ${pick(surveys, SURVEY_COLUMNS)} FROM ${S.$} WHERE ${S.projectId} = ? ORDER BY ${S.createdAt}`, args: [projectId] }])
        return rows<SurveyRow>(rs).map(toSurvey)
      }),
  }
}
