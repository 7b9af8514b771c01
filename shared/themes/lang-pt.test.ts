import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const br = (text: string, score: number) => themes(tagComment(text, score, { locale: 'pt-BR' }))
const pt = (text: string, score: number) => themes(tagComment(text, score, { locale: 'pt-PT' }))

describe('Portuguese', () => {
  it('finds the theme words of every theme, Brazilian and European', () => {
    expect(br('O entregador atrasou duas horas', 2)).toEqual({ delivery: 'negative' })
    expect(pt('O estafeta deixou a encomenda à porta, tudo encharcado', 0)).toEqual({ delivery: 'negative' })
    expect(br('O SAC não responde ninguém', 1)).toEqual({ support: 'negative' })
    expect(pt('A linha de apoio deixou-me 40 minutos em espera', 1)).toEqual({ support: 'negative' })
    expect(br('O aplicativo trava toda vez que abro o carrinho', 1)).toEqual({ app_ux: 'negative' })
    expect(pt('O site no telemóvel é um pesadelo', 2)).toEqual({ app_ux: 'negative' })
    expect(br('Frete grátis acima de 99 reais', 9)).toEqual({ price: 'positive' })
    expect(pt('Os portes são caríssimos', 3)).toEqual({ price: 'negative' })
    expect(br('Variedade enorme de marcas', 9)).toEqual({ assortment: 'positive' })
    expect(br('Os morangos vieram mofados', 3)).toEqual({ quality: 'negative' })
    expect(br('Parcelei em 10x sem juros no cartão', 9)).toEqual({ payment: 'positive' })
    expect(pt('Paguei com MB Way sem problema nenhum', 9)).toEqual({ payment: 'positive' })
    expect(br('Troquei o tênis por outro tamanho sem complicação', 9)).toEqual({ returns: 'positive' })
  })

  it('reads negation: "nada mal" and "não é o mais barato"', () => {
    expect(br('nada mal, devolvi a jaqueta e o estorno caiu em 2 dias', 9)).toEqual({ returns: 'positive' })
    expect(br('Não é o mais barato, mas nunca tive problema', 8)).toEqual({ price: 'negative' })
    expect(br('não demoraram nada pra trazer, nem 40 minutos', 8)).toEqual({ delivery: 'positive' })
  })

  it('reads "sem" as without: "sem taxa" is praise', () => {
    expect(br('Pix na hora e transferências sem taxa', 10)).toEqual({ payment: 'positive', price: 'positive' })
  })

  it('reads sarcasm from a low score', () => {
    expect(br('Parabéns, "entrega em 1 dia útil" e já faz uma semana. Show de bola 🙄', 2)).toEqual({
      delivery: 'negative',
    })
    expect(br('Bananas verdes e o leite vence amanhã. Que compra maravilhosa...', 3)).toEqual({ quality: 'negative' })
  })

  it('tells two themes in one sentence apart', () => {
    expect(br('Preço bom, mas a busca é horrível', 7)).toEqual({ price: 'positive', app_ux: 'negative' })
    expect(br('O sushi veio morno e o arroz empapado, pelo menos chegou no horário', 5)).toEqual({
      quality: 'negative',
      delivery: 'positive',
    })
  })

  it('understands text typed without accents', () => {
    expect(br('pagamento recusado 3 vezes no cartao e eu tenho saldo na conta', 2)).toEqual({ payment: 'negative' })
    expect(br('nao consigo fazer login no aplicativo, sempre da erro', 1)).toEqual({ app_ux: 'negative' })
  })

  it('tags a long comment with three themes', () => {
    const text =
      'As compras chegaram com uma hora e meia de atraso, os congelados descongelados, metade dos ovos partidos, ' +
      'e quando liguei ofereceram um vale de 5 euros como se nada fosse. Cliente há 3 anos, mas acabou'
    expect(pt(text, 2)).toEqual({ delivery: 'negative', quality: 'negative', support: 'negative' })
  })

  it('finds no theme in generic praise, an emoji or "sem comentários"', () => {
    expect(br('Tudo certo, obrigado!', 10)).toEqual({})
    expect(br('Sem comentários', 3)).toEqual({})
    expect(pt('👎', 1)).toEqual({})
    // 'gosto de' is "I like", not a taste
    expect(br('Gosto de comprar aqui, sempre volto', 10)).toEqual({})
  })

  it('detects Portuguese without a locale', () => {
    const r = tagComment('O entregador chegou atrasado e a comida estava fria', 2)
    expect(r.language).toBe('pt')
    expect(themes(r)).toEqual({ delivery: 'negative', quality: 'negative' })
  })
})
