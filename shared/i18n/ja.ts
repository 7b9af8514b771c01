/** Japanese strings for the survey widget. @module */
import type { Messages } from './types'

const ja: Messages = {
  dir: 'ltr',
  question: '{product}を友人や同僚におすすめする可能性はどのくらいありますか？',
  questionNoProduct: '当社を友人や同僚におすすめする可能性はどのくらいありますか？',
  low: 'まったく可能性がない',
  high: '非常に可能性が高い',
  scaleLabel: '0〜10の評価',
  scoreLabel: '10点中{score}点',
  why: {
    detractor: '申し訳ございません。どのような点にご不満がありましたか？',
    passive: '10点にするには、何が必要でしょうか？',
    promoter: '特に気に入っている点は何ですか？',
  },
  commentPlaceholder: '詳しく教えてください（任意）',
  send: '送信',
  skip: 'スキップ',
  notNow: '今はしない',
  close: '閉じる',
  yourScore: 'あなたのスコア：{score}',
  changeScore: '変更',
  thanks: {
    detractor: '貴重なご意見をありがとうございます。改善に努めてまいります。',
    passive: 'フィードバックをありがとうございます！今後の改善に役立てます。',
    promoter: 'ありがとうございます！そう言っていただけてとても嬉しいです。',
  },
  charsLeft: { other: '残り{count}文字' },
  closesIn: { other: '{count}秒後に閉じます' },
}

export default ja
