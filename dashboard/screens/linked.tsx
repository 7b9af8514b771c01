/**
 * Filters handed to the Comments screen in its address — `#/comments?segment=VIP&from=…`,
 * `#/comments?theme=delivery&days=30` — by a screen that links to "those answers" (a
 * heatmap cell, a theme). They are read from the
 * hash (only the answer list's own filter names), passed to /v1/answers, and shown above
 * the feed with a way to drop them.
 * @module
 */
import { useEffect, useState } from 'preact/hooks'
import { useApp } from '../context'

/** The answer list's filters a link may set (see AnswerFilterQuery in shared/results-contract.ts). */
const LINKABLE = /^(survey|from|to|days|channel|locale|platform|segment|app_version|returning|counted|has_comment|theme|(trait|attribute)\.[A-Za-z0-9_.-]{1,64})$/
/** Filters the Comments screen has its own controls for: a link sets their first value instead. */
const OWN = ['channel', 'has_comment', 'counted', 'survey', 'theme', 'days']

/** `#/screen?a=1&b=` — empty values kept (an empty `has_comment` unticks the box). */
export function linkTo(screen: string, params: Record<string, string>): string {
  return `#/${screen}?${new URLSearchParams(params).toString()}`
}

function parse(hash: string): Record<string, string> {
  const i = hash.indexOf('?')
  const out: Record<string, string> = {}
  if (i === -1) return out
  for (const [k, v] of new URLSearchParams(hash.slice(i + 1))) if (LINKABLE.test(k)) out[k] = v
  return out
}

export interface Linked {
  /** Every filter in the link. */
  all: Record<string, string>
  /** Those to add to the answers query as they are (the rest seed the screen's own controls). */
  extra: Record<string, string>
  /** Changes whenever the link does. */
  key: string
}

/** The link's filters, following the hash. Call it before `useSurveys`: a linked survey becomes the chosen one. */
export function useLinkedFilters(): Linked {
  const [all, setAll] = useState(() => {
    const q = parse(location.hash)
    if (q.survey) sessionStorage.setItem('tp_survey', q.survey)
    return q
  })
  useEffect(() => {
    const on = () => setAll(parse(location.hash))
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  const extra = Object.fromEntries(Object.entries(all).filter(([k]) => !OWN.includes(k)))
  return { all, extra, key: JSON.stringify(all) }
}

/** "Answers of segment = VIP, 2026-01-05 – 2026-01-11" with a button that drops the link's filters. */
export function LinkedNote({ linked }: { linked: Linked }) {
  const { t } = useApp()
  const entries = Object.entries(linked.extra).filter(([k]) => k !== 'from' && k !== 'to')
  if (Object.keys(linked.extra).length === 0) return null
  const what = entries.map(([k, v]) => `${t.dimensions[k] ?? k} = ${k === 'returning' ? t.returningValues[v === 'true' ? 'returning' : 'new'] : v}`)
  if (linked.extra.from) what.push(linked.extra.from === linked.extra.to ? linked.extra.from : `${linked.extra.from} – ${linked.extra.to}`)
  return (
    <p class="linked" role="status" data-testid="linked">
      <span>{t.linkedAnswers(what.join(', '))}</span>{' '}
      <button type="button" class="secondary small" onClick={() => (location.hash = '#/comments')}>
        {t.showAllAnswers}
      </button>
    </p>
  )
}
