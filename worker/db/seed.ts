/**
 * Projects and surveys made by code: the demo project a fresh `npm start` creates, and
 * the same calls for tests and benches. Keys are random; the secret is stored with
 * its hash for lookups.
 * @module
 */
import type { Client } from '@libsql/client'
import * as v from 'valibot'
import type { ProjectRules } from '../../shared/eligibility'
import { SurveyCreate } from '../../shared/management'
import { randomKey, sha256Hex } from '../crypto'
import { projects } from './schema'
import { createSurveyStatement, newSurvey, type NewSurvey } from '../surveys/queries'
import { names, pick, qb, stmt } from './sql'

const P = names(projects)

export { randomKey }

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

export type { NewSurvey }

/** A survey for tests and tools, through the same statement as the API's create. */
export async function createSurvey(db: Client, s: NewSurvey, now = Date.now()) {
  const { id, statement } = createSurveyStatement(s, now)
  await db.execute(statement)
  return id
}

/**
 * The demo project of a fresh install: one transactional survey listening to
 * Order_Delivered, made from an API create body through the API's own validation and statement.
 */
export async function ensureDemo(db: Client, now = Date.now()) {
  const existing = await db.execute({ sql: `SELECT ${pick(projects, ['id', 'publicKey', 'secretKey'])} FROM ${P.$} WHERE ${P.id} = 'prj_demo'`, args: [] })
  if (existing.rows[0]) {
    const r = existing.rows[0] as unknown as { id: string; publicKey: string; secretKey: string }
    return { ...r, created: false }
  }
  const p = await createProject(db, { id: 'prj_demo', name: 'Demo shop', settings: { productName: 'Demo Shop' } }, now)
  const body = v.parse(SurveyCreate, {
    name: 'Order delivered',
    kind: 'transactional',
    // Client triggers let the demo page open the invitation itself; real shops use the backend call.
    rules: { trigger_events: ['Order_Delivered'], client_triggers: true, trigger_window_hours: 72 },
    product: 'Demo Shop',
    theme: { brand: '#4f46e5', position: 'bottom-right', mode: 'auto' },
  } satisfies SurveyCreate)
  await db.execute(createSurveyStatement(newSurvey(p.id, body, 'srv_delivery'), now).statement)
  return { ...p, created: true }
}
