/**
 * The project's settings (read and change) and the rotation of its keys. Every change
 * drops this process's cached copy at once; other processes see it within the cache TTL.
 * @module
 */
import type { Context } from 'hono'
import { DEFAULT_PROJECT_RULES, HOUR, withDefaults } from '../../shared/eligibility'
import { projectRulesPatch, projectRulesToWire, type KeyRotate, type ProjectInfo, type ProjectUpdate } from '../../shared/management'
import { randomKey, sha256Hex } from '../crypto'
import { first } from '../db/store'
import type { AppEnv } from '../deps'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { patchProject, readProject, rotatePublicKey, rotateSecretKey, type ProjectInfoRow } from './queries'

/** How long a replaced key keeps working when the rotation does not say. */
export const DEFAULT_OVERLAP_HOURS = 24

function info(r: ProjectInfoRow | undefined): ProjectInfo {
  if (!r) throw new ApiError(404, 'not_found', 'The project no longer exists.')
  let stored: unknown = {}
  try {
    stored = JSON.parse(r.settings)
  } catch {}
  return { id: r.id, name: r.name, public_key: r.publicKey, created_at: Number(r.createdAt), ...projectRulesToWire(withDefaults(DEFAULT_PROJECT_RULES, stored)) }
}

export async function readProjectHandler(c: Context<AppEnv>) {
  const { deps, project } = c.var
  const [rs] = await deps.db.read([readProject(project.id)])
  return c.json(info(first<ProjectInfoRow>(rs)))
}

export async function updateProject(c: JsonContext<typeof ProjectUpdate>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const [, rs] = await deps.db.write([patchProject(project.id, { name: body.name, settings: projectRulesPatch(body), themesChanged: body.themes !== undefined }), readProject(project.id)])
  deps.directory.invalidate(project.id)
  // New themes: start re-tagging the stored comments now (the background pass, see themes/retag.ts).
  if (body.themes !== undefined) deps.scheduler.soon(c)
  return c.json(info(first<ProjectInfoRow>(rs)))
}

export async function rotateKey(c: JsonContext<typeof KeyRotate>) {
  const { deps, project } = c.var
  const body = c.req.valid('json')
  const until = deps.clock() + (body.overlap_hours ?? DEFAULT_OVERLAP_HOURS) * HOUR
  const key = body.which === 'public' ? randomKey('pk_', 24) : randomKey('sk_', 40)
  await deps.db.write([body.which === 'public' ? rotatePublicKey(project.id, key, until) : rotateSecretKey(project.id, key, sha256Hex(key), until)])
  deps.directory.invalidate(project.id)
  return c.json({ which: body.which, key, previous_key_expires_at: until })
}
