/**
 * Node only: serves the built widget (dist/widget) and the demo page next to the API,
 * with the same headers widget/public/_headers gives them on Workers (assets binding).
 * @module
 */
import { serveStatic } from '@hono/node-server/serve-static'
import type { App } from '../../app'

export function mountStatic(app: App, demoKey: string) {
  app.get('/demo', (c) => c.redirect(`/demo.html?key=${demoKey}`))
  // The loader imports its chunks as ES modules from customers' origins: modules need CORS.
  app.use('/assets/*', async (c, next) => {
    await next()
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('/tenpoint.js', async (c, next) => {
    await next()
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400')
  })
  app.use('/*', serveStatic({ root: './dist/widget' }))
}
