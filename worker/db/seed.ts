/**
 * Projects and surveys made by code: the demo project a fresh `npm start` creates, and
 * the same calls for tests and the admin CLI. Keys are random; the secret is stored with
 * its hash for lookups.
 * @module
 */
import type { Client } from '@libsql/client'
import type { ProjectRules, SurveyRules } from '../../shared/eligibility'
import type { SurveyKind } from '../../shared/nps'
import { sha256Hex } from '../crypto'
import { projects } from './schema'
import { qb, stmt } from './sql'

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export function randomKey(prefix: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return prefix + Array.from(bytes, (b) => ALPHA[b % ALPHA.length]).join('')
}

export interface NewProject {
  id?: string
  name: string
  publicKey?: string
  secretKey?: string
  settings?: Partial<ProjectRules>
}

export async function createProject(db: Client, p: NewProject, now = Date.now()) {
  const project = {
    id: p.id ?? randomKey('prj_', 12),
    name: p.name,
    publicKey: p.publicKey ?? randomKey('pk_', 24),
    secretKey: p.secretKey ?? randomKey('sk_', 40),
  }
  await db.execute(
    stmt(
      qb.insert(projects).values({
        ...project,
        secretKeyHash: sha256Hex(project.secretKey),
        signingSecret: randomKey('', 48),
        settings: JSON.stringify(p.settings ?? {}),
        createdAt: now,
      }),
    ),
  )
  return project
}

export interface NewSurvey {
  id?: string
  projectId: string
  kind: SurveyKind
  name: string
  status?: 'active' | 'paused'
  rules?: Partial<SurveyRules>
  content?: Record<string, unknown>
}

export async function createSurvey(db: Client, s: NewSurvey, now = Date.now()) {
  const id = s.id ?? randomKey('srv_', 12)
  await db.execute({
    sql: 'INSERT INTO surveys (id, project_id, kind, name, status, rules, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    args: [id, s.projectId, s.kind, s.name, s.status ?? 'active', JSON.stringify(s.rules ?? {}), JSON.stringify(s.content ?? {}), now],
  })
  return id
}

/** The demo project of a fresh install: one transactional survey listening to Order_Delivered. */
export async function ensureDemo(db: Client) {
  const existing = await db.execute("SELECT id, public_key, secret_key FROM projects WHERE id = 'prj_demo'")
  if (existing.rows[0]) {
    const r = existing.rows[0] as unknown as { id: string; public_key: string; secret_key: string }
    return { id: r.id, publicKey: r.public_key, secretKey: r.secret_key, created: false }
  }
  const p = await createProject(db, { id: 'prj_demo', name: 'Demo shop', settings: { productName: 'Demo Shop' } })
  await createSurvey(db, {
    id: 'srv_delivery',
    projectId: p.id,
    kind: 'transactional',
    name: 'Order delivered',
    // Client triggers let the demo page open the invitation itself; real shops use the backend call.
    rules: { triggerEvents: ['Order_Delivered'], clientTriggers: true, triggerWindowHours: 72 },
    content: { product: 'Demo Shop', theme: { brand: '#4f46e5', position: 'bottom-right', mode: 'auto' } },
  })
  return { ...p, created: true }
}
