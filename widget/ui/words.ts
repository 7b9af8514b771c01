/**
 * Which built-in or overridden words the card shows at each step, as pure functions.
 * @module
 */
import { bucketOf, mergeOverrides, plural, questionFor, type Messages } from '../../shared/i18n'
import type { SurveyTexts } from '../../shared/contract'

/** The longest comment the API accepts (shared/contract.ts `Comment`). */
export const MAX_COMMENT = 2000

/** The survey's strings: built-ins for its locale with the owner's texts laid over them. */
export const strings = (m: Messages, texts?: SurveyTexts) => mergeOverrides(m, texts)

/**
 * The question (with the product's name when there is one), and the follow-up and the
 * thank-you worded for the bucket of `score`.
 * @example words(en, 'Demo Shop', 3).why // 'We’re sorry. What went wrong?'
 */
export function words(m: Messages, product: string | undefined, score: number) {
  const b = bucketOf(score)
  return { question: questionFor(m, product), why: m.why[b], thanks: m.thanks[b] }
}

/** "1,995 characters left", plural-correct for the locale. */
export const charsLeft = (m: Messages, text: string, locale: string) => plural(m.charsLeft, Math.max(0, MAX_COMMENT - text.length), locale)
