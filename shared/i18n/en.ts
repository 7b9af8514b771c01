/** English strings for the survey widget. @module */
import type { Messages } from './types'

const en: Messages = {
  dir: 'ltr',
  question: 'How likely are you to recommend {product} to a friend or colleague?',
  questionNoProduct: 'How likely are you to recommend us to a friend or colleague?',
  low: 'Not at all likely',
  high: 'Extremely likely',
  scaleLabel: 'Score from 0 to 10',
  scoreLabel: '{score} out of 10',
  why: {
    detractor: 'We’re sorry. What went wrong?',
    passive: 'What would make it a 10?',
    promoter: 'What do you love most?',
  },
  commentPlaceholder: 'Tell us more (optional)',
  send: 'Send',
  skip: 'Skip',
  notNow: 'Not now',
  close: 'Close',
  yourScore: 'Your score: {score}',
  changeScore: 'Change',
  thanks: {
    detractor: 'Thank you for being honest with us. We’ll work on it.',
    passive: 'Thanks for your feedback! It helps us get better.',
    promoter: 'Thank you! We’re so glad to hear it.',
  },
  charsLeft: { one: '{count} character left', other: '{count} characters left' },
  closesIn: { one: 'Closes in {count} second', other: 'Closes in {count} seconds' },
}

export default en
