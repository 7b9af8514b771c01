import { describe, expect, it } from 'vitest'
import { buildIndex, findHits, parseEntries, skeletonsOf, type Indexes } from './matcher'
import { tokenize } from './tokenize'

function indexes(latin: Record<string, string>, cyr: Record<string, string> = {}): Indexes {
  return {
    latin: buildIndex(parseEntries(latin)),
    cyrillic: buildIndex(parseEntries(cyr)),
    translit: buildIndex(parseEntries(cyr, true)),
  }
}
const tags = (text: string, idx: Indexes, translit = false) => {
  const t = tokenize(text)
  return findHits(t, idx, translit ? { forms: skeletonsOf(t), mode: 'after' } : undefined).map((h) => `${h.tag}:${h.weight}`)
}

describe('matcher', () => {
  it('matches stems as prefixes and "=" words exactly', () => {
    const idx = indexes({ delivery: 'deliver =app' })
    expect(tags('delivered delivery application app', idx)).toEqual(['delivery:1', 'delivery:1', 'delivery:1'])
  })

  it('prefers the longest phrase and consumes its words', () => {
    const idx = indexes({ delivery: 'deliver', price: 'delivery+fee' })
    expect(tags('the delivery fee, fast delivery', idx)).toEqual(['price:1', 'delivery:1'])
  })

  it('gives weak keywords half weight', () => {
    expect(tags('box', indexes({ delivery: '=box~' }))).toEqual(['delivery:0.5'])
  })

  it('finds markers inside phrases of either alphabet', () => {
    const idx = indexes({ price: '#money~' }, { price: '#money+за+доставк' })
    expect(tags('80 грн за доставку', idx)).toEqual(['price:1'])
  })

  it('finds romanised words through the skeleton only when asked', () => {
    const idx = indexes({}, { delivery: 'доставк', payment: 'оплат' })
    expect(tags('dostavka i oplata', idx, true)).toEqual(['delivery:1', 'payment:1'])
    expect(tags('dostavka i oplata', idx, false)).toEqual([])
  })

  it('reads a "?" part of a phrase as any one word', () => {
    const idx = indexes({ returns: '=sent+?+back =sent+?+?+back' })
    expect(tags('sent them back', idx)).toEqual(['returns:1'])
    expect(tags('sent the shoes back', idx)).toEqual(['returns:1'])
    expect(tags('sent back', idx)).toEqual([])
  })

  it('keeps very short stems exact so they do not swallow words', () => {
    expect(tags('botanical bot', indexes({ support: 'bo' }))).toEqual([])
  })
})
