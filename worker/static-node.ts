/**
 * Node only: serves the built widget (dist/widget) and the demo page next to the API.
 * On Workers the same files are served by the assets binding (wrangler.toml).
 * @module
 */
import { serveStatic } from '@hono/node-server/serve-static'
import type { App } from './app'

export function mountStatic(app: App, demoKey: string) {
  app.get('/demo', (c) => c.redirect(`/demo.html?key=${demoKey}`))
  app.use('/*', serveStatic({ root: './dist/widget' }))
}
