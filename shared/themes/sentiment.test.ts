import { describe, expect, it } from 'vitest'
import { cueIndexes } from './lexicons'
import { findHits } from './matcher'
import { prior, readCues, themeSentiment } from './sentiment'
import { tokenize } from './tokenize'

/** Sentiment of a theme named in clause `clause` of `text` (other clauses unthemed). */
function sentimentOf(text: string, score: number, clause = 0, theme = 'delivery') {
  const t = tokenize(text)
  const cues = readCues(t, findHits(t, cueIndexes()))
  return themeSentiment(theme, t, cues, new Set([clause]), new Set([clause]), score)
}

describe('prior', () => {
  it('detractors negative, passives neutral, promoters positive; junk neutral', () => {
    expect([0, 6, 7, 8, 9, 10].map(prior)).toEqual(['negative', 'negative', 'neutral', 'neutral', 'positive', 'positive'])
    expect(prior(Number.NaN)).toBe('neutral')
  })
})

describe('themeSentiment', () => {
  it('falls back on the score when nothing is said', () => {
    expect(sentimentOf('the courier came', 2)).toBe('negative')
    expect(sentimentOf('the courier came', 8)).toBe('neutral')
    expect(sentimentOf('the courier came', 10)).toBe('positive')
  })

  it('applies negation: not bad / не плохо / не погано', () => {
    expect(sentimentOf('not bad courier', 9)).toBe('positive')
    expect(sentimentOf('курьер не плохой', 9)).toBe('positive')
    expect(sentimentOf('курєр не поганий', 9)).toBe('positive')
    expect(sentimentOf('the courier was not polite', 9)).toBe('negative')
  })

  it('"without" reaches only the next word', () => {
    expect(sentimentOf('перевод без комиссии', 9, 0, 'price')).toBe('positive')
    expect(sentimentOf('без объяснений заблокировали', 9)).toBe('negative')
  })

  it('a fix cancels the problem it fixes', () => {
    expect(sentimentOf('the agent fixed my problem', 9, 0, 'support')).toBe('positive')
  })

  it('explicitly neutral words stay neutral', () => {
    expect(sentimentOf('delivery was ok', 7)).toBe('neutral')
    expect(sentimentOf('доставка норм', 8)).toBe('neutral')
  })

  it('praise from a detractor is sarcasm, unless conceded', () => {
    expect(sentimentOf('great courier, as always', 2)).toBe('negative')
    expect(sentimentOf('at least the courier was fast', 3)).toBe('positive')
  })

  it('a sarcasm marker turns praise negative for a 5–6 too', () => {
    expect(sentimentOf('fast delivery 🙄', 6)).toBe('negative')
    expect(sentimentOf('fast delivery', 6)).toBe('positive')
  })

  it('reads theme-only cues: "high" is bad for price only', () => {
    expect(sentimentOf('prices are high', 9, 0, 'price')).toBe('negative')
    expect(sentimentOf('prices are high', 9, 0, 'quality')).toBe('positive')
  })

  it('takes the mood of an unthemed clause that follows ("…, зручно")', () => {
    expect(sentimentOf('курєр написав у вайбер, зручно', 8)).toBe('positive')
  })

  it('a tie goes the way of the score', () => {
    expect(sentimentOf('не самые дешевые и не самые дорогие', 8, 0, 'price')).toBe('neutral')
  })
})
