/** Arabic (Modern Standard) strings for the survey widget; one and two are said in words, as Arabic does. @module */
import type { Messages } from './types'

const ar: Messages = {
  dir: 'rtl',
  question: 'ما مدى احتمال أن توصي صديقًا أو زميلًا باستخدام {product}؟',
  questionNoProduct: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
  low: 'غير محتمل على الإطلاق',
  high: 'محتمل للغاية',
  scaleLabel: 'التقييم من 0 إلى 10',
  scoreLabel: '{score} من 10',
  why: {
    detractor: 'نأسف لذلك. ما الذي لم يسر على ما يرام؟',
    passive: 'ما الذي يجعل تقييمك 10؟',
    promoter: 'ما أكثر ما يعجبك؟',
  },
  commentPlaceholder: 'أخبرنا بالمزيد (اختياري)',
  send: 'إرسال',
  skip: 'تخطي',
  notNow: 'ليس الآن',
  close: 'إغلاق',
  yourScore: 'تقييمك: {score}',
  changeScore: 'تغيير',
  thanks: {
    detractor: 'شكرًا لصراحتك. سنعمل على تحسين تجربتك.',
    passive: 'شكرًا على ملاحظاتك! فهي تساعدنا على التحسّن.',
    promoter: 'شكرًا لك! يسعدنا جدًا سماع ذلك.',
  },
  charsLeft: {
    zero: 'لم يتبقَّ أي حرف',
    one: 'تبقّى حرف واحد',
    two: 'تبقّى حرفان',
    few: 'تبقّى {count} أحرف',
    many: 'تبقّى {count} حرفًا',
    other: 'تبقّى {count} حرف',
  },
  closesIn: {
    zero: 'يُغلق الآن',
    one: 'يُغلق خلال ثانية واحدة',
    two: 'يُغلق خلال ثانيتين',
    few: 'يُغلق خلال {count} ثوانٍ',
    many: 'يُغلق خلال {count} ثانية',
    other: 'يُغلق خلال {count} ثانية',
  },
}

export default ar
