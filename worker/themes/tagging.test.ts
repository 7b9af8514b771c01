import { describe, expect, it } from 'vitest'
import { tagComment } from '../../shared/themes/tag'
import { anyThemeOn } from '../../shared/themes/settings'
import { BUILTIN_THEMES } from '../../shared/themes/taxonomy'
import { classOf, projectThemes, tagJson } from './tagging'

// The edit path tags a comment once per score class and lets SQL pick the stored score's:
// that is only right while the sentiment reads no finer distinction than these classes.
const COMMENTS = [
  'Delivery was late again', 'great, as always — a week late', 'Fast delivery', 'Prices are high but the quality is great', 'Delivery ok',
  'The delivery took 3 days', 'oh great, another update that broke the app 🙄', 'at least support answered', 'трохи дорого, але якість супер',
  'Доставка опоздала на неделю', 'please add more sizes', 'courier came on time but the box was crushed', 'no comment', 'норм',
]

describe('score classes', () => {
  it.each(COMMENTS)('%s: every score tags as its class does', (c) => {
    for (let s = 0; s <= 10; s++) expect(tagComment(c, s), `score ${s}`).toEqual(tagComment(c, classOf(s)))
  })
})

describe('a project that switched every theme off', () => {
  it('stores no theme for a comment that would have one, and one of its own themes turns tagging back on', () => {
    const comment = 'The courier was a week late'
    expect(JSON.parse(tagJson(comment, 2, projectThemes({}), 'en'))).toEqual([{ theme: 'delivery', sentiment: 'negative' }])
    const off = projectThemes({ disable: [...BUILTIN_THEMES], version: 2 })
    expect(anyThemeOn(off)).toBe(false)
    expect(tagJson(comment, 2, off, 'en')).toBe('[]')
    const own = projectThemes({ disable: [...BUILTIN_THEMES], custom: [{ id: 'courier', name: 'Courier', keywords: { en: ['courier'] } }], version: 3 })
    expect(anyThemeOn(own)).toBe(true)
    expect(JSON.parse(tagJson(comment, 2, own, 'en')).map((t: { theme: string }) => t.theme)).toEqual(['courier'])
  })
})
