/**
 * Node only: serves the built widget (dist/widget) and the demo page next to the API,
 * with the same headers widget/public/_headers gives them on Workers (assets binding),
 * and the dashboard (dist/app) at /app/.
 * @module
 */
import { serveStatic } from '@hono/node-server/serve-static'
import type { App } from '../../app'
import { dashboardHeaders } from '../../http/dashboard-headers'

export function mountStatic(app: App, demoKey: string) {
  app.use('/app/*', async (c, next) => {
    await next()
    for (const [k, v] of Object.entries(dashboardHeaders(c.req.path))) c.header(k, v)
  })
  app.use('/app/*', serveStatic({ root: './dist' }))
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
