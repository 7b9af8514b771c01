/**
 * A project's theme settings as stored in its settings (`themes`): its own themes, renames
 * and switch-offs of built-in ones, and the version every change bumps (the re-tag pass
 * brings each comment up to it). Read leniently: a stored value of the wrong shape is
 * ignored rather than failing a write path.
 * @module
 */
import { isBuiltinTheme, type BuiltinTheme, type CustomTheme, type ThemeOverrides } from './taxonomy'
import type { TagOptions } from './tag'

export interface ProjectThemes {
  version: number
  custom: CustomTheme[]
  overrides: ThemeOverrides
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x)

/** The stored `themes` settings → what tagComment takes, and the version. */
export function projectThemes(stored: unknown): ProjectThemes {
  const t = isObject(stored) ? stored : {}
  const version = typeof t.version === 'number' && Number.isInteger(t.version) && t.version > 0 ? t.version : 0
  const custom = Array.isArray(t.custom) ? (t.custom.filter((c) => isObject(c) && typeof c.id === 'string' && (Array.isArray(c.keywords) || isObject(c.keywords))) as unknown as CustomTheme[]) : []
  const rename: Partial<Record<BuiltinTheme, string>> = {}
  if (isObject(t.rename)) for (const [k, v] of Object.entries(t.rename)) if (isBuiltinTheme(k) && typeof v === 'string') rename[k] = v
  const disable = Array.isArray(t.disable) ? (t.disable.filter((d) => typeof d === 'string' && isBuiltinTheme(d)) as BuiltinTheme[]) : []
  return { version, custom, overrides: { rename, disable } }
}

/** Options for tagComment from a project's themes and the answer's locale. */
export const tagOptions = (t: ProjectThemes, locale: string | null | undefined): TagOptions => ({ locale: locale ?? undefined, custom: t.custom, overrides: t.overrides })
