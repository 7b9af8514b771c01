/**
 * Builds the lookup indexes from the language lexicons (once per process and language)
 * and from a project's custom themes and overrides (once per options object). Cyrillic
 * text is read with the Russian and Ukrainian lexicons together (surzhyk mixes them);
 * any other text with the English one, after the comment's own language's lexicon when it
 * has one (de, es, fr, it, pt, pl, tr; ja, ar, he).
 * @module
 */
import { ar } from './lexicon/ar'
import { de } from './lexicon/de'
import { en } from './lexicon/en'
import { es } from './lexicon/es'
import { fr } from './lexicon/fr'
import { he } from './lexicon/he'
import { it } from './lexicon/it'
import { ja } from './lexicon/ja'
import { pl } from './lexicon/pl'
import { pt } from './lexicon/pt'
import { ru } from './lexicon/ru'
import { tr } from './lexicon/tr'
import { uk } from './lexicon/uk'
import { buildIndex, parseEntries, type Entry, type Indexes } from './matcher'
import { customEntries } from './custom'
import { BUILTIN_THEMES, type CustomTheme, type LanguageLexicon, type ThemeOverrides } from './taxonomy'

const CYRILLIC = /\p{Script=Cyrillic}/u

/** Languages besides en/ru/uk with a lexicon of their own, searched before the English one. */
export const OWN_LEXICONS: Readonly<Record<string, LanguageLexicon>> = { de, es, fr, it, pt, pl, tr, ja, ar, he }

/** The ones written in Latin letters (their entries carry no diacritics). */
export const LATIN_LANGUAGES = ['de', 'es', 'fr', 'it', 'pt', 'pl', 'tr'] as const

/** Every language with a lexicon. */
export const LEXICON_LANGUAGES = ['en', 'ru', 'uk', ...Object.keys(OWN_LEXICONS)] as const

/** The lexicon searched before the English one for a comment in `language`, if any. */
const ownLatin = (language: string | undefined): LanguageLexicon | undefined =>
  language && Object.hasOwn(OWN_LEXICONS, language) ? OWN_LEXICONS[language] : undefined

export interface LayerIndexes {
  themes: Indexes
  cues: Indexes
}

function indexes(latin: Entry[], cyrillic: Entry[], translit: Entry[]): Indexes {
  return { latin: buildIndex(latin), cyrillic: buildIndex(cyrillic), translit: buildIndex(translit) }
}

function themeSources(lex: LanguageLexicon, disabled: Set<string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of BUILTIN_THEMES) if (!disabled.has(t)) out[t] = lex.themes[t]
  out.damage = lex.themes.damage
  out._ = lex.themes._
  return out
}

const cues = new Map<string, Indexes>()
const builtinThemes = new Map<string, Indexes>()
const NONE = {}
const perOptions = new WeakMap<object, WeakMap<object, Map<string, Indexes>>>()

function buildThemes(custom: CustomTheme[] | undefined, overrides: ThemeOverrides | undefined, own: LanguageLexicon | undefined): Indexes {
  const disabled = new Set<string>(overrides?.disable ?? [])
  // Custom entries go first: on a tie in length, the project's own keyword wins.
  const project = customEntries(custom)
  const ownLatin: Record<string, string[]> = {}
  const ownCyr: Record<string, string[]> = {}
  for (const [id, list] of Object.entries(project)) {
    if (disabled.has(id)) continue
    ownLatin[id] = list.filter((e) => !CYRILLIC.test(e))
    ownCyr[id] = list.filter((e) => CYRILLIC.test(e))
  }
  const enT = themeSources(en, disabled)
  const ruT = themeSources(ru, disabled)
  const ukT = themeSources(uk, disabled)
  // The language's own entries before the English ones: they win a tie.
  const langT = own ? parseEntries(themeSources(own, disabled)) : []
  return indexes(
    [...parseEntries(ownLatin, false, true), ...langT, ...parseEntries(enT)],
    [...parseEntries(ownCyr, false, true), ...parseEntries(ruT), ...parseEntries(ukT)],
    [...parseEntries(ownCyr, true, true), ...parseEntries(ruT, true), ...parseEntries(ukT, true)],
  )
}

/** Indexes for the theme keywords of a comment in `language`, given a project's custom themes and overrides. */
export function themeIndexes(custom?: CustomTheme[], overrides?: ThemeOverrides, language?: string): Indexes {
  const own = ownLatin(language)
  const key = own ? language! : ''
  let byLanguage: Map<string, Indexes>
  if (!custom?.length && !overrides?.disable?.length) byLanguage = builtinThemes
  else {
    const byCustom = perOptions.get(custom ?? NONE) ?? new WeakMap<object, Map<string, Indexes>>()
    perOptions.set(custom ?? NONE, byCustom)
    byLanguage = byCustom.get(overrides ?? NONE) ?? new Map()
    byCustom.set(overrides ?? NONE, byLanguage)
  }
  let idx = byLanguage.get(key)
  if (!idx) byLanguage.set(key, (idx = buildThemes(custom, overrides, own)))
  return idx
}

/** Indexes for the sentiment cues of a comment in `language` (not customisable). */
export function cueIndexes(language?: string): Indexes {
  const own = ownLatin(language)
  const key = own ? language! : ''
  const built = cues.get(key)
  if (built) return built
  const idx = indexes(
    [...(own ? parseEntries(own.cues as Record<string, string>) : []), ...parseEntries(en.cues as Record<string, string>)],
    [...parseEntries(ru.cues as Record<string, string>), ...parseEntries(uk.cues as Record<string, string>)],
    [
      ...parseEntries(ru.cues as Record<string, string>, true),
      ...parseEntries(uk.cues as Record<string, string>, true),
    ],
  )
  cues.set(key, idx)
  return idx
}

export interface LanguageText {
  openers?: ReadonlySet<string>
  elisions?: RegExp
  contrast?: ReadonlySet<string>
  and?: ReadonlySet<string>
  /** Prefixes joined to a word, tried off when the whole word finds nothing. */
  clitics?: RegExp
  /** Cuts text written without spaces (Japanese) into words. */
  segmenter?: { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> }
}
const texts = new Map<string, LanguageText>()

/** How the tokenizer reads a comment in `language`: its clause openers and elisions. */
export function languageText(language: string): LanguageText | undefined {
  const own = ownLatin(language)
  if (!own || texts.has(language)) return texts.get(language)
  const words = (list: string | undefined) => list?.split(/\s+/).filter(Boolean) ?? []
  const contrast = words(own.contrast)
  const and = words(own.and)
  const openers = [...words(own.openers), ...contrast]
  const elided = words(own.elisions)
  const text = {
    openers: openers.length ? new Set(openers) : undefined,
    contrast: contrast.length ? new Set(contrast) : undefined,
    and: and.length ? new Set(and) : undefined,
    // A clitic comes off only if at least two letters are left.
    clitics: own.clitics ? new RegExp(`^(?:${words(own.clitics).join('|')})(?=\\p{L}{2})`, 'u') : undefined,
    // Where the runtime has no word segmenter, Japanese runs stay whole (and find little).
    segmenter: language === 'ja' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined,
    // "l'appli", "dell'ordine": the elided word is cut off, its word kept whole.
    elisions: elided.length ? new RegExp(`(^|[^\\p{L}])(?:${elided.join('|')})['’ʼ\`](?=\\p{L})`, 'gu') : undefined,
  }
  texts.set(language, text)
  return text
}
