/** German strings for the survey widget. @module */
import type { Messages } from './types'

const de: Messages = {
  dir: 'ltr',
  question: 'Wie wahrscheinlich ist es, dass Sie {product} Freunden oder Kollegen weiterempfehlen?',
  questionNoProduct: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen weiterempfehlen?',
  low: 'Äußerst unwahrscheinlich',
  high: 'Äußerst wahrscheinlich',
  scaleLabel: 'Bewertung von 0 bis 10',
  scoreLabel: '{score} von 10',
  why: {
    detractor: 'Das tut uns leid. Was ist schiefgelaufen?',
    passive: 'Was müssten wir besser machen, damit Sie uns eine 10 geben?',
    promoter: 'Was gefällt Ihnen am besten?',
  },
  commentPlaceholder: 'Erzählen Sie uns mehr (optional)',
  send: 'Senden',
  skip: 'Überspringen',
  notNow: 'Nicht jetzt',
  close: 'Schließen',
  yourScore: 'Ihre Bewertung: {score}',
  changeScore: 'Ändern',
  thanks: {
    detractor: 'Danke für Ihre Offenheit. Wir arbeiten daran.',
    passive: 'Vielen Dank für Ihr Feedback! Es hilft uns, besser zu werden.',
    promoter: 'Vielen Dank! Schön, dass Sie zufrieden sind.',
  },
  charsLeft: { one: 'Noch {count} Zeichen übrig', other: 'Noch {count} Zeichen übrig' },
  closesIn: { one: 'Schließt in {count} Sekunde', other: 'Schließt in {count} Sekunden' },
}

export default de
