/** Italian strings for the survey widget (informal "tu", as most apps use). @module */
import type { Messages } from './types'

const it: Messages = {
  dir: 'ltr',
  question: 'Con quale probabilità consiglieresti {product} a un amico o a un collega?',
  questionNoProduct: 'Con quale probabilità ci consiglieresti a un amico o a un collega?',
  low: 'Per niente probabile',
  high: 'Estremamente probabile',
  scaleLabel: 'Punteggio da 0 a 10',
  scoreLabel: '{score} su 10',
  why: {
    detractor: 'Ci dispiace. Che cosa non ha funzionato?',
    passive: 'Che cosa servirebbe per darci un 10?',
    promoter: 'Che cosa ti piace di più?',
  },
  commentPlaceholder: 'Raccontaci di più (facoltativo)',
  send: 'Invia',
  skip: 'Salta',
  notNow: 'Non ora',
  close: 'Chiudi',
  yourScore: 'Il tuo voto: {score}',
  changeScore: 'Modifica',
  thanks: {
    detractor: 'Grazie per la sincerità. Faremo del nostro meglio per migliorare.',
    passive: 'Grazie per il tuo feedback! Ci aiuta a crescere.',
    promoter: 'Grazie! Siamo felici di saperlo.',
  },
  charsLeft: {
    one: 'Rimane {count} carattere',
    many: 'Rimangono {count} di caratteri',
    other: 'Rimangono {count} caratteri',
  },
  closesIn: {
    one: 'Si chiude tra {count} secondo',
    many: 'Si chiude tra {count} di secondi',
    other: 'Si chiude tra {count} secondi',
  },
}

export default it
