/**
 * Which locale the widget asks for: an explicit setting (`data-locale`, or a `locale`
 * passed to identify/show), then the page's `<html lang>`, then the browser's languages.
 * The server makes the final choice (falling back to the project's default), so only a
 * locale the widget ships is sent, and nothing when none matches.
 *
 * This is `pickLocale` of shared/i18n without its fallback, small enough for the 1 KB
 * loader: the supported codes come from SUPPORTED_LOCALES through the build, and
 * locale.test.ts checks that both always agree.
 * @module
 */

/** The candidates in priority order (missing and empty ones never match). */
export const candidates = (explicit: string | undefined | null, htmlLang: string | undefined | null, languages: readonly string[] | undefined | null) =>
  [explicit, htmlLang, languages ?? []].flat()

/**
 * The first candidate naming a supported locale (by its language subtag; `iw` is Hebrew),
 * or undefined. `codes` is the space-separated list of supported codes. Candidates are
 * language tags as pages and browsers give them (not Accept-Language headers).
 * @example firstSupported(['zh-CN', 'uk-UA'], 'en ru uk') // 'uk'
 * @example firstSupported(['zh-CN'], 'en ru uk') // undefined
 */
export function firstSupported(c: readonly (string | undefined | null)[], codes: string): string | undefined {
  for (let t of c) {
    // `'' + t`: undefined and null become words that name no locale.
    t = ('' + t).toLowerCase().split(/[-_]/)[0]
    if (t == 'iw') t = 'he'
    if (codes.split(' ').includes(t)) return t
  }
}
