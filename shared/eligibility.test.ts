import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY, decide, DEFAULT_PROJECT_RULES, DEFAULT_SURVEY_RULES, samplePoint, withDefaults, type Candidate, type History } from './eligibility'

const NOW = Date.UTC(2026, 5, 1)
const fresh: History = { lastAnsweredAt: null, lastDismissedAt: null, unansweredDisplaysInPeriod: 0, sessionDisplays: 0, lastOtherSurveyContactAt: null, openInvitation: null }
const rel: Candidate = { kind: 'relational', status: 'active', rules: DEFAULT_SURVEY_RULES }

describe('decide', () => {
  it('shows a fresh person an active relational survey', () => expect(decide(rel, DEFAULT_PROJECT_RULES, fresh, NOW, 0)).toEqual({ show: true }))

  it.each([
    ['recently_answered', { lastAnsweredAt: NOW - 90 * DAY + 1 }],
    ['recently_dismissed', { lastDismissedAt: NOW - 14 * DAY + 1 }],
    ['project_cooldown', { lastOtherSurveyContactAt: NOW - 7 * DAY + 1 }],
    ['max_displays', { unansweredDisplaysInPeriod: 3 }],
    ['session_cap', { sessionDisplays: 1 }],
  ])('says %s just inside the window, and shows just outside it', (reason, h) => {
    expect(decide(rel, DEFAULT_PROJECT_RULES, { ...fresh, ...h }, NOW, 0)).toEqual({ show: false, reason })
    const outside = Object.fromEntries(Object.entries(h).map(([k, v]) => [k, k.endsWith('At') ? (v as number) - 2 : (v as number) - 1]))
    expect(decide(rel, DEFAULT_PROJECT_RULES, { ...fresh, ...outside }, NOW, 0)).toEqual({ show: true })
  })

  it('transactional needs an open, unanswered, unexpired invitation', () => {
    const tx: Candidate = { ...rel, kind: 'transactional' }
    expect(decide(tx, DEFAULT_PROJECT_RULES, fresh, NOW, 0)).toEqual({ show: false, reason: 'no_open_invitation' })
    const open = { triggerKey: 'o1', expiresAt: NOW + 1, answered: false }
    expect(decide(tx, DEFAULT_PROJECT_RULES, { ...fresh, openInvitation: open }, NOW, 0)).toEqual({ show: true })
    expect(decide(tx, DEFAULT_PROJECT_RULES, { ...fresh, openInvitation: { ...open, expiresAt: NOW } }, NOW, 0)).toEqual({ show: false, reason: 'no_open_invitation' })
    expect(decide(tx, DEFAULT_PROJECT_RULES, { ...fresh, openInvitation: { ...open, answered: true } }, NOW, 0)).toEqual({ show: false, reason: 'invitation_answered' })
  })

  it('a paused survey and sampling say no', () => {
    expect(decide({ ...rel, status: 'paused' }, DEFAULT_PROJECT_RULES, fresh, NOW, 0)).toEqual({ show: false, reason: 'survey_paused' })
    const sampled = { ...rel, rules: { ...rel.rules, samplingPercent: 10 } }
    expect(decide(sampled, DEFAULT_PROJECT_RULES, fresh, NOW, 10)).toEqual({ show: false, reason: 'sampled_out' })
    expect(decide(sampled, DEFAULT_PROJECT_RULES, fresh, NOW, 9.99)).toEqual({ show: true })
  })
})

describe('samplePoint', () => {
  it('is stable, in [0, 100), and roughly uniform', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (r, s) => {
      const p = samplePoint(r, s)
      return p >= 0 && p < 100 && p === samplePoint(r, s)
    }))
    const below30 = Array.from({ length: 10_000 }, (_, i) => samplePoint(`u:${i}`, 'srv_1')).filter((p) => p < 30).length
    expect(below30).toBeGreaterThan(2_800)
    expect(below30).toBeLessThan(3_200)
  })
})

describe('withDefaults', () => {
  it('keeps defaults for missing or wrongly typed settings', () => {
    const r = withDefaults(DEFAULT_SURVEY_RULES, { recontactDays: 30, sessionCap: 'lots', triggerEvents: 'Order' })
    expect(r.recontactDays).toBe(30)
    expect(r.sessionCap).toBe(DEFAULT_SURVEY_RULES.sessionCap)
    expect(r.triggerEvents).toEqual([])
    expect(withDefaults(DEFAULT_SURVEY_RULES, null)).toEqual(DEFAULT_SURVEY_RULES)
  })
})
