/**
 * The survey's look from its theme, as pure functions: light or dark, the brand colour
 * (checked, with a default) and the text colour that stays readable on it.
 * @module
 */

export const DEFAULT_BRAND = '#4f46e5'

/**
 * Light or dark. A fixed mode wins; `auto` follows the page when it declares exactly one
 * `color-scheme`, else the visitor's `prefers-color-scheme`.
 * @example mode('auto', 'dark', false) // 'dark'
 * @example mode('auto', 'light dark', true) // 'dark'
 */
export function mode(theme: string | undefined, pageScheme: string | null | undefined, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'light' || theme === 'dark') return theme
  const page = (pageScheme ?? '').trim().split(/\s+/).filter((x) => x === 'light' || x === 'dark')
  if (page.length === 1) return page[0] as 'light' | 'dark'
  return prefersDark ? 'dark' : 'light'
}

/** [r, g, b] 0..255 of a hex colour (#rgb, #rrggbb, with or without alpha), else null. */
export function rgb(c: string): number[] | null {
  const h = c.trim().match(/^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i)?.[1]
  const hex = h && h.length < 5 ? h.replace(/./g, '$&$&') : h
  return hex ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null
}

/** WCAG relative luminance 0..1. */
export function luminance([r, g, b]: number[]): number {
  const ch = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
}

/** WCAG contrast ratio of two luminances, 1..21. */
export const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/**
 * Black or white, whichever reads better on `brand` (always at least 4.5 : 1 for an
 * opaque colour); white for colours other than hex (named, rgb(), hsl(): rarer as brand
 * colours, and usually dark).
 * @example onBrand('#fde047') // '#000'
 */
export function onBrand(brand: string): '#000' | '#fff' {
  const c = rgb(brand)
  if (!c) return '#fff'
  // contrast(l, 0) > contrast(l, 1), multiplied out: (l + 0.05) / 0.05 > 1.05 / (l + 0.05).
  return (luminance(c) + 0.05) ** 2 > 0.0525 ? '#000' : '#fff'
}
