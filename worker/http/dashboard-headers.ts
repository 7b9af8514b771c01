/**
 * The dashboard's response headers, the same on Node (static.ts) and Workers (entry.ts):
 * a strict CSP (its own scripts and styles only, no inline code, no framing), and
 * hashed assets cached for good while index.html is always revalidated. The one page that
 * may be framed is the survey editor's preview (preview.html), and only by the dashboard
 * itself (`frame-ancestors 'self'`).
 * @module
 */
const csp = (frameAncestors: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${frameAncestors}; base-uri 'none'; form-action 'self'`
export const DASHBOARD_CSP = csp("'none'")
export const PREVIEW_PATH = '/app/preview.html'
export const PREVIEW_CSP = csp("'self'")

export function dashboardHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': path === PREVIEW_PATH ? PREVIEW_CSP : DASHBOARD_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': path.startsWith('/app/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
}
