/**
 * The baseline for `npm run bench`: a bare Hono endpoint on the same Node adapter that
 * only parses the same JSON and echoes it. The full path is measured against this.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/echo', async (c) => c.json(await c.req.json(), 201))
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (i) => console.log(`listening ${i.port}`))
