/**
 * Builds the lookup indexes from the language lexicons (once per process) and from a
 * project's custom themes and overrides (once per options object).
 * @module
 */
import { en } from './lexicon/en'
import { ru } from './lexicon/ru'
import { uk } from './lexicon/uk'
import { buildIndex, parseEntries, type Entry, type Indexes } from './matcher'
import { customEntries } from './custom'
import { BUILTIN_THEMES, type CustomTheme, type LanguageLexicon, type ThemeOverrides } from './taxonomy'

const CYRILLIC = /\p{Script=Cyrillic}/u

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

let cues: Indexes | undefined
let builtinThemes: Indexes | undefined
const NONE = {}
const perOptions = new WeakMap<object, WeakMap<object, Indexes>>()

function buildThemes(custom: CustomTheme[] | undefined, overrides: ThemeOverrides | undefined): Indexes {
  const disabled = new Set<string>(overrides?.disable ?? [])
  // Custom entries go first: on a tie in length, the project's own keyword wins.
  const own = customEntries(custom)
  const ownLatin: Record<string, string[]> = {}
  const ownCyr: Record<string, string[]> = {}
  for (const [id, list] of Object.entries(own)) {
    if (disabled.has(id)) continue
    ownLatin[id] = list.filter((e) => !CYRILLIC.test(e))
    ownCyr[id] = list.filter((e) => CYRILLIC.test(e))
  }
  const enT = themeSources(en, disabled)
  const ruT = themeSources(ru, disabled)
  const ukT = themeSources(uk, disabled)
  return indexes(
    [...parseEntries(ownLatin, false, true), ...parseEntries(enT)],
    [...parseEntries(ownCyr, false, true), ...parseEntries(ruT), ...parseEntries(ukT)],
    [...parseEntries(ownCyr, true, true), ...parseEntries(ruT, true), ...parseEntries(ukT, true)],
  )
}

/** Indexes for the theme keywords, given a project's custom themes and overrides. */
export function themeIndexes(custom?: CustomTheme[], overrides?: ThemeOverrides): Indexes {
  if (!custom?.length && !overrides?.disable?.length) return (builtinThemes ??= buildThemes(undefined, undefined))
  const byCustom = perOptions.get(custom ?? NONE) ?? new WeakMap<object, Indexes>()
  perOptions.set(custom ?? NONE, byCustom)
  let idx = byCustom.get(overrides ?? NONE)
  if (!idx) {
    idx = buildThemes(custom, overrides)
    byCustom.set(overrides ?? NONE, idx)
  }
  return idx
}

/** Indexes for sentiment cues (not customisable). */
export function cueIndexes(): Indexes {
  return (cues ??= indexes(
    parseEntries(en.cues as Record<string, string>),
    [...parseEntries(ru.cues as Record<string, string>), ...parseEntries(uk.cues as Record<string, string>)],
    [
      ...parseEntries(ru.cues as Record<string, string>, true),
      ...parseEntries(uk.cues as Record<string, string>, true),
    ],
  ))
}
