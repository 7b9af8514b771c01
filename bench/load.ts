/**
 * What every server bench shares: starting a server script as its own process (on the
 * pinned Node, through tsx) and driving it with autocannon from pre-made bodies, timing
 * the requests themselves (autocannon ends on its one-second ticker).
 * @module
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'

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

/** POSTs each body once over CONNECTIONS connections; `onResponse` sees every answer. */
export async function load(url: string, bodies: string[], onResponse?: (status: number, body: string) => void): Promise<Run> {
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
        setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[i++] }),
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
