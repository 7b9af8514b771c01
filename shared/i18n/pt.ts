/** Portuguese strings for the survey widget (Brazilian usage, understood in Portugal). @module */
import type { Messages } from './types'

const pt: Messages = {
  dir: 'ltr',
  question: 'Qual é a probabilidade de você recomendar {product} a um amigo ou colega?',
  questionNoProduct: 'Qual é a probabilidade de você nos recomendar a um amigo ou colega?',
  low: 'Nada provável',
  high: 'Extremamente provável',
  scaleLabel: 'Nota de 0 a 10',
  scoreLabel: '{score} de 10',
  why: {
    detractor: 'Sentimos muito. O que deu errado?',
    passive: 'O que faltou para você nos dar nota 10?',
    promoter: 'Do que você mais gosta?',
  },
  commentPlaceholder: 'Conte-nos mais (opcional)',
  send: 'Enviar',
  skip: 'Pular',
  notNow: 'Agora não',
  close: 'Fechar',
  yourScore: 'Sua nota: {score}',
  changeScore: 'Alterar',
  thanks: {
    detractor: 'Obrigado pela sinceridade. Vamos trabalhar para melhorar.',
    passive: 'Obrigado pelo feedback! Ele nos ajuda a evoluir.',
    promoter: 'Obrigado! Ficamos muito felizes em saber disso.',
  },
  charsLeft: {
    one: 'Resta {count} caractere',
    many: 'Restam {count} de caracteres',
    other: 'Restam {count} caracteres',
  },
  closesIn: {
    one: 'Fecha em {count} segundo',
    many: 'Fecha em {count} de segundos',
    other: 'Fecha em {count} segundos',
  },
}

export default pt
