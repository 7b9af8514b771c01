import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXCLUSION_ORDER, compareReasons, exclusionReason, parseFlags } from './exclusion'

describe('exclusionReason', () => {
  it('counts an answer without flags', () => expect(exclusionReason([])).toBeNull())
  it('picks the most decisive flag', () => {
    expect(exclusionReason(['too_fast', 'bot_user_agent'])).toBe('bot_user_agent')
    expect(exclusionReason(['no_display_token', 'duplicate', 'preview'])).toBe('preview')
    expect(exclusionReason(['zeta_future', 'alpha_future'])).toBe('alpha_future')
    expect(exclusionReason(['alpha_future', 'unverified_identity'])).toBe('unverified_identity')
  })
  it('lets an analyst count some flags, but never previews or duplicates', () => {
    expect(exclusionReason(['unverified_identity'], ['unverified_identity'])).toBeNull()
    expect(exclusionReason(['unverified_identity', 'too_fast'], ['unverified_identity'])).toBe('too_fast')
    expect(exclusionReason(['preview'], ['preview'])).toBe('preview')
    expect(exclusionReason(['duplicate'], ['duplicate'])).toBe('duplicate')
  })
  it('does not depend on the order flags were stored in, and names one of them', () => {
    const flag = fc.oneof(fc.constantFrom(...EXCLUSION_ORDER), fc.string({ maxLength: 4 }))
    fc.assert(
      fc.property(fc.array(flag, { minLength: 1, maxLength: 6 }).chain((fs) => fc.tuple(fc.constant(fs), fc.shuffledSubarray(fs, { minLength: fs.length }))), ([a, b]) => {
        const r = exclusionReason(a)
        expect(exclusionReason(b)).toBe(r)
        expect(a).toContain(r)
        for (const f of a) expect(compareReasons(r!, f)).toBeLessThanOrEqual(0)
      }),
    )
  })
})

describe('parseFlags', () => {
  it('reads the stored column', () => {
    expect(parseFlags('[]')).toEqual([])
    expect(parseFlags('["too_fast","duplicate"]')).toEqual(['too_fast', 'duplicate'])
  })
  it.each(['', 'null', '{}', '[1]', '"too_fast"', '[', 'too_fast'])('marks %o unreadable', (s) => expect(parseFlags(s)).toEqual(['unreadable_flags']))
})
