/**
 * /v1/project — the project's settings (GET: read, PATCH: write) and key rotation (admin).
 * @module
 */
import { Hono } from 'hono'
import { KeyRotate, KeyRotated, ProjectInfo, ProjectUpdate } from '../../shared/management'
import type { AppEnv } from '../deps'
import { jsonBody } from '../http/body'
import { describeManagement } from '../http/describe'
import { secretAuth } from '../http/secret-auth'
import { readProjectHandler, rotateKey, updateProject } from './handlers'

export const project = new Hono<AppEnv>()

project.get(
  '/',
  describeManagement({ summary: "The project's settings and public key", scope: 'read', ok: { 200: ['Settings with their effective values', ProjectInfo] }, problems: [401, 403, 429, 503] }),
  secretAuth('read'),
  readProjectHandler,
)

project.patch(
  '/',
  describeManagement({
    summary: "Change the project's settings",
    description:
      'Only the fields sent change; product_name: null removes it. Seen at once by this server and within the settings cache TTL (10 s by default) by every other process or Workers isolate.',
    scope: 'write',
    ok: { 200: ['Settings as they are now', ProjectInfo] },
    problems: [400, 401, 403, 413, 415, 422, 429, 503],
  }),
  secretAuth('write'),
  jsonBody(ProjectUpdate),
  updateProject,
)

project.post(
  '/keys/rotate',
  describeManagement({
    summary: 'Rotate the public or the secret key, with an overlap',
    description:
      'The new key is in this response only. The replaced key keeps working until previous_key_expires_at (overlap_hours, 24 by default; 0 stops it at once), then it is 401; during the overlap identity hashes made with the replaced secret still verify. Display tokens already issued stay valid (they are signed with a signing secret no rotation changes). API tokens are not affected. Rotating again during an overlap ends the older key at once.',
    scope: 'admin',
    ok: { 200: ['The new key, shown once', KeyRotated] },
    problems: [400, 401, 403, 413, 415, 422, 429, 503],
  }),
  secretAuth('admin'),
  jsonBody(KeyRotate),
  rotateKey,
)
