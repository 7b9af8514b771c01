/**
 * A test world for the closed loop: the real app and database (test/support/app.ts), the
 * real delivery runner sending over real HTTP, and one clock shared by the app, the
 * runner and `Date` (so receivers verifying webhook timestamps see the same time).
 * @module
 */
import { randomUUID } from 'node:crypto'
import { expect, vi } from 'vitest'
import { loadConfig, type Config } from '../../worker/config'
import { closedLoopChecks } from '../../worker/followups/sla-scan'
import { allOf, retagPass } from '../../worker/themes/retag'
import { createRunner, type PassResult, type Runner } from '../../worker/outbox/runner'
import { nodeOutbound } from '../../worker/runtime/node/outbound'
import type { Mailer, Outbound } from '../../worker/runtime/types'
import { world, type TestWorld } from './app'

export interface LoopWorld extends TestWorld {
  config: Config
  runner: Runner
  surveyId: string
  /** A call with the secret key. */
  secret(method: string, path: string, body?: unknown): Promise<Response>
  /** Moves the shared clock (and Date). */
  tick(ms: number): void
  /** A visitor is shown the survey and answers; returns the response id. */
  answer(anon: string, score: number, extra?: { comment?: string; user_id?: string; traits?: Record<string, unknown> }): Promise<string>
  /** Passes until nothing more is due now. */
  drain(max?: number): Promise<PassResult>
  endpoint(body: Record<string, unknown>): Promise<{ id: string; secret: string }>
}

export async function loopWorld(o: { settings?: Record<string, unknown>; outbound?: Outbound; mailer?: Mailer; config?: Partial<Config>; start?: number } = {}): Promise<LoopWorld> {
  const start = o.start ?? Math.floor(Date.now() / 1000) * 1000
  vi.useFakeTimers({ toFake: ['Date'], now: start })
  const config: Config = { ...loadConfig({}), allowPrivateTargets: true, publicUrl: 'https://tenpoint.test', ...o.config }
  const w = await world({ settings: o.settings, app: { config } })
  w.now.t = start
  const runner = createRunner({ db: w.store, config, clock: () => w.now.t, outbound: o.outbound ?? nodeOutbound, mailer: o.mailer, random: () => 0.5, before: allOf(closedLoopChecks(w.store, config), retagPass(w.store)) })
  const surveyId = await w.survey({ kind: 'relational', name: 'Quarterly NPS', rules: { minAnswerMs: 0 } })
  const lw: LoopWorld = Object.assign(w, {
    config,
    runner,
    surveyId,
    secret: (method: string, path: string, body?: unknown) => w.call(method, path, body, { authorization: `Bearer ${w.project.secretKey}` }),
    tick(ms: number) {
      w.now.t += ms
      vi.setSystemTime(w.now.t)
    },
    async answer(anon: string, score: number, extra: { comment?: string; user_id?: string; traits?: Record<string, unknown> } = {}) {
      const e = await w.call('POST', '/v1/eligibility', { anonymous_id: anon, session_id: `s-${anon}`, ...(extra.traits ? { traits: extra.traits } : {}) })
      const d = (await e.json()) as { show: boolean; display: { token: string } }
      expect(d.show, JSON.stringify(d)).toBe(true)
      const id = randomUUID()
      const r = await w.call('POST', '/v1/responses', { id, survey_id: surveyId, token: d.display.token, score, anonymous_id: anon, ...(extra.comment ? { comment: extra.comment } : {}) })
      expect(r.status, await r.clone().text()).toBe(201)
      return id
    },
    async drain(max = 50) {
      const total: PassResult = { claimed: 0, delivered: 0, failed: 0 }
      for (let i = 0; i < max; i++) {
        const r = await runner.pass()
        total.claimed += r.claimed
        total.delivered += r.delivered
        total.failed += r.failed
        if (r.claimed === 0) break
      }
      return total
    },
    async endpoint(body: Record<string, unknown>) {
      const r = await lw.secret('POST', '/v1/webhooks', body)
      expect(r.status, await r.clone().text()).toBe(201)
      return (await r.json()) as { id: string; secret: string }
    },
  })
  const close = w.close
  lw.close = async () => {
    vi.useRealTimers()
    await close()
  }
  return lw
}
