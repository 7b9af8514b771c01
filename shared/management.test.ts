import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SURVEY_RULES } from './eligibility'
import { contentFromWire, KeyRotate, Origin, ProjectUpdate, projectRulesPatch, rulesFromWire, rulesToWire, SurveyCreate } from './management'

describe('management schemas', () => {
  it('origins: scheme and host, optional port, no path; or *', () => {
    for (const ok of ['https://shop.example', 'http://localhost:5173', '*', 'https://a-b.example.co.uk']) expect(v.is(Origin, ok), ok).toBe(true)
    for (const bad of ['shop.example', 'https://shop.example/', 'https://shop.example/path', 'ftp://x.example', 'https://', 'https://-x.example']) expect(v.is(Origin, bad), bad).toBe(false)
  })

  it('time zones are IANA names', () => {
    expect(v.is(ProjectUpdate, { time_zone: 'America/New_York' })).toBe(true)
    expect(v.is(ProjectUpdate, { time_zone: 'Europe/Atlantis' })).toBe(false)
  })

  it('brand colours are hex', () => {
    for (const brand of ['#fff', '#4F46E5']) expect(v.is(SurveyCreate, { name: 'n', kind: 'relational', theme: { brand } }), brand).toBe(true)
    for (const brand of ['fff', '#ffff', 'red', '#12345g']) expect(v.is(SurveyCreate, { name: 'n', kind: 'relational', theme: { brand } }), brand).toBe(false)
  })

  it('overlap is 0..720 whole hours', () => {
    expect(v.is(KeyRotate, { which: 'public', overlap_hours: 0 })).toBe(true)
    expect(v.is(KeyRotate, { which: 'public', overlap_hours: 721 })).toBe(false)
    expect(v.is(KeyRotate, { which: 'public', overlap_hours: 1.5 })).toBe(false)
  })
})

describe('wire ↔ stored', () => {
  it('every survey rule round-trips, and only what was sent is stored', () => {
    const wire = rulesToWire(DEFAULT_SURVEY_RULES)
    expect(rulesFromWire(wire)).toEqual(DEFAULT_SURVEY_RULES)
    expect(Object.keys(wire).length).toBe(Object.keys(DEFAULT_SURVEY_RULES).length)
    expect(rulesFromWire({ sampling_percent: 5 })).toEqual({ samplingPercent: 5 })
    expect(rulesFromWire(undefined)).toEqual({})
  })

  it('settings and content patches keep null (it removes) and drop what was not sent', () => {
    expect(projectRulesPatch({ product_name: null, cooldown_days: 2 })).toEqual({ productName: null, cooldownDays: 2 })
    expect(contentFromWire({ default_locale: null, texts: { uk: null } })).toEqual({ defaultLocale: null, texts: { uk: null } })
  })
})
