/**
 * What the widget needs to render one survey: the chosen locale (explicit, then the
 * survey's default, then the project's), the owner's text overrides for that locale,
 * and the theme. Built-in strings ship with the widget; only overrides travel.
 * @module
 */
import type { EligibilityResponse } from '../../shared/contract'
import { pickLocale } from '../../shared/i18n'
import type { Project, Survey } from '../projects'

type Shown = Extract<EligibilityResponse, { show: true }>['survey']

export function surveyContent(survey: Survey, project: Project, candidates: (string | undefined)[]): Shown {
  const locale = pickLocale(candidates, survey.content.defaultLocale ?? project.rules.defaultLocale)
  return {
    id: survey.id,
    kind: survey.kind,
    locale,
    ...(survey.content.product ?? project.rules.productName ? { product: survey.content.product ?? project.rules.productName } : {}),
    texts: survey.content.texts?.[locale] ?? {},
    theme: survey.content.theme ?? {},
  }
}
