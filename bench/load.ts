/**
 * What every server bench shares: starting a server script as its own process (on the
 * pinned Node, through tsx) and driving it with autocannon from pre-made bodies, timing
 * the requests themselves (autocannon ends on its one-second ticker).
 * @module
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
export const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

/** Starts `script`; resolves once it says it is running or listening, with what it printed so far. */
export function start(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<{ proc: ChildProcess; out: string[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    const out: string[] = []
    proc.stdout!.on('data', (d: Buffer) => {
      out.push(...d.toString().split('\n'))
      if (/running|listening/.test(d.toString())) setTimeout(() => resolve({ proc, out }), 200)
    })
    proc.on('exit', (code) => reject(new Error(`${script} exited ${code}`)))
  })
}

export interface Run {
  result: autocannon.Result
  /** Completed requests per second, first request to last response. */
  rps: number
  fiveXX: number
}

/**
 * POSTs each body once over CONNECTIONS connections; `onResponse` sees every answer.
 * `forwardedFor`: each request's X-Forwarded-For (a server trusting one proxy then sees as
 * many client addresses as the bodies stand for people).
 */
export async function load(url: string, bodies: string[], onResponse?: (status: number, body: string) => void, forwardedFor?: string[]): Promise<Run> {
  let i = 0
  const t0 = performance.now()
  let last = t0
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount: bodies.length,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': UA },
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          const n = i++
          return forwardedFor ? { ...req, body: bodies[n], headers: { ...req.headers, 'x-forwarded-for': forwardedFor[n] } } : { ...req, body: bodies[n] }
        },
        onResponse: (status: number, body: string) => {
          last = performance.now()
          onResponse?.(status, body)
        },
      },
    ],
  } as autocannon.Options)
  const fiveXX = Object.entries(result.statusCodeStats ?? {})
    .filter(([k]) => k.startsWith('5'))
    .reduce((a, [, v]) => a + (v as { count: number }).count, 0)
  return { result, rps: result.requests.total / ((last - t0) / 1000), fiveXX }
}

/** The run with the median throughput. */
export const median = <R extends { rps: number }>(runs: R[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]
export const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 })

/**
 * CPU time of every thread of a process, from /proc (Linux): a per-request cost that
 * another process's noise on the same cores hardly changes, unlike req/s.
 */
export function threadTicks(pid: number): Map<string, number> {
  const out = new Map<string, number>()
  let dir: string[]
  try {
    dir = readdirSync(`/proc/${pid}/task`)
  } catch {
    return out
  }
  for (const tid of dir) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      const name = stat.slice(stat.indexOf('(') + 1, close)
      const f = stat.slice(close + 2).split(' ')
      // utime and stime are fields 14 and 15 of stat; f starts at field 3.
      out.set(`${name}#${tid}`, Number(f[11]) + Number(f[12]))
    } catch {
      /* the thread ended */
    }
  }
  return out
}

const TICK_US = 1e6 / 100 // USER_HZ is 100 on Linux

/** µs of CPU per request between two readings: the whole process and its busiest threads. */
export function cpuPerRequest(before: Map<string, number>, after: Map<string, number>, requests: number) {
  const per = [...after].map(([k, v]) => [k.split('#')[0], ((v - (before.get(k) ?? 0)) * TICK_US) / requests] as const).filter(([, v]) => v > 0)
  per.sort((a, b) => b[1] - a[1])
  return { total: per.reduce((a, [, v]) => a + v, 0), threads: per.slice(0, 3) }
}

/**
 * Waits until the process has gone quiet (under 4 % of a core over half a second, at most
 * a minute): work a round left behind (messages to send, comments to tag) is done, and
 * its CPU counted against that round.
 */
export async function quiet(pid: number): Promise<void> {
  const total = () => [...threadTicks(pid).values()].reduce((a, b) => a + b, 0)
  const until = Date.now() + 60_000
  let last = total()
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500))
    const now = total()
    if (now - last <= 2) return
    last = now
  }
}
