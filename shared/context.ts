/**
 * The context an answer is stored with, derived from what the request carries: the
 * platform (web, ios, android) from the channel, or for a webview from its user agent,
 * and the segment and app version from the person's traits.
 * @module
 */

export type Platform = 'web' | 'ios' | 'android'

/**
 * @example platformOf('webview', 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) …') // 'android'
 * @example platformOf('web', 'Mozilla/5.0 (iPhone; …)') // 'web' (a browser on a phone is still the web)
 */
export function platformOf(channel: string | undefined, userAgent: string | undefined): Platform {
  if (channel === 'ios' || channel === 'android') return channel
  if (channel === 'webview') {
    if (/Android/i.test(userAgent ?? '')) return 'android'
    if (/iPhone|iPad|iPod/i.test(userAgent ?? '')) return 'ios'
  }
  return 'web'
}

/** A trait as a short string for grouping, or null when absent or not a scalar. */
export function traitText(traits: Record<string, unknown> | undefined, key: string): string | null {
  const v = traits?.[key]
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).slice(0, 64) : null
}
