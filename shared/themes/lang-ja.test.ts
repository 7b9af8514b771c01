import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const ja = (text: string, score: number) => themes(tagComment(text, score, { locale: 'ja' }))

describe('Japanese themes', () => {
  it('negation after the word: "届かない", "返金されない" are complaints, "問題なく" praise', () => {
    expect(ja('注文した荷物がいつまでも届かない', 7)).toEqual({ delivery: 'negative' })
    expect(ja('返品したのに返金されない', 7)).toEqual({ returns: 'negative' })
    expect(ja('返品も問題なくできました', 7)).toEqual({ returns: 'positive' })
    expect(ja('このお店のラーメン、味は悪くない', 7)).toEqual({ quality: 'positive' })
    expect(ja('ログインできません。アプリが開かない', 7)).toEqual({ app_ux: 'negative' })
  })

  it('sarcasm from a low score is negative', () => {
    expect(ja('さすがですね。冷凍食品が溶けて届きました🙄', 1)).toEqual({ delivery: 'negative' })
    expect(ja('素晴らしいアプリですね、毎回ログインできない👏', 2)).toEqual({ app_ux: 'negative' })
  })

  it('two themes in one comment, each with its own sentiment', () => {
    expect(ja('料理は美味しいけど、送料が高すぎる', 7)).toEqual({ quality: 'positive', price: 'negative' })
    expect(ja('アプリは使いやすい。でもサポートの対応が最悪', 5)).toEqual({ app_ux: 'positive', support: 'negative' })
  })

  it('a long comment keeps its themes', () => {
    const text =
      '先週ネットスーパーで注文しました。配達員さんはとても丁寧で時間通りに来てくれました。' +
      '野菜も新鮮で美味しかったです。ただ、アプリが重くてカートに入れるのに時間がかかりました。' +
      '週末は家族みんなで鍋をして、子どもたちも喜んでいました。'.repeat(20)
    expect(ja(text, 8)).toEqual({ delivery: 'positive', quality: 'positive', app_ux: 'negative' })
  })

  it('emoji only and generic praise have no theme', () => {
    expect(ja('👍👍', 10)).toEqual({})
    expect(ja('最高！また使います🔥', 10)).toEqual({})
    expect(ja('特にないです', 6)).toEqual({})
  })

  it('damage on the way is delivery, a fake is quality', () => {
    expect(ja('卵が割れて届いた。梱包が雑すぎ', 2)).toEqual({ delivery: 'negative' })
    expect(ja('偽物が届いた。ロゴが明らかにおかしい', 0)).toEqual({ quality: 'negative' })
  })

  it('is detected as Japanese without a locale', () => {
    const r = tagComment('配達が遅すぎる。サポートも電話がつながらない', 1)
    expect(r.language).toBe('ja')
    expect(themes(r)).toEqual({ delivery: 'negative', support: 'negative' })
  })
})
