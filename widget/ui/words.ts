/**
 * Which built-in or overridden words the card shows at each step, as pure functions.
 * @module
 */
import { bucketOf, questionFor, type Messages, type Plural } from '../../shared/i18n'
import type { SurveyTexts } from '../../shared/contract'

/** The longest comment the API accepts (shared/contract.ts `Comment`). */
export const MAX_COMMENT = 2000

/** `base` with the non-blank strings of `over` laid over it, for the keys `base` has. */
function lay<T extends object>(base: T, over: object | undefined): T {
  const out = { ...base } as Record<string, unknown>
  for (const [k, v] of Object.entries(over ?? {})) if (k in base && typeof v == 'string' && v.trim()) out[k] = v
  return out as T
}

/**
 * The survey's strings: built-ins for its locale with the owner's texts laid over them
 * (question, labels, and `why`/`thanks` bucket by bucket; a blank text keeps the built-in).
 * What `mergeOverrides` of shared/i18n does, for the few texts a survey has (SurveyTexts),
 * in fewer bytes.
 */
export const strings = (m: Messages, texts?: SurveyTexts): Messages => ({ ...lay(m, texts), why: lay(m.why, texts?.why), thanks: lay(m.thanks, texts?.thanks) })

/**
 * The question (with the product's name when there is one), and the follow-up and the
 * thank-you worded for the bucket of `score`.
 * @example words(en, 'Demo Shop', 3).why // 'We’re sorry. What went wrong?'
 */
export function words(m: Messages, product: string | undefined, score: number) {
  const b = bucketOf(score)
  return { question: questionFor(m, product), why: m.why[b], thanks: m.thanks[b] }
}

/**
 * The form of a counted phrase for `count`, with the number formatted for `locale`: what
 * `plural` of shared/i18n does, in fewer bytes (no caches: the card counts at most once a
 * keystroke, and the server only answers with locale codes the widget ships).
 * @example counted(uk.closesIn, 3, 'uk') // 'Закриється через 3 секунди'
 */
export const counted = (forms: Plural, count: number, locale: string) =>
  (forms[new Intl.PluralRules(locale).select(count)] ?? forms.other).replace(/\{count\}/g, count.toLocaleString(locale))

/** "1,995 characters left", plural-correct for the locale. */
export const charsLeft = (m: Messages, text: string, locale: string) => counted(m.charsLeft, Math.max(0, MAX_COMMENT - text.length), locale)
