import { describe, expect, it } from 'vitest'
import { customEntries, keywordToEntry, wordToPart } from './custom'

describe('custom keywords', () => {
  it('cuts words to their stem so inflections match', () => {
    expect(wordToPart('loyalty')).toBe('loyalt')
    expect(wordToPart('бонусная')).toBe('бонусн')
    expect(wordToPart('картка')).toBe('картк')
  })

  it('keeps short words exact and honours explicit syntax', () => {
    expect(wordToPart('VIP')).toBe('=vip')
    expect(wordToPart('club*')).toBe('club')
    expect(wordToPart('=app')).toBe('=app')
  })

  it('drops the diacritics of Latin words, as the tokenizer does, and keeps Cyrillic ones', () => {
    expect(keywordToEntry('Carte fidélité')).toBe('cart+fidelit')
    expect(wordToPart('=été')).toBe('=ete')
    expect(wordToPart('їжа')).toBe('=їжа')
  })

  it('turns phrases into matcher phrases', () => {
    expect(keywordToEntry('Loyalty card')).toBe('loyalt+card')
    expect(keywordToEntry('  бонусные  баллы ')).toBe('бонусн+балл')
  })

  it('collects keywords of enabled themes, whatever the language key', () => {
    expect(
      customEntries([
        { id: 'loyalty', keywords: { en: ['loyalty card'], uk: ['бонуси'], any: ['cashback club'] } },
        { id: 'gifts', keywords: ['gift wrap'], enabled: false },
      ]),
    ).toEqual({ loyalty: ['loyalt+card', 'бонус', 'cashback+club'] })
  })
})
