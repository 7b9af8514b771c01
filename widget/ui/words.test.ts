// The card's wording: by bucket, with the product's name, the owner's overrides and plural-correct counters.
import { describe, expect, it } from 'vitest'
import en from '../../shared/i18n/en'
import uk from '../../shared/i18n/uk'
import { loadMessages, plural, SUPPORTED_LOCALES } from '../../shared/i18n'
import { charsLeft, counted, MAX_COMMENT, strings, words } from './words'

describe('words', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('score %i asks and thanks as a %s', (score, bucket) => {
    const w = words(en, 'Demo Shop', score)
    expect(w.why).toBe(en.why[bucket])
    expect(w.thanks).toBe(en.thanks[bucket])
  })
  it('names the product in the question, or asks without it', () => {
    expect(words(en, 'Demo Shop', 0).question).toBe('How likely are you to recommend Demo Shop to a friend or colleague?')
    expect(words(en, undefined, 0).question).toBe(en.questionNoProduct)
  })
  it("lays the survey owner's texts over the built-in ones, bucket by bucket", () => {
    const m = strings(en, { question: 'Would you recommend {product}?', why: { detractor: 'What broke?' }, thanks: { promoter: '' } })
    expect(words(m, 'Acme', 3)).toEqual({ question: 'Would you recommend Acme?', why: 'What broke?', thanks: en.thanks.detractor })
    expect(words(m, 'Acme', 9).why).toBe(en.why.promoter)
    expect(words(m, 'Acme', 9).thanks).toBe(en.thanks.promoter)
  })
})

describe('charsLeft', () => {
  it('counts down from the API limit, plural-correct', () => {
    expect(charsLeft(en, '', 'en')).toBe(`${MAX_COMMENT.toLocaleString('en')} characters left`)
    expect(charsLeft(en, 'x'.repeat(MAX_COMMENT - 1), 'en')).toBe('1 character left')
    expect(charsLeft(uk, 'x'.repeat(MAX_COMMENT - 1), 'uk')).toBe('Залишився 1 символ')
    expect(charsLeft(uk, 'x'.repeat(MAX_COMMENT - 3), 'uk')).toBe('Залишилося 3 символи')
    expect(charsLeft(uk, 'x'.repeat(MAX_COMMENT - 5), 'uk')).toBe('Залишилося 5 символів')
    expect(charsLeft(en, 'x'.repeat(MAX_COMMENT + 5), 'en')).toBe('0 characters left')
  })
})

describe('counted', () => {
  it('says what plural() of shared/i18n says, in every locale', async () => {
    for (const { code } of SUPPORTED_LOCALES) {
      const m = await loadMessages(code)
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1995, 2000]) {
        expect(counted(m.charsLeft, n, code), `${code} ${n}`).toBe(plural(m.charsLeft, n, code))
        expect(counted(m.closesIn, n, code), `${code} ${n}`).toBe(plural(m.closesIn, n, code))
      }
    }
  })
})
