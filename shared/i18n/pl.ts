/** Polish strings for the survey widget (informal, as most apps use). @module */
import type { Messages } from './types'

const pl: Messages = {
  dir: 'ltr',
  question: 'Jak prawdopodobne jest, że polecisz {product} znajomemu lub współpracownikowi?',
  questionNoProduct: 'Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?',
  low: 'Bardzo mało prawdopodobne',
  high: 'Bardzo prawdopodobne',
  scaleLabel: 'Ocena od 0 do 10',
  scoreLabel: '{score} na 10',
  why: {
    detractor: 'Przykro nam. Co poszło nie tak?',
    passive: 'Co musiałoby się zmienić, żeby ocena wyniosła 10?',
    promoter: 'Co podoba ci się najbardziej?',
  },
  commentPlaceholder: 'Napisz więcej (opcjonalnie)',
  send: 'Wyślij',
  skip: 'Pomiń',
  notNow: 'Nie teraz',
  close: 'Zamknij',
  yourScore: 'Twoja ocena: {score}',
  changeScore: 'Zmień',
  thanks: {
    detractor: 'Dziękujemy za szczerość. Postaramy się to poprawić.',
    passive: 'Dziękujemy za opinię! Dzięki niej możemy się rozwijać.',
    promoter: 'Dziękujemy! Cieszymy się, że tak dobrze nas oceniasz.',
  },
  charsLeft: {
    one: 'Pozostał {count} znak',
    few: 'Pozostały {count} znaki',
    many: 'Pozostało {count} znaków',
    other: 'Pozostało {count} znaku',
  },
  closesIn: {
    one: 'Zamknie się za {count} sekundę',
    few: 'Zamknie się za {count} sekundy',
    many: 'Zamknie się za {count} sekund',
    other: 'Zamknie się za {count} sekundy',
  },
}

export default pl
