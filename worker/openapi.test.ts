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

it('documents the results side: answers, exclusions, figures and the exports, with their query parameters', async () => {
  const doc = await (await w.app.request('/openapi.json')).json()
  for (const [path, method] of [
    ['/v1/answers', 'get'],
    ['/v1/answers/{id}', 'get'],
    ['/v1/answers/{id}/exclude', 'post'],
    ['/v1/answers/{id}/reinstate', 'post'],
    ['/v1/answers/export.csv', 'get'],
    ['/v1/answers/export.ndjson', 'get'],
    ['/v1/stats', 'get'],
    ['/v1/stats/trend', 'get'],
    ['/v1/stats/breakdown', 'get'],
    ['/v1/stats/compare', 'get'],
    ['/v1/stats/trend.csv', 'get'],
    ['/v1/stats/breakdown.csv', 'get'],
  ]) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    expect(doc.paths[path][method].security).toEqual([{ secretKey: [] }])
  }
  const params = (p: string) => doc.paths[p].get.parameters.map((x: { name: string }) => x.name)
  expect(params('/v1/stats')).toEqual(expect.arrayContaining(['survey', 'from', 'to']))
  expect(params('/v1/stats/breakdown')).toEqual(expect.arrayContaining(['by', 'limit', 'unit']))
  expect(doc.paths['/v1/stats/breakdown.csv'].get.responses['200'].content['text/csv']).toBeDefined()
  expect(params('/v1/answers')).toEqual(expect.arrayContaining(['bucket', 'segment', 'cursor', 'limit']))
  expect(doc.paths['/v1/answers/{id}/exclude'].post.responses['409']).toBeDefined()
})

it('documents the management API from its schemas: every secret route says its scope', async () => {
  const doc = await (await w.app.request('/openapi.json')).json()
  for (const [path, method, scope] of [
    ['/v1/tokens', 'post', 'admin'],
    ['/v1/tokens', 'get', 'admin'],
    ['/v1/tokens/{id}', 'delete', 'admin'],
    ['/v1/project', 'get', 'read'],
    ['/v1/project', 'patch', 'write'],
    ['/v1/project/keys/rotate', 'post', 'admin'],
    ['/v1/surveys', 'post', 'write'],
    ['/v1/surveys', 'get', 'read'],
    ['/v1/surveys/{id}', 'get', 'read'],
    ['/v1/surveys/{id}', 'patch', 'write'],
    ['/v1/surveys/{id}/pause', 'post', 'write'],
    ['/v1/surveys/{id}/resume', 'post', 'write'],
    ['/v1/surveys/{id}/archive', 'post', 'write'],
    ['/v1/members', 'get', 'read'],
  ]) {
    const op = doc.paths[path]?.[method]
    expect(op, `${method} ${path}`).toBeDefined()
    expect(op.description).toContain(`Scope: ${scope}`)
    expect(op.responses['401']).toBeDefined()
  }
  const create = doc.paths['/v1/surveys'].post.requestBody.content['application/json'].schema
  const theme = (create.$ref ? doc.components.schemas[create.$ref.split('/').pop()] : create).properties.theme
  expect(theme.properties.brand.pattern).toContain('0-9a-fA-F')
})
