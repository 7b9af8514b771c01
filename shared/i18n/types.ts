/**
 * The shape of the widget's built-in strings: one `Messages` object per locale, the
 * `Plural` forms used for counts, and the union of the locales that ship.
 * @module
 */

/** Every locale with built-in strings; each is one file in this folder. */
export type LocaleCode = 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'pl' | 'tr' | 'ar' | 'he' | 'ja'

export type Dir = 'ltr' | 'rtl'

/** A CLDR plural category: what `Intl.PluralRules#select` returns. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/**
 * The forms of one counted phrase, keyed by CLDR plural category; `{count}` stands for
 * the number. A locale lists exactly the categories its language has (`other` always).
 */
export type Plural = { other: string } & { [C in Exclude<PluralCategory, 'other'>]?: string }

/** NPS buckets: 0–6 detractor, 7–8 passive, 9–10 promoter. */
import type { Bucket } from '../nps'
export type { Bucket }

export type ByBucket = Record<Bucket, string>

export interface Messages {
  /** Writing direction of the locale. */
  dir: Dir
  /** The NPS question; `{product}` is the product's name. */
  question: string
  /** The question when there is no product name. */
  questionNoProduct: string
  /** Label under 0. */
  low: string
  /** Label under 10. */
  high: string
  /** Accessible name of the 0–10 radio group. */
  scaleLabel: string
  /** Accessible label of one option; `{score}` is 0..10. */
  scoreLabel: string
  /** The follow-up question, worded by bucket. */
  why: ByBucket
  commentPlaceholder: string
  send: string
  skip: string
  /** Dismisses the survey for now. */
  notNow: string
  /** Accessible label of the close button. */
  close: string
  /** The chosen score on the "why?" step; `{score}` is 0..10. */
  yourScore: string
  /** The button beside it that goes back to the scale to change the score. */
  changeScore: string
  /** The closing message, worded by bucket. */
  thanks: ByBucket
  /** "{count} characters left" under the comment box. */
  charsLeft: Plural
  /** "Closes in {count} seconds" on the thank-you screen. */
  closesIn: Plural
}

/** The keys of `Messages` that hold one plain string. */
export type TextKey = Exclude<keyof Messages, 'dir' | 'why' | 'thanks' | 'charsLeft' | 'closesIn'>

/**
 * A survey owner's replacements for some texts of one locale: any string, each bucket
 * of `why` and `thanks` on its own, and a counted phrase as a whole. `dir` is not text.
 */
export type MessageOverrides = { [K in TextKey]?: string } & {
  why?: Partial<ByBucket>
  thanks?: Partial<ByBucket>
  charsLeft?: Plural
  closesIn?: Plural
}
