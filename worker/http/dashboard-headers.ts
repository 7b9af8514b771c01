/**
 * The dashboard's response headers, the same on Node (static.ts) and Workers (entry.ts):
 * a strict CSP (its own scripts and styles only, no inline code, no framing), and
 * hashed assets cached for good while index.html is always revalidated.
 * @module
 */
export const DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

export function dashboardHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': DASHBOARD_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': path.startsWith('/app/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
}
