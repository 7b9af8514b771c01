/** Russian strings for the survey widget. @module */
import type { Messages } from './types'

const ru: Messages = {
  dir: 'ltr',
  question: 'Насколько вероятно, что вы порекомендуете {product} другу или коллеге?',
  questionNoProduct: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
  low: 'Точно не порекомендую',
  high: 'Обязательно порекомендую',
  scaleLabel: 'Оценка от 0 до 10',
  scoreLabel: '{score} из 10',
  why: {
    detractor: 'Нам очень жаль. Что пошло не так?',
    passive: 'Что нам стоит улучшить, чтобы вы поставили 10?',
    promoter: 'Что вам нравится больше всего?',
  },
  commentPlaceholder: 'Расскажите подробнее (необязательно)',
  send: 'Отправить',
  skip: 'Пропустить',
  notNow: 'Не сейчас',
  close: 'Закрыть',
  yourScore: 'Ваша оценка: {score}',
  changeScore: 'Изменить',
  thanks: {
    detractor: 'Спасибо за честный отзыв. Мы обязательно это учтём.',
    passive: 'Спасибо за отзыв! Он помогает нам становиться лучше.',
    promoter: 'Спасибо! Очень рады, что вам нравится.',
  },
  charsLeft: {
    one: 'Остался {count} символ',
    few: 'Осталось {count} символа',
    many: 'Осталось {count} символов',
    other: 'Осталось {count} символа',
  },
  closesIn: {
    one: 'Закроется через {count} секунду',
    few: 'Закроется через {count} секунды',
    many: 'Закроется через {count} секунд',
    other: 'Закроется через {count} секунды',
  },
}

export default ru
