import { readdirSync } from 'node:fs'
// Checks every built-in locale for completeness and CLDR plural forms, and the locale picking and string helpers.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  SUPPORTED_LOCALES,
  bucketOf,
  dirOf,
  format,
  loadMessages,
  mergeOverrides,
  pickLocale,
  plural,
  questionFor,
  type LocaleCode,
  type Messages,
  type Plural,
} from './index'
import en from './en'

const CODES = SUPPORTED_LOCALES.map((l) => l.code)
const all = Object.fromEntries(
  await Promise.all(CODES.map(async (c) => [c, await loadMessages(c)] as const)),
) as Record<LocaleCode, Messages>

const STRING_KEYS = [
  'question',
  'questionNoProduct',
  'low',
  'high',
  'scaleLabel',
  'scoreLabel',
  'commentPlaceholder',
  'send',
  'skip',
  'notNow',
  'close',
  'yourScore',
  'changeScore',
] as const
const BUCKETS = ['detractor', 'passive', 'promoter'] as const
const PLURALS = ['charsLeft', 'closesIn'] as const
const ALL_KEYS = ['dir', ...STRING_KEYS, 'why', 'thanks', ...PLURALS].sort()
/** Placeholders each text may use; any other `{…}` is a typo. */
const ALLOWED: Record<string, string[]> = { question: ['product'], scoreLabel: ['score'], yourScore: ['score'], charsLeft: ['count'], closesIn: ['count'] }

const categories = (locale: string) => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
const placeholders = (s: string) => [...s.matchAll(/\{(\w*)\}/g)].map((m) => m[1])

/** Counts a widget can show (and some fractions), to see which numbers each category covers. */
const SAMPLE = [...Array.from({ length: 2101 }, (_, i) => i), 0.5, 1.5, 2.5, 3.5, 10.5, 21.5]
/** Whether `category` is chosen for one number only (Arabic 0, 1, 2; Hebrew 2), so its form may say the number in words. */
const singleValue = (locale: string, category: string) => {
  const r = new Intl.PluralRules(locale)
  return SAMPLE.filter((n) => r.select(n) === category).length === 1
}

describe('locale list', () => {
  it('has one locale file per supported locale, and no other', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^[a-z]{2}\.ts$/.test(f)).map((f) => f.slice(0, 2))
    expect([...CODES].sort()).toEqual(files.sort())
    expect(new Set(CODES).size).toBe(CODES.length)
  })

  it('loads a locale on its own', async () => {
    expect(await loadMessages('uk')).toBe(all.uk)
  })

  it('keeps index.ts free of static locale imports, so the widget bundles only the chosen one', () => {
    const src = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
    for (const c of CODES) expect(src).not.toMatch(new RegExp(`from\\s+['"]\\./${c}['"]`))
  })
})

describe.each(CODES)('%s', (code) => {
  const m = all[code]

  it('has every key, each text non-empty and trimmed, and nothing else', () => {
    expect(Object.keys(m).sort()).toEqual(ALL_KEYS)
    const texts = [
      ...STRING_KEYS.map((k) => m[k]),
      ...BUCKETS.flatMap((b) => [m.why[b], m.thanks[b]]),
      ...PLURALS.flatMap((k) => Object.values(m[k])),
    ]
    for (const t of texts) {
      expect(typeof t).toBe('string')
      expect(t.trim()).not.toBe('')
      expect(t).toBe(t.trim())
      expect(t).not.toMatch(/ {2}/)
    }
    expect(Object.keys(m.why).sort()).toEqual([...BUCKETS].sort())
    expect(Object.keys(m.thanks).sort()).toEqual([...BUCKETS].sort())
  })

  it('has exactly the plural categories Intl.PluralRules lists for the language', () => {
    for (const k of PLURALS) expect(Object.keys(m[k]).sort(), k).toEqual(categories(code))
  })

  it('puts {count} in every plural form (a form for a single number may say it in words)', () => {
    for (const k of PLURALS)
      for (const [cat, form] of Object.entries(m[k] as Plural)) {
        if (form.includes('{count}')) continue
        expect(singleValue(code, cat), `${k}.${cat} lacks {count}: ${form}`).toBe(true)
      }
  })

  it('puts {product} in the question, and uses no unknown placeholder', () => {
    expect(m.question).toContain('{product}')
    expect(m.questionNoProduct).not.toContain('{product}')
    expect(m.scoreLabel).toContain('{score}')
    const check = (key: string, s: string) =>
      expect(placeholders(s).filter((p) => !(ALLOWED[key] ?? []).includes(p)), `${key}: ${s}`).toEqual([])
    for (const k of STRING_KEYS) check(k, m[k])
    for (const b of BUCKETS) check('why', m.why[b]), check('thanks', m.thanks[b])
    for (const k of PLURALS) for (const f of Object.values(m[k])) check(k, f)
  })

  it('says its direction, as the locale list does', () => {
    expect(m.dir).toBe(code === 'ar' || code === 'he' ? 'rtl' : 'ltr')
    expect(dirOf(code)).toBe(m.dir)
  })

  it('fills every count without leaving a placeholder', () => {
    for (const k of PLURALS)
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 100, 1999]) expect(plural(m[k], n, code)).not.toMatch(/[{}]/)
  })
})

