/** Spanish strings for the survey widget (informal "tú", as most apps use). @module */
import type { Messages } from './types'

const es: Messages = {
  dir: 'ltr',
  question: '¿Qué probabilidad hay de que recomiendes {product} a un amigo o colega?',
  questionNoProduct: '¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?',
  low: 'Nada probable',
  high: 'Extremadamente probable',
  scaleLabel: 'Puntuación del 0 al 10',
  scoreLabel: '{score} de 10',
  why: {
    detractor: 'Lo sentimos. ¿Qué salió mal?',
    passive: '¿Qué haría falta para que nos dieras un 10?',
    promoter: '¿Qué es lo que más te gusta?',
  },
  commentPlaceholder: 'Cuéntanos más (opcional)',
  send: 'Enviar',
  skip: 'Omitir',
  notNow: 'Ahora no',
  close: 'Cerrar',
  yourScore: 'Tu puntuación: {score}',
  changeScore: 'Cambiar',
  thanks: {
    detractor: 'Gracias por contárnoslo. Lo tendremos muy en cuenta.',
    passive: '¡Gracias por tu opinión! Nos ayuda a seguir mejorando.',
    promoter: '¡Gracias! Nos alegra mucho saberlo.',
  },
  charsLeft: {
    one: 'Queda {count} carácter',
    many: 'Quedan {count} de caracteres',
    other: 'Quedan {count} caracteres',
  },
  closesIn: {
    one: 'Se cierra en {count} segundo',
    many: 'Se cierra en {count} de segundos',
    other: 'Se cierra en {count} segundos',
  },
}

export default es
