/** Ukrainian strings for the survey widget. @module */
import type { Messages } from './types'

const uk: Messages = {
  dir: 'ltr',
  question: 'Наскільки ймовірно, що ви порекомендуєте {product} другові або колезі?',
  questionNoProduct: 'Наскільки ймовірно, що ви порекомендуєте нас другові або колезі?',
  low: 'Точно не порекомендую',
  high: 'Обов’язково порекомендую',
  scaleLabel: 'Оцінка від 0 до 10',
  scoreLabel: '{score} з 10',
  why: {
    detractor: 'Нам дуже прикро. Що вам не сподобалося?',
    passive: 'Що нам варто покращити, щоб ви поставили 10?',
    promoter: 'Що вам подобається найбільше?',
  },
  commentPlaceholder: 'Розкажіть докладніше (необов’язково)',
  send: 'Надіслати',
  skip: 'Пропустити',
  notNow: 'Не зараз',
  close: 'Закрити',
  yourScore: 'Ваша оцінка: {score}',
  changeScore: 'Змінити',
  thanks: {
    detractor: 'Дякуємо за чесний відгук. Ми обов’язково це врахуємо.',
    passive: 'Дякуємо за відгук! Він допомагає нам ставати кращими.',
    promoter: 'Дякуємо! Дуже раді, що вам подобається.',
  },
  charsLeft: {
    one: 'Залишився {count} символ',
    few: 'Залишилося {count} символи',
    many: 'Залишилося {count} символів',
    other: 'Залишилося {count} символу',
  },
  closesIn: {
    one: 'Закриється через {count} секунду',
    few: 'Закриється через {count} секунди',
    many: 'Закриється через {count} секунд',
    other: 'Закриється через {count} секунди',
  },
}

export default uk