describe('pickLocale', () => {
  it('prefers the explicit setting over the page and the browser', () => {
    expect(pickLocale(['de', 'fr', 'es-ES'], 'en')).toBe('de')
    expect(pickLocale([undefined, 'fr-CA', 'es-ES'], 'en')).toBe('fr')
    expect(pickLocale([null, '', 'es-ES', 'de'], 'en')).toBe('es')
  })

  it('matches by language subtag, case-insensitively, with old codes', () => {
    expect(pickLocale(['uk-UA'], 'en')).toBe('uk')
    expect(pickLocale(['pt-BR'], 'en')).toBe('pt')
    expect(pickLocale(['PT_pt'], 'en')).toBe('pt')
    expect(pickLocale(['he-IL'], 'en')).toBe('he')
    expect(pickLocale(['iw'], 'en')).toBe('he')
    expect(pickLocale(['iw-IL'], 'en')).toBe('he')
    expect(pickLocale(['RU'], 'en')).toBe('ru')
    expect(pickLocale(['ar-EG'], 'en')).toBe('ar')
    expect(pickLocale(['zh-Hant-TW', 'ja-JP'], 'en')).toBe('ja')
  })

  it('skips unsupported candidates, then uses the project default, then English', () => {
    expect(pickLocale(['zh-CN', 'ko'], 'ru')).toBe('ru')
    expect(pickLocale([], 'pl-PL')).toBe('pl')
    expect(pickLocale(['zh-CN'], 'xx')).toBe('en')
    expect(pickLocale([undefined], '')).toBe('en')
  })

  it('does not take a language from a longer code that only starts like it', () => {
    expect(pickLocale(['ukr', 'ruby', 'english'], 'de')).toBe('de')
  })
})

describe('plural', () => {
  const probe = (cats: string[]): Plural => Object.fromEntries(cats.map((c) => [c, `${c} {count}`])) as Plural

  it('picks Russian and Ukrainian forms', () => {
    for (const l of ['ru', 'uk']) {
      const p = probe(['one', 'few', 'many', 'other'])
      expect(plural(p, 1, l)).toBe('one 1')
      expect(plural(p, 3, l)).toBe('few 3')
      expect(plural(p, 5, l)).toBe('many 5')
      expect(plural(p, 11, l)).toBe('many 11')
      expect(plural(p, 21, l)).toBe('one 21')
      expect(plural(p, 22, l)).toBe('few 22')
      expect(plural(p, 0, l)).toBe('many 0')
    }
    expect(plural(all.ru.charsLeft, 1, 'ru')).toBe('Остался 1 символ')
    expect(plural(all.ru.charsLeft, 3, 'ru')).toBe('Осталось 3 символа')
    expect(plural(all.ru.charsLeft, 5, 'ru')).toBe('Осталось 5 символов')
    expect(plural(all.ru.charsLeft, 21, 'ru')).toBe('Остался 21 символ')
    expect(plural(all.ru.closesIn, 1, 'ru')).toBe('Закроется через 1 секунду')
    expect(plural(all.uk.charsLeft, 3, 'uk')).toBe('Залишилося 3 символи')
    expect(plural(all.uk.closesIn, 5, 'uk')).toBe('Закриється через 5 секунд')
  })

  it('picks Polish forms (21 is "many", unlike Russian)', () => {
    const p = probe(['one', 'few', 'many', 'other'])
    expect(plural(p, 1, 'pl')).toBe('one 1')
    expect(plural(p, 22, 'pl')).toBe('few 22')
    expect(plural(p, 21, 'pl')).toBe('many 21')
  })

  it('picks Arabic and Hebrew forms', () => {
    const p = probe(['zero', 'one', 'two', 'few', 'many', 'other'])
    expect(plural(p, 0, 'ar')).toBe('zero 0')
    expect(plural(p, 1, 'ar')).toBe('one 1')
    expect(plural(p, 2, 'ar')).toBe('two 2')
    expect(plural(p, 5, 'ar')).toBe('few 5')
    expect(plural(p, 11, 'ar')).toBe('many 11')
    expect(plural(p, 100, 'ar')).toBe('other 100')
    expect(plural(all.ar.charsLeft, 2, 'ar')).toBe('تبقّى حرفان')
    expect(plural(probe(['one', 'two', 'other']), 2, 'he')).toBe('two 2')
    expect(plural(probe(['one', 'two', 'other']), 5, 'he')).toBe('other 5')
  })

  it('uses "other" when a form is missing, and survives a bad locale tag', () => {
    expect(plural({ other: '{count} left' }, 1, 'ru')).toBe('1 left')
    expect(plural({ other: '{count} left' }, 3, 'ar')).toBe('3 left')
    expect(plural(en.charsLeft, 1, 'not a locale!')).toBe('1 character left')
  })

  it('writes the number the way the locale does', () => {
    expect(plural(en.charsLeft, 1500, 'en')).toBe('1,500 characters left')
    expect(plural(all.de.charsLeft, 1500, 'de')).toBe('Noch 1.500 Zeichen übrig')
  })
})

