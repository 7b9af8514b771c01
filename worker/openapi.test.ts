import { afterAll, beforeAll, expect, it } from 'vitest'
import { world, type TestWorld } from '../test/support/app'

let w: TestWorld
beforeAll(async () => void (w = await world()))
afterAll(() => w.close())

it('serves an OpenAPI document generated from the schemas the routes validate with', async () => {
  const r = await w.app.request('/openapi.json')
  expect(r.status).toBe(200)
  const doc = await r.json()
  expect(doc.openapi).toMatch(/^3\./)
  const post = doc.paths['/v1/responses'].post
  const schema = post.requestBody.content['application/json'].schema
  const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema
  // The score's bounds and the strictness come from shared/contract.ts, not from prose.
  expect(resolved.properties.score).toMatchObject({ type: 'integer', minimum: 0, maximum: 10 })
  expect(resolved.additionalProperties).toBe(false)
  expect(resolved.required).toEqual(expect.arrayContaining(['id', 'survey_id', 'score', 'anonymous_id']))
  for (const [path, method] of [
    ['/v1/eligibility', 'post'],
    ['/v1/responses/{id}', 'patch'],
    ['/v1/displays/dismiss', 'post'],
    ['/v1/invitations', 'post'],
  ]) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    expect(doc.paths[path][method].responses['422'] ?? doc.paths[path][method].responses['401']).toBeDefined()
  }
})
