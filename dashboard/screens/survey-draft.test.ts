// The editor's draft ⇄ the API's bodies: what the form sends is what the API's own schemas accept.
import * as v from 'valibot'
import { expect, it } from 'vitest'
import { DEFAULT_SURVEY_RULES } from '../../shared/eligibility'
import { SurveyCreate, SurveyUpdate } from '../../shared/management'
import { createBody, draftOf, patchBody, previewOf, type Survey } from './survey-draft'

const saved: Survey = {
  id: 'srv_1',
  name: 'After delivery',
  kind: 'transactional',
  status: 'active',
  rules: { trigger_events: ['Order_Delivered'], client_triggers: true, trigger_window_hours: 48, recontact_days: 90, dismiss_recontact_days: 14, max_displays: 3, display_period_days: 30, session_cap: 1, sampling_percent: 25, min_answer_ms: 1200, fingerprint_daily_cap: 20 },
  texts: { ru: { question: 'Вопрос о {product}?', low: 'Нет', why: { detractor: 'Что не так?' } }, de: { high: 'Sehr' } },
  theme: { brand: '#0f766e', position: 'bottom-left', mode: 'dark' },
  default_locale: 'ru',
  product: null,
  created_at: 0,
}

it('a new survey starts from the rules’ defaults and its create body passes the API schema', () => {
  const d = draftOf()
  expect(d.rules.sampling_percent).toBe(String(DEFAULT_SURVEY_RULES.samplingPercent))
  expect(d.rules.min_answer_ms).toBe(String(DEFAULT_SURVEY_RULES.minAnswerMs))
  const body = createBody({ ...d, name: 'Trial', events: 'Trial_Ended, Plan_Changed', texts: { ru: { question: 'Как вам {product}?', low: '  ' }, uk: { high: '' } }, brand: '#123' })
  expect(body).toMatchObject({ name: 'Trial', kind: 'transactional', status: 'active', rules: { trigger_events: ['Trial_Ended', 'Plan_Changed'], sampling_percent: 100 }, texts: { ru: { question: 'Как вам {product}?' } }, theme: { brand: '#123', position: 'bottom-right', mode: 'auto' } })
  expect(body.texts).toEqual({ ru: { question: 'Как вам {product}?' } }) // blank fields and empty locales are left out
  expect(body).not.toHaveProperty('product')
  expect(v.safeParse(SurveyCreate, body).success).toBe(true)
})

it('a change is a merge patch: an emptied saved text is sent as "", an emptied locale as null, untouched ones as they are', () => {
  const d = draftOf(saved)
  expect(d.texts.ru).toEqual({ question: 'Вопрос о {product}?', low: 'Нет', 'why.detractor': 'Что не так?' })
  d.texts.ru = { ...d.texts.ru, low: '', 'thanks.promoter': 'Спасибо!' }
  d.texts.de = { high: ' ' }
  d.defaultLocale = ''
  const body = patchBody(saved, d)
  expect(body.texts).toEqual({ ru: { question: 'Вопрос о {product}?', low: '', why: { detractor: 'Что не так?' }, thanks: { promoter: 'Спасибо!' } }, de: null })
  expect(body).toMatchObject({ default_locale: null, product: null, rules: { sampling_percent: 25, trigger_window_hours: 48, trigger_events: ['Order_Delivered'] }, theme: { brand: '#0f766e', position: 'bottom-left', mode: 'dark' } })
  expect(v.safeParse(SurveyUpdate, body).success).toBe(true)
})

it('what is typed goes to the API as typed, to be judged there; an emptied number keeps its value', () => {
  const d = draftOf(saved)
  d.rules.sampling_percent = '150'
  d.rules.session_cap = ''
  d.brand = 'teal!'
  const body = patchBody(saved, d)
  expect(body.rules.sampling_percent).toBe(150)
  expect(body.rules).not.toHaveProperty('session_cap')
  const refused = v.safeParse(SurveyUpdate, body)
  expect(refused.success).toBe(false)
  expect(refused.issues?.map((i) => v.getDotPath(i)).sort()).toEqual(['rules.sampling_percent', 'theme.brand'])
})

it('the preview gets one locale’s texts, the theme, and the survey’s product name or else the project’s', () => {
  const d = draftOf(saved)
  expect(previewOf(d, 'ru', 'Acme')).toEqual({ kind: 'transactional', locale: 'ru', product: 'Acme', texts: { question: 'Вопрос о {product}?', low: 'Нет', why: { detractor: 'Что не так?' } }, theme: { brand: '#0f766e', position: 'bottom-left', mode: 'dark' } })
  expect(previewOf({ ...d, product: 'Shop' }, 'fr', null)).toMatchObject({ locale: 'fr', product: 'Shop', texts: {} })
  expect(previewOf(d, 'en', null)).not.toHaveProperty('product')
})
