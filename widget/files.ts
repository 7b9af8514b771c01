/**
 * What the build knows that the stable-named entries (tenpoint.js, hosted.js) need: the
 * hashed names of the parts loaded on demand (survey UI, offline queue, one chunk per
 * locale), relative to the directory they are served from, and the supported locale
 * codes. vite.config.ts fills them in.
 * @module
 */
import { firstSupported } from './locale'

declare const __TP_FILES__: { ui: string; outbox: string; locale: string; codes: string }

/** `locale` has `*` where the locale code goes (all locale files share one hash); `codes` is space-separated. */
export const FILES = __TP_FILES__

/** The first supported locale among the candidates, if any. */
export const supported = (c: readonly (string | undefined | null)[]) => firstSupported(c, FILES.codes)

/** The file with the built-in strings for `locale` (English when none ship for it). */
export const localeFile = (locale: string) => FILES.locale.replace('*', supported([locale]) ?? 'en')
