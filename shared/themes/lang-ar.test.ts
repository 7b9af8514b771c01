import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const ar = (text: string, score: number) => themes(tagComment(text, score, { locale: 'ar' }))

describe('Arabic themes', () => {
  it('negation: "مو سيئ أبداً" is praise, "مو سريع" a complaint, "ما في أي مشكلة" praise', () => {
    expect(ar('مو سيئ أبداً، رجعت الجاكيت ورجعولي فلوسي خلال يومين', 9)).toEqual({ returns: 'positive' })
    expect(ar('التوصيل مو سريع أبداً', 3)).toEqual({ delivery: 'negative' })
    expect(ar('ما في أي مشكلة في الدفع، الدفع بالبطاقة سهل', 9)).toEqual({ payment: 'positive' })
  })

  it('sarcasm from a low score is negative', () => {
    expect(ar('برافو عليكم، توصيل سريع خلال ٦ أيام بس 👏🙄', 2)).toEqual({ delivery: 'negative' })
    expect(ar('يا سلام على الجودة 👏 القميص انكمش من أول غسلة', 2)).toEqual({ quality: 'negative' })
  })

  it('two themes in one sentence, each with its own sentiment', () => {
    expect(ar('الجزمة خامتها ممتازة بس سعرها نار 🔥', 8)).toEqual({ quality: 'positive', price: 'negative' })
    expect(ar('الأسعار معقولة مقارنة بالسوبرماركت، بس التوصيل أحياناً يتأخر', 7)).toEqual({
      price: 'positive',
      delivery: 'negative',
    })
  })

  it('words behind clitics (و ال بال لل) are found, in phrases too', () => {
    expect(ar('والتطبيق بيهنج كل شوي', 1)).toEqual({ app_ux: 'negative' })
    expect(ar('الإرجاع سهل ورجعت الفلوس للبطاقة', 9)).toEqual({ returns: 'positive' })
  })

  it('fees are price; money back after a double charge is payment, after a return returns', () => {
    expect(ar('الأكل كان كويس بس رسوم التوصيل مبالغ فيها على ٢ كيلو', 6)).toEqual({ quality: 'positive', price: 'negative' })
    expect(ar('انسحب المبلغ من البطاقة مرتين ولسه مستني خدمة العملاء ترجع الفلوس', 2)).toEqual({
      payment: 'negative',
      support: 'negative',
    })
    expect(ar('ارجعت الطلب وللحين ما رجعولي المبلغ', 1)).toEqual({ returns: 'negative' })
  })

  it('a long comment with three themes', () => {
    const text =
      'بطلب منهم من سنتين تقريباً. الأكل دايماً لذيذ وما عندي كلام عليه، بس من كم شهر التوصيل صار ياخذ ساعة وأكثر، ولما تتصل على خدمة العملاء محد يرد. للأسف'
    expect(ar(text, 6)).toEqual({ quality: 'positive', delivery: 'negative', support: 'negative' })
  })

  it('"until the courier came" in passing is no delivery', () => {
    expect(ar('نص الأغراض اللي طلبتها طلعت غير متوفرة وما حد قالي إلا لما وصل المندوب', 3)).toEqual({
      assortment: 'negative',
    })
  })

  it('an emoji-only comment and a comment with no theme have no themes', () => {
    expect(ar('👌', 10)).toEqual({})
    expect(ar('خدمة ممتازة، شكراً لكم', 8)).toEqual({})
    expect(ar('ما أنصح فيهم أبداً', 0)).toEqual({})
  })

  it('detects Arabic without a locale', () => {
    const r = tagComment('التطبيق يطلب مني أسجل دخول كل مرة، والكود ما يوصل أصلاً', 0)
    expect(r.language).toBe('ar')
    expect(themes(r)).toEqual({ app_ux: 'negative' })
  })
})
