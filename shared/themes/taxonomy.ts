/**
 * The theme taxonomy that ships with Tenpoint, and how a project changes it: its own
 * themes with keywords, extra keywords for a built-in theme, renames and switch-offs.
 * @module
 */

export const BUILTIN_THEMES = [
  'delivery',
  'support',
  'app_ux',
  'price',
  'assortment',
  'quality',
  'payment',
  'returns',
] as const

export type BuiltinTheme = (typeof BUILTIN_THEMES)[number]
export type Sentiment = 'negative' | 'positive' | 'neutral'

/** Sentiment cues the lexicons carry besides themes. */
export type Cue =
  | '+' // praise
  | '-' // complaint
  | '0' // explicitly neutral ("ok", "норм")
  | 'not' // flips the next cue within three words
  | 'without' // flips the very next word's cue ("без комиссии", "without delay")
  | 'concede' // "at least", "хоть", "зате": a genuine positive even from a detractor
  | 'sarcasm' // "oh great", "ну конечно", 🙄
  | 'request' // "please add": a wish that is not a complaint
  | 'fix' // "fixed", "решила": praise that also cancels the next complaint ("fixed my problem")
  | '+price' // praise or complaint about price only ("low", "high"): '+theme' / '-theme'
  | '-price'
  | '+!price' // praise for anything but the price ("pricey, but worth it")
  | '_' // words that are no cue, listed so that nothing else claims them (romanised 'no' = 'но')

/** Keywords of one language; entries use the matcher syntax (see matcher.ts). */
export interface LanguageLexicon {
  /** Besides the themes: 'damage' (goes to delivery when the sentence names delivery, else to
   *  quality) and '_' (phrases that only stop their words from counting: 'code expired'). */
  themes: Record<BuiltinTheme | 'damage' | '_', string>
  cues: Partial<Record<Cue, string>>
  /** Words that open a new clause, like "but" and "although" (space-separated, lower case). */
  openers?: string
  /** The "but" words: what follows is held against what came before (also clause openers). */
  contrast?: string
  /** The "and" words ("fast and tasty": a judgement joined by "and"). */
  and?: string
  /** Prefixes joined to a word (Arabic و ال, Hebrew ה ו), longest first: a word that finds nothing is looked up again without one. */
  clitics?: string
  /** Elided words before an apostrophe, cut off their word: with 'l d j', "l'appli" reads as "appli". */
  elisions?: string
}

/** The languages with lexicons (lexicons.ts checks it against its files). */
export const THEME_LANGUAGES = ['en', 'ru', 'uk', 'de', 'es', 'fr', 'it', 'pt', 'pl', 'tr', 'ja', 'ar', 'he'] as const
export type ThemeLanguage = (typeof THEME_LANGUAGES)[number]

/** Keyword lists per language; 'any' applies whatever the language. */
export type Keywords = string[] | Partial<Record<ThemeLanguage | 'any', string[]>>

/**
 * A project's own theme, or — when `id` is a built-in theme — extra keywords for it.
 * Keywords are plain words or phrases ('loyalty card', 'бонусная карта'); they are
 * stemmed, so inflected forms match. A trailing '*' or a leading '=' uses the matcher
 * syntax directly (prefix / exact word).
 * @example { id: 'loyalty', label: 'Loyalty card', keywords: ['loyalty card', 'bonus points', 'бонусная карта'] }
 */
export interface CustomTheme {
  id: string
  label?: string
  keywords: Keywords
  /** Defaults to true. */
  enabled?: boolean
}

/** Renames (the reported theme id) and switch-offs of built-in themes. */
export interface ThemeOverrides {
  rename?: Partial<Record<BuiltinTheme, string>>
  disable?: BuiltinTheme[]
}

export function isBuiltinTheme(id: string): id is BuiltinTheme {
  return (BUILTIN_THEMES as readonly string[]).includes(id)
}
