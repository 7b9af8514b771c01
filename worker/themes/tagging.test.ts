import { describe, expect, it } from 'vitest'
import { anyThemeOn } from '../../shared/themes/settings'
import { BUILTIN_THEMES } from '../../shared/themes/taxonomy'
import { projectThemes, tagJson } from './tagging'

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
