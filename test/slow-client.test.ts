/**
 * A client that sends its body slowly is cut off after a bounded time, not Node's 300 s:
 * the real Node entry, started as `npm start` starts it, with the timeout set to 2 s.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

let server: ChildProcess
let port: number
let key = ''
const dir = mkdtempSync(join(tmpdir(), 'tenpoint-slow-'))

beforeAll(async () => {
  port = 20_000 + Math.floor(Math.random() * 5000)
  server = spawn(process.execPath, ['--import', 'tsx', 'worker/runtime/node/server.ts'], {
    env: { ...process.env, PORT: String(port), TENPOINT_DATA_DIR: dir, TENPOINT_REQUEST_TIMEOUT_SECONDS: '2' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const k = out.match(/Public key:\s+(pk_\w+)/)
      if (k) {
        key = k[1]
        resolve()
      }
    })
    server.once('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}, 60_000)
afterAll(() => {
  server?.kill()
  rmSync(dir, { recursive: true, force: true })
})

it('a body trickled byte by byte is cut off after the configured time', async () => {
  const started = Date.now()
  const outcome = await new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /v1/eligibility?key=${key} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`)
      const drip = setInterval(() => socket.writable && socket.write(' '), 500)
      socket.on('close', () => {
        clearInterval(drip)
        resolve('closed')
      })
    })
    let reply = ''
    socket.on('data', (d) => (reply += d.toString()))
    socket.on('error', () => resolve('closed'))
    setTimeout(() => resolve(`still open after 15 s: ${reply}`), 15_000)
  })
  const elapsed = Date.now() - started
  expect(outcome).toBe('closed')
  expect(elapsed).toBeGreaterThanOrEqual(1500)
  expect(elapsed).toBeLessThan(10_000)
}, 30_000)

it('an ordinary request still answers', async () => {
  const r = await fetch(`http://127.0.0.1:${port}/health`)
  expect(await r.json()).toEqual({ ok: true })
})
