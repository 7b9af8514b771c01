/** French strings for the survey widget (with a no-break space before ? and !). @module */
import type { Messages } from './types'

const fr: Messages = {
  dir: 'ltr',
  question: 'Quelle est la probabilité que vous recommandiez {product} à un ami ou à un collègue\u00a0?',
  questionNoProduct: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue\u00a0?',
  low: 'Pas du tout probable',
  high: 'Extrêmement probable',
  scaleLabel: 'Note de 0 à 10',
  scoreLabel: '{score} sur 10',
  why: {
    detractor: 'Nous en sommes désolés. Qu’est-ce qui n’a pas fonctionné\u00a0?',
    passive: 'Que faudrait-il pour mériter un 10\u00a0?',
    promoter: 'Qu’est-ce qui vous plaît le plus\u00a0?',
  },
  commentPlaceholder: 'Dites-nous-en plus (facultatif)',
  send: 'Envoyer',
  skip: 'Passer',
  notNow: 'Pas maintenant',
  close: 'Fermer',
  yourScore: 'Votre note : {score}',
  changeScore: 'Modifier',
  thanks: {
    detractor: 'Merci pour votre franchise. Nous allons y travailler.',
    passive: 'Merci pour votre avis\u00a0! Il nous aide à progresser.',
    promoter: 'Merci\u00a0! Nous sommes ravis de l’apprendre.',
  },
  charsLeft: {
    one: '{count} caractère restant',
    many: '{count} de caractères restants',
    other: '{count} caractères restants',
  },
  closesIn: {
    one: 'Fermeture dans {count} seconde',
    many: 'Fermeture dans {count} de secondes',
    other: 'Fermeture dans {count} secondes',
  },
}

export default fr
