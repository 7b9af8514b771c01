/**
 * Tagging a comment for storage: the themes (shared/themes/tag.ts) as the JSON the
 * statements in queries.ts insert, one row per theme. Called by the background pass
 * (retag.ts) with the stored comment and score.
 * @module
 */
import { anyThemeOn, projectThemes, tagOptions, type ProjectThemes } from '../../shared/themes/settings'
import { tagComment, type TaggedTheme } from '../../shared/themes/tag'

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

export { projectThemes }
export type { ProjectThemes }
