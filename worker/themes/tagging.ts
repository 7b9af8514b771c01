/**
 * Tagging a comment for storage: the themes (shared/themes/tag.ts) as the JSON the
 * statements in queries.ts insert, one row per theme.
 *
 * The score only moves a theme's sentiment, and only across the classes 0–4, 5–6, 7–8
 * and 9–10 (shared/themes/sentiment.ts); which themes are found does not depend on it.
 * So an edit that brings a comment without its score is tagged once per class and the
 * statement picks the class of the stored score: no read before the write.
 * @module
 */
import { anyThemeOn, projectThemes, tagOptions, type ProjectThemes } from '../../shared/themes/settings'
import { tagComment, type TaggedTheme } from '../../shared/themes/tag'

/** One score of each class the sentiment reads. */
export const SCORE_CLASSES = [0, 5, 7, 9] as const

/** The class representative of a score: tagging with it gives the same result. */
export const classOf = (score: number) => (score <= 4 ? 0 : score <= 6 ? 5 : score <= 8 ? 7 : 9)

/** As JSON; a theme named twice (a rename onto another theme's name) is kept once, where first named. */
export function themesJson(themes: TaggedTheme[]): string {
  const seen = new Set<string>()
  const out = themes.filter((t) => !seen.has(t.theme) && seen.add(t.theme))
  return JSON.stringify(out.map((t) => ({ theme: t.theme, sentiment: t.sentiment })))
}

/** The themes of a comment as JSON for the statements ('[]' for none or no comment). */
export function tagJson(comment: string | null, score: number, themes: ProjectThemes, locale: string | null | undefined): string {
  // Nothing to find: no comment, or every theme switched off (then tagging is skipped, not filtered).
  if (!comment || !comment.trim() || !anyThemeOn(themes)) return '[]'
  return themesJson(tagComment(comment, score, tagOptions(themes, locale)).themes)
}

/** The themes for each score class: [t0, t5, t7, t9]. */
export function tagJsonByClass(comment: string, themes: ProjectThemes, locale: string | null | undefined): string[] {
  return SCORE_CLASSES.map((s) => tagJson(comment, s, themes, locale))
}

export { projectThemes }
export type { ProjectThemes }