describe('format', () => {
  it('fills named placeholders, every occurrence, with strings or numbers', () => {
    expect(format('{score} out of 10', { score: 7 })).toBe('7 out of 10')
    expect(format('{a} and {a} and {b}', { a: 'x', b: 0 })).toBe('x and x and 0')
  })

  it('leaves unknown placeholders and does not re-read inserted text', () => {
    expect(format('Hi {name}, {other}', { name: '{other}' })).toBe('Hi {other}, {other}')
    expect(format('{toString}', {})).toBe('{toString}')
  })
})

describe('questionFor and bucketOf', () => {
  it('names the product, or falls back to the product-less question', () => {
    expect(questionFor(en, 'Acme')).toBe('How likely are you to recommend Acme to a friend or colleague?')
    expect(questionFor(en)).toBe(en.questionNoProduct)
    expect(questionFor(en, '  ')).toBe(en.questionNoProduct)
    expect(questionFor(mergeOverrides(en, { question: 'Would you recommend our store?' }))).toBe('Would you recommend our store?')
  })

  it('isolates the product name in right-to-left text', () => {
    expect(questionFor(all.he, 'Acme 2.0')).toContain('\u2068Acme 2.0\u2069')
  })

  it('splits scores into buckets', () => {
    expect([0, 6, 7, 8, 9, 10].map(bucketOf)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'])
  })
})

describe('mergeOverrides', () => {
  it('returns a copy of the built-in texts when there are no overrides', () => {
    const m = mergeOverrides(en)
    expect(m).toEqual(en)
    expect(m).not.toBe(en)
    expect(m.why).not.toBe(en.why)
  })

  it('replaces texts and merges why and thanks per bucket, without touching the base', () => {
    const before = structuredClone(en)
    const m = mergeOverrides(en, { question: 'Rate {product}?', why: { detractor: 'What broke?' }, thanks: { promoter: 'You rock!' } })
    expect(m.question).toBe('Rate {product}?')
    expect(m.why).toEqual({ ...en.why, detractor: 'What broke?' })
    expect(m.thanks).toEqual({ ...en.thanks, promoter: 'You rock!' })
    expect(m.low).toBe(en.low)
    expect(en).toEqual(before)
  })

  it('ignores blank or non-string values, unknown keys and dir', () => {
    const m = mergeOverrides(en, {
      low: '',
      high: '   ',
      why: { passive: undefined },
      dir: 'rtl',
      bogus: 'x',
      send: 42,
    } as never)
    expect(m).toEqual(en)
  })

  it('replaces a counted phrase whole, and only when it has an "other" form', () => {
    const m = mergeOverrides(all.ru, { charsLeft: { one: 'Ещё {count} знак', other: 'Ещё {count} знаков' } })
    expect(m.charsLeft).toEqual({ one: 'Ещё {count} знак', other: 'Ещё {count} знаков' })
    expect(mergeOverrides(all.ru, { closesIn: { one: 'x' } as Plural }).closesIn).toEqual(all.ru.closesIn)
  })

  it('accepts the texts the worker sends for a survey', () => {
    const texts: { question?: string; why?: { detractor?: string; passive?: string; promoter?: string } } = { why: { promoter: 'Yay' } }
    expect(mergeOverrides(all.fr, texts).why.promoter).toBe('Yay')
  })
})
