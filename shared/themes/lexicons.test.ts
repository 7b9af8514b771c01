import { describe, expect, it } from 'vitest'
import { findHits } from './matcher'
import { cueIndexes, LATIN_LANGUAGES, LEXICON_LANGUAGES, OWN_LEXICONS, themeIndexes } from './lexicons'
import { tagComment } from './tag'
import { THEME_LANGUAGES } from './taxonomy'
import { tokenize } from './tokenize'

describe('lexicons per language', () => {
  it('has a lexicon for every language the widget speaks', () => {
    expect([...LEXICON_LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'pl', 'pt', 'ru', 'tr', 'uk'])
    expect([...THEME_LANGUAGES].sort()).toEqual([...LEXICON_LANGUAGES].sort())
    for (const code of LATIN_LANGUAGES) {
      const lex = OWN_LEXICONS[code]
      // Entries are written without diacritics: the tokenizer folds them away.
      const all = Object.values(lex.themes).join(' ') + ' ' + Object.values(lex.cues).join(' ')
      expect(all, code).not.toMatch(/[^\x00-\x7f]/)
    }
  })

  it("searches a comment's own lexicon before the English one, and only for that language", () => {
    const custom = [{ id: 'loyalty', keywords: { any: ['treuekarte'] } }]
    const hit = (lang?: string) => findHits(tokenize('die treuekarte'), themeIndexes(custom, undefined, lang)).map((h) => h.tag)
    expect(hit('de')).toEqual(['loyalty'])
    expect(hit(undefined)).toEqual(['loyalty'])
    // One index per language, built once.
    expect(themeIndexes(undefined, undefined, 'de')).toBe(themeIndexes(undefined, undefined, 'de'))
    expect(themeIndexes(undefined, undefined, 'de')).not.toBe(themeIndexes(undefined, undefined, 'en'))
    expect(themeIndexes(undefined, undefined, 'xx')).toBe(themeIndexes(undefined, undefined, 'en'))
    expect(cueIndexes('fr')).toBe(cueIndexes('fr'))
    expect(cueIndexes('zh')).toBe(cueIndexes())
  })

  it("finds a project's keyword with or without its accents", () => {
    const custom = [{ id: 'loyalty', keywords: { fr: ['carte fidélité'] } }]
    for (const text of ['Ma carte fidélité ne marche plus', 'ma carte fidelite ne marche plus'])
      expect(tagComment(text, 2, { locale: 'fr', custom }).themes.map((t) => t.theme), text).toEqual(['loyalty'])
  })

  it('reports the language of a comment without a locale', () => {
    expect(tagComment('La livraison était très rapide et le livreur très aimable', 10).language).toBe('fr')
    expect(tagComment('Die Lieferung kam viel zu spät und der Kundenservice antwortet nicht', 2).language).toBe('de')
  })
})

describe('Japanese, Arabic and Hebrew text', () => {
  it('finds a keyword inside Japanese text cut into words, and an Arabic or Hebrew one behind its clitics', () => {
    const custom = [{ id: 'loyalty', keywords: { any: ['ポイント', '=نقاط', '=נקודות'] } }]
    const themes = (text: string, locale: string) => tagComment(text, 3, { locale, custom }).themes.map((t) => t.theme)
    expect(themes('ポイントが付かない', 'ja')).toEqual(['loyalty'])
    expect(themes('والنقاط لا تضاف', 'ar')).toEqual(['loyalty'])
    expect(themes('והנקודות לא נצברו', 'he')).toEqual(['loyalty'])
    // The script decides the language, whatever the locale says.
    expect(tagComment('והנקודות לא נצברו', 3, { locale: 'en', custom }).themes.map((t) => t.theme)).toEqual(['loyalty'])
  })
})
