import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { AnswerEdit, AnswerListQuery, BreakdownQuery, CompareQuery, Dimension, StatsQuery, SurveyList } from './results-contract'

const ok = (s: v.GenericSchema, x: unknown) => v.safeParse(s, x).success

describe('results contract', () => {
  it('survey lists: one id or up to 50, comma-separated', () => {
    expect(ok(SurveyList, 'srv_a')).toBe(true)
    expect(ok(SurveyList, 'srv_a,srv-b')).toBe(true)
    for (const bad of ['', ',', 'a,', 'a b', 'a;b', Array(51).fill('a').join(',')]) expect(ok(SurveyList, bad), bad).toBe(false)
  })

  it('figures need survey, from and to, as dates; unknown parameters are refused', () => {
    expect(ok(StatsQuery, { survey: 's', from: '2026-01-01', to: '2026-01-31' })).toBe(true)
    expect(ok(StatsQuery, { survey: 's', from: '2026-01-01' })).toBe(false)
    expect(ok(StatsQuery, { survey: 's', from: '1/1/2026', to: '2026-01-31' })).toBe(false)
    expect(ok(StatsQuery, { survey: 's', from: '2026-01-01', to: '2026-01-31', unit: 'day' })).toBe(false)
    expect(ok(CompareQuery, { survey: 's', from: '2026-01-01', to: '2026-01-31', by: 'segment', base: 'B2C', value: 'VIP' })).toBe(true)
  })

  it('dimensions: the named ones, trait.KEY and attribute.KEY', () => {
    for (const d of ['channel', 'locale', 'platform', 'segment', 'app_version', 'returning', 'source', 'survey', 'trait.plan', 'attribute.store.id']) expect(ok(Dimension, d), d).toBe(true)
    for (const d of ['score', 'trait.', 'trait.a b', 'attributes.x', 'flags']) expect(ok(Dimension, d), d).toBe(false)
    expect(ok(BreakdownQuery, { survey: 's', from: '2026-01-01', to: '2026-01-31', by: 'segment', limit: '0' })).toBe(false)
  })

  it('list filters check their form: scores 0..10, limits 1..1000, true/false', () => {
    expect(ok(AnswerListQuery, { score_min: '0', score_max: '10', limit: '1000', has_comment: 'true', bucket: 'passive' })).toBe(true)
    for (const bad of [{ score_min: '11' }, { score_max: '-1' }, { limit: '1001' }, { limit: '01' }, { counted: 'yes' }, { bucket: 'neutral' }, { flag: 'Too Fast' }]) {
      expect(ok(AnswerListQuery, bad), JSON.stringify(bad)).toBe(false)
    }
  })

  it('an exclusion needs a reason, and nothing else', () => {
    expect(ok(AnswerEdit, { reason: 'staff test' })).toBe(true)
    expect(ok(AnswerEdit, { reason: '' })).toBe(false)
    expect(ok(AnswerEdit, { reason: 'x', actor: 'me' })).toBe(false)
  })
})
