/**
 * A project's theme settings as stored in its settings (`themes`): its own themes, renames
 * and switch-offs of built-in ones, and the version every change bumps (the re-tag pass
 * brings each comment up to it). Read leniently: a stored value of the wrong shape is
 * ignored rather than failing a write path.
 * @module
 */
import { BUILTIN_THEMES, isBuiltinTheme, type BuiltinTheme, type CustomTheme, type ThemeOverrides } from './taxonomy'
import type { TagOptions } from './tag'

export interface ProjectThemes {
  version: number
  custom: CustomTheme[]
  overrides: ThemeOverrides
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)

// tagComment caches its keyword indexes by the identity of `custom` and `overrides`: the
// same settings must give the same objects, or every comment would rebuild the indexes.
const byObject = new WeakMap<object, ProjectThemes>()
const byText = new Map<string, ProjectThemes>()
const MAX_CACHED = 256

/** The stored `themes` settings → what tagComment takes, and the version (memoised: same settings, same objects). */
export function projectThemes(stored: unknown): ProjectThemes {
  const isObj = isObject(stored)
  const hit = isObj ? byObject.get(stored) : undefined
  if (hit) return hit
  const text = JSON.stringify(stored ?? null)
  let t = byText.get(text)
  if (!t) {
    t = parseThemes(stored)
    if (byText.size >= MAX_CACHED) byText.clear()
    byText.set(text, t)
  }
  if (isObj) byObject.set(stored, t)
  return t
}

function parseThemes(stored: unknown): ProjectThemes {
  const t = isObject(stored) ? stored : {}
  const version = typeof t.version === 'number' && Number.isInteger(t.version) && t.version > 0 ? t.version : 0
  const custom = Array.isArray(t.custom) ? (t.custom.filter((c) => isObject(c) && typeof c.id === 'string' && (Array.isArray(c.keywords) || isObject(c.keywords))) as unknown as CustomTheme[]) : []
  const rename: Partial<Record<BuiltinTheme, string>> = {}
  if (isObject(t.rename)) for (const [k, v] of Object.entries(t.rename)) if (isBuiltinTheme(k) && typeof v === 'string') rename[k] = v
  const disable = Array.isArray(t.disable) ? (t.disable.filter((d) => typeof d === 'string' && isBuiltinTheme(d)) as BuiltinTheme[]) : []
  return { version, custom, overrides: { rename, disable } }
}

/** Whether any theme can be found at all (a project may switch every built-in one off and add none). */
export const anyThemeOn = (t: ProjectThemes): boolean => t.custom.length > 0 || new Set(t.overrides.disable ?? []).size < BUILTIN_THEMES.length

/** Options for tagComment from a project's themes and the answer's locale. */
export const tagOptions = (t: ProjectThemes, locale: string | null | undefined): TagOptions => ({ locale: locale ?? undefined, custom: t.custom, overrides: t.overrides })
