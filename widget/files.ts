/**
 * What the build knows that the stable-named entries (tenpoint.js, hosted.js) need: where
 * the parts loaded on demand are (survey UI, offline queue, one chunk per locale: one
 * hashed name pattern, relative to the directory they are served from), and the supported
 * locale codes. vite.config.ts fills them in.
 * @module
 */
import { firstSupported } from './locale'

/** Where a part's name goes, `*` (all parts share one hash), e.g. `assets/*-Ab12Cd34.js`. */
declare const __TP_PART__: string
/** The supported locale codes, space-separated. */
declare const __TP_CODES__: string

/** The built file of a part: `ui`, `outbox` or `l-xx`. */
export const part = (name: string) => __TP_PART__.replace('*', name)

/** The first supported locale among the candidates, if any. */
export const supported = (c: readonly (string | undefined | null)[]) => firstSupported(c, __TP_CODES__)

/** The file with the built-in strings for `locale` (English when none ship for it). */
export const localeFile = (locale: string) => part('l-' + (supported([locale]) ?? 'en'))
