import { Hono } from 'hono'
import { expect, it } from 'vitest'
import { allowedMethods, notFoundOrNotAllowed } from './methods'

function app() {
  const a = new Hono()
  const methodsFor = allowedMethods(a)
  a.notFound(notFoundOrNotAllowed(methodsFor))
  a.use('*', (_c, next) => next()) // middleware answers no method of its own
  const items = new Hono()
  items.post('/', (c) => c.text('made'))
  items.patch('/:id', (c) => c.text('edited'))
  items.get('/:id', (c) => c.text('read'))
  a.route('/v1/items', items)
  return { a, methodsFor }
}

it('reads the methods of a path from the routes, parameters and mounted apps included', () => {
  const { methodsFor } = app()
  expect(methodsFor('/v1/items')).toEqual(['POST', 'OPTIONS'])
  expect(methodsFor('/v1/items/42').sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'PATCH'])
  expect(methodsFor('/v1/elsewhere')).toEqual([])
})

it('answers 405 with Allow for a wrong method, 404 for an unknown path, and lets HEAD through', async () => {
  const { a } = app()
  const wrong = await a.request('/v1/items/42', { method: 'DELETE' })
  expect(wrong.status).toBe(405)
  expect(wrong.headers.get('allow')).toBe('PATCH, GET, HEAD, OPTIONS')
  expect(await wrong.json()).toMatchObject({ type: 'urn:tenpoint:problem:method_not_allowed', title: 'Method not allowed', status: 405 })
  expect((await a.request('/v1/nope', { method: 'DELETE' })).status).toBe(404)
  expect((await a.request('/v1/items/42', { method: 'HEAD' })).status).toBe(200)
})
