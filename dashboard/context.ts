/**
 * What every screen may read: the words, the Intl formatters for the chosen language,
 * and who is signed in to which project as whom.
 * @module
 */
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Locale, Strings } from './i18n'

export interface Me {
  email: string
  project: { id: string; name: string; role: 'owner' | 'analyst' } | null
  projects: { id: string; name: string; role: 'owner' | 'analyst' }[]
}

export interface Ctx {
  t: Strings
  locale: Locale
  me: Me
  /** Whole numbers and one-decimal figures in the chosen language. */
  num: (n: number, digits?: number) => string
  date: (ms: number) => string
  /** Reload who-am-I (after a project switch or sign-out). */
  refresh: () => void
}

export const AppContext = createContext<Ctx>(null as unknown as Ctx)
export const useApp = () => useContext(AppContext)

export function formatters(locale: Locale) {
  // Whole numbers, or exactly one decimal (an interval reads -61.2 to -35.0, not -61.2 to -35).
  const nf = [0, 1].map((d) => new Intl.NumberFormat(locale, { maximumFractionDigits: d, minimumFractionDigits: d }))
  const df = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return { num: (n: number, digits = 0) => nf[digits ? 1 : 0].format(n), date: (ms: number) => df.format(ms) }
}
