/**
 * A real HTTP receiver on loopback for webhook tests. It verifies every request with the
 * standardwebhooks package (the receiver's side, not Tenpoint's code), records what came
 * in, and answers as the test scripts it: a status, headers, a delay; it can go down
 * (socket closed) and come back on the same port.
 * @module
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Webhook } from 'standardwebhooks'

export interface Received {
  id: string
  timestamp: string
  signature: string
  body: string
  json: { id: string; type: string; data: Record<string, any> }
  /** Which of the receiver's secrets verified the signature (none: undefined). */
  verifiedWith: string | undefined
  headers: IncomingMessage['headers']
  path: string
}

export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: string
  delayMs?: number
}

export interface Receiver {
  url: string
  port: number
  received: Received[]
  /** Secrets the receiver accepts (all tried). */
  secrets: string[]
  /** How to answer the n-th request (0-based); default 204. */
  answer: (n: number, r: Received) => Answer
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

export async function startReceiver(secrets: string[] = []): Promise<Receiver> {
  const sockets = new Set<Socket>()
  let server: Server
  let port = 0
  let n = 0
  const rec: Receiver = {
    url: '',
    port: 0,
    received: [],
    secrets,
    answer: () => ({ status: 204 }),
    async stop() {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    },
    async start() {
      server = createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', async () => {
          const body = Buffer.concat(chunks).toString('utf8')
          const h = req.headers
          const headers = { 'webhook-id': String(h['webhook-id'] ?? ''), 'webhook-timestamp': String(h['webhook-timestamp'] ?? ''), 'webhook-signature': String(h['webhook-signature'] ?? '') }
          let verifiedWith: string | undefined
          for (const s of rec.secrets) {
            try {
              new Webhook(s).verify(body, headers)
              verifiedWith = s
              break
            } catch {
              /* try the next secret */
            }
          }
          let json: Received['json']
          try {
            json = JSON.parse(body)
          } catch {
            json = { id: '', type: '', data: {} }
          }
          const r: Received = { id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], body, json, verifiedWith, headers: h, path: req.url ?? '' }
          rec.received.push(r)
          const a = rec.answer(n++, r)
          if (a.delayMs) await new Promise((ok) => setTimeout(ok, a.delayMs))
          if (res.destroyed) return
          res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers })
          res.end(a.body ?? '')
        })
      })
      server.on('connection', (s) => {
        sockets.add(s)
        s.on('close', () => sockets.delete(s))
      })
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()))
      port = (server.address() as AddressInfo).port
      rec.port = port
      rec.url = `http://127.0.0.1:${port}`
    },
    close: () => rec.stop(),
  }
  await rec.start()
  return rec
}
