/** Hebrew strings for the survey widget, addressing the reader in the plural so no form is gendered. @module */
import type { Messages } from './types'

const he: Messages = {
  dir: 'rtl',
  question: 'עד כמה סביר שתמליצו על {product} לחבר או לעמית?',
  questionNoProduct: 'עד כמה סביר שתמליצו עלינו לחבר או לעמית?',
  low: 'בכלל לא סביר',
  high: 'סביר מאוד',
  scaleLabel: 'ציון מ־0 עד 10',
  scoreLabel: '{score} מתוך 10',
  why: {
    detractor: 'צר לנו לשמוע. מה השתבש?',
    passive: 'מה היה גורם לכם לתת לנו 10?',
    promoter: 'מה אתם הכי אוהבים?',
  },
  commentPlaceholder: 'ספרו לנו עוד (לא חובה)',
  send: 'שליחה',
  skip: 'דילוג',
  notNow: 'לא עכשיו',
  close: 'סגירה',
  yourScore: 'הציון שלך: {score}',
  changeScore: 'שינוי',
  thanks: {
    detractor: 'תודה ששיתפתם. אנחנו לוקחים את זה ברצינות.',
    passive: 'תודה על המשוב! הוא עוזר לנו להשתפר.',
    promoter: 'תודה! שמחים מאוד לשמוע.',
  },
  charsLeft: { one: 'נותר {count} תו', two: 'נותרו שני תווים', other: 'נותרו {count} תווים' },
  closesIn: { one: 'ייסגר בעוד {count} שנייה', two: 'ייסגר בעוד שתי שניות', other: 'ייסגר בעוד {count} שניות' },
}

export default he
