import { describe, expect, it } from 'vitest'
import { deadlines, followupSettings, isVip, needsFollowup, ownerFor, priorityOf, slaFigures, transitionProblem } from './followup'

const s = followupSettings({ enabled: true, owners: ['anna', 'boris'] })

describe('follow-up rules', () => {
  it('opens for detractors and VIPs below 7', () => {
    expect([0, 6, 7, 10].map((n) => needsFollowup(n, false))).toEqual([true, true, false, false])
    expect(needsFollowup(6, true)).toBe(true)
    expect(isVip({ segment: 'vip' }, s)).toBe(true)
    expect(isVip({ tier: 'VIP' }, followupSettings({ vipTrait: 'tier' }))).toBe(true)
  })

  it('gives VIPs and 0–3 high priority', () => {
    expect(priorityOf(3, false, s)).toBe('high')
    expect(priorityOf(4, false, s)).toBe('normal')
    expect(priorityOf(6, true, s)).toBe('high')
  })

  it('round-robins owners, or uses the default', () => {
    expect([1, 2, 3].map((n) => ownerFor(n, s))).toEqual(['anna', 'boris', 'anna'])
    expect(ownerFor(5, followupSettings({ defaultOwner: 'cx' }))).toBe('cx')
  })

  it('sets 60 min / 24 h / 48 h clocks by default', () => {
    expect(deadlines(0, s, 'UTC')).toEqual({ firstContactDue: 3_600_000, resolutionDueHigh: 86_400_000, resolutionDueNormal: 172_800_000 })
  })

  it('ignores settings of the wrong type', () => {
    expect(followupSettings({ enabled: 'yes', firstContactMinutes: 30, nonsense: 1 })).toMatchObject({ enabled: false, firstContactMinutes: 30 })
    expect(followupSettings({ vipTrait: "x') OR 1 --", owners: [1, 2] })).toMatchObject({ vipTrait: 'segment', owners: [] })
  })

  it('allows only the documented status flow', () => {
    expect(transitionProblem('open', 'contacted', undefined)).toBeNull()
    expect(transitionProblem('contacted', 'resolved', undefined)).toBeNull()
    expect(transitionProblem('open', 'closed', undefined)).toMatch(/reason/)
    expect(transitionProblem('open', 'closed', 'wrong number')).toBeNull()
    expect(transitionProblem('resolved', 'open', undefined)).toMatch(/cannot/)
    expect(transitionProblem('contacted', 'closed', 'x')).toMatch(/cannot/)
  })

  it('computes the median and the share within SLA', () => {
    expect(slaFigures([10, 30, null, 20], () => 25)).toEqual({ n: 3, median_ms: 20, within_sla_share: 2 / 3 })
    expect(slaFigures([], () => 1)).toEqual({ n: 0, median_ms: null, within_sla_share: null })
  })
})
