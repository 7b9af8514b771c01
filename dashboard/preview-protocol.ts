/**
 * What the survey editor sends the preview frame (/app/preview.html) by postMessage:
 * the unsaved draft of one survey as the widget would receive it from /v1/eligibility
 * (one locale's texts, the theme, the product name). Same origin only, both ways.
 * @module
 */
import type { SurveyTexts, Theme } from '../shared/contract'

export const PREVIEW_PATH = '/app/preview.html'

export interface PreviewDraft {
  kind: 'transactional' | 'relational'
  /** A locale the widget ships (shared/i18n SUPPORTED_LOCALES). */
  locale: string
  product?: string
  texts: SurveyTexts
  theme: Theme
}

/** Editor → preview: show this draft. */
export interface PreviewMessage {
  tenpoint: 'preview'
  draft: PreviewDraft
}

/** Preview → editor: loaded, send me the draft. */
export interface PreviewReady {
  tenpoint: 'preview-ready'
}

const str = (x: unknown) => typeof x === 'string'
const strings = (o: unknown, keys: string[]) => !!o && typeof o === 'object' && Object.entries(o).every(([k, v]) => keys.includes(k) && (v === undefined || str(v)))
const BUCKETS = ['detractor', 'passive', 'promoter']

/** The draft in a message, when the message is one (shape checked: a frame trusts nothing it is sent). */
export function draftOf(data: unknown): PreviewDraft | null {
  if (!data || typeof data !== 'object' || (data as PreviewMessage).tenpoint !== 'preview') return null
  const d = (data as PreviewMessage).draft
  if (!d || typeof d !== 'object') return null
  if (d.kind !== 'transactional' && d.kind !== 'relational') return null
  if (!str(d.locale) || !/^[a-z]{2,3}$/.test(d.locale)) return null
  if (d.product !== undefined && !str(d.product)) return null
  const { why, thanks, ...plain } = (d.texts ?? {}) as SurveyTexts
  if (!strings(plain, ['question', 'low', 'high']) || (why && !strings(why, BUCKETS)) || (thanks && !strings(thanks, BUCKETS))) return null
  if (!strings(d.theme ?? {}, ['brand', 'mode', 'position'])) return null
  return d
}
