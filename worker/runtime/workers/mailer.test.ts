import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, it } from 'vitest'
import { httpMailer } from './mailer'

it('sends e-mail through the HTTP mail API (Resend shape) and reports its errors', async () => {
  const got: { auth: string | undefined; body: any }[] = []
  let status = 200
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      got.push({ auth: req.headers.authorization, body: JSON.parse(raw) })
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"id":"em_1"}' : '{"message":"invalid from"}')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails`
  try {
    expect(httpMailer({})).toBeUndefined()
    const send = httpMailer({ TENPOINT_MAIL_API: 'resend', TENPOINT_MAIL_API_KEY: 're_test', TENPOINT_MAIL_API_URL: url, TENPOINT_MAIL_FROM: 'CX <cx@shop.test>' })!
    expect(await send({ to: ['a@shop.test'], subject: 'S', text: 'T', html: '<p>H</p>' })).toEqual({ ok: true, error: null })
    expect(got[0]).toEqual({ auth: 'Bearer re_test', body: { from: 'CX <cx@shop.test>', to: ['a@shop.test'], subject: 'S', html: '<p>H</p>', text: 'T' } })
    status = 422
    const bad = await send({ to: ['a@shop.test'], subject: 'S', text: 'T', html: 'H' })
    expect(bad.ok).toBe(false)
    expect(bad.error).toMatch(/422/)
  } finally {
    server.close()
  }
})
