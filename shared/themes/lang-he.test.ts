import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const he = (text: string, score: number) => themes(tagComment(text, score, { locale: 'he' }))

describe('Hebrew themes', () => {
  it('negation: "לא איחר" is praise, "לא זולים" a complaint about price', () => {
    expect(he('המשלוח לא איחר אפילו פעם אחת', 9)).toEqual({ delivery: 'positive' })
    expect(he('המחירים לא זולים בכלל', 3)).toEqual({ price: 'negative' })
  })

  it('negative concord: "אף פעם לא" and "אף אחד לא" are one negation, not two', () => {
    expect(he('קופון ההנחה אף פעם לא עובד', 4)).toEqual({ price: 'negative' })
    expect(he('אף אחד לא עונה בטלפון', 2)).toEqual({ support: 'negative' })
    expect(he('אין שום בעיה עם המשלוח', 9)).toEqual({ delivery: 'positive' })
  })

  it('"בלי" flips the next word: "בלי שום בעיה" is praise', () => {
    expect(he('החזרתי בלי שום בעיה', 8)).toEqual({ returns: 'positive' })
  })

  it('sarcasm from a low score is negative', () => {
    expect(he('כל הכבוד, חבילה שהוזמנה לפני חודש עדיין לא הגיעה. אלופים', 1)).toEqual({ delivery: 'negative' })
    expect(he('יופי, האפליקציה שוב לא נפתחת. ממש תודה 🙄', 2)).toEqual({ app_ux: 'negative' })
  })

  it('two themes in one comment, each with its own sentiment', () => {
    expect(he('הבגדים איכותיים אבל המשלוח לקח שבועיים', 8)).toEqual({ quality: 'positive', delivery: 'negative' })
    expect(he('האוכל טעים אבל יקר', 8)).toEqual({ quality: 'positive', price: 'negative' })
  })

  it('prefixes joined to the word (ו ה ב ל מ ש) do not hide it', () => {
    expect(he('משלוח מהיר ומחירים טובים', 9)).toEqual({ delivery: 'positive', price: 'positive' })
    expect(he('מחירים הוגנים ושירות לקוחות שעונה מהר', 9)).toEqual({ price: 'positive', support: 'positive' })
    expect(he('לא מצליח להתחבר לאפליקציה כבר שלושה ימים', 0)).toEqual({ app_ux: 'negative' })
  })

  it('fees are price, even a delivery fee; damaged on the way is delivery, broken in use is quality', () => {
    expect(he('אין דמי משלוח, מעולה', 9)).toEqual({ price: 'positive' })
    expect(he('המוצר הגיע שבור', 1)).toEqual({ delivery: 'negative' })
    expect(he('המוצר שבור אחרי שבוע שימוש', 3)).toEqual({ quality: 'negative' })
  })

  it('a long comment with three themes', () => {
    const text =
      'אני קונה אצלם כבר שנתיים. האוכל תמיד טעים, אין מה להגיד, אבל בחודשים האחרונים המשלוח לוקח יותר משעה וכשמתקשרים אף אחד לא עונה בטלפון. חבל'
    expect(he(text, 6)).toEqual({ quality: 'positive', delivery: 'negative', support: 'negative' })
  })

  it('an emoji-only comment and generic praise have no themes', () => {
    expect(he('🔥🔥🔥', 10)).toEqual({})
    expect(he('הכל מעולה, תודה', 10)).toEqual({})
    expect(he('השירות הכי טוב שיש 🔥', 10)).toEqual({})
  })

  it('Hebrew is detected without a locale', () => {
    const r = tagComment('זבל של אפליקציה, לא מצליח להתחבר', 0)
    expect(r.language).toBe('he')
    expect(themes(r)).toEqual({ app_ux: 'negative' })
  })
})
