import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))
const es = (text: string, score: number) => themes(tagComment(text, score, { locale: 'es-ES' }))

describe('Spanish', () => {
  it('finds the theme words of every theme', () => {
    expect(es('El repartidor llegó dos horas tarde', 2)).toEqual({ delivery: 'negative' })
    expect(es('En atención al cliente nadie contesta', 1)).toEqual({ support: 'negative' })
    expect(es('La aplicación se cuelga cada vez que abro el carrito', 1)).toEqual({ app_ux: 'negative' })
    expect(es('Precios muy baratos', 9)).toEqual({ price: 'positive' })
    expect(es('Mucha variedad de marcas', 9)).toEqual({ assortment: 'positive' })
    expect(es('La fruta estaba podrida', 2)).toEqual({ quality: 'negative' })
    expect(es('Me cobraron dos veces con la tarjeta', 1)).toEqual({ payment: 'negative' })
    expect(es('Devolví unas zapatillas y el reembolso llegó en dos días', 10)).toEqual({ returns: 'positive' })
  })

  it('reads negation: "nada mal" and "no es lo más barato"', () => {
    expect(es('nada mal, devolví la chaqueta y me reembolsaron en 3 días', 9)).toEqual({ returns: 'positive' })
    expect(es('No es lo más barato, pero nunca tuve problemas', 8)).toEqual({ price: 'negative' })
    expect(es('Con la tarjeta de débito no me cobran comisiones', 9).price).toBe('positive')
  })

  it('reads "sin" as without: "sin comisiones" is praise', () => {
    expect(es('Transferencias al instante y sin comisiones', 10)).toEqual({ payment: 'positive', price: 'positive' })
  })

  it('reads sarcasm from a low score', () => {
    expect(es('Qué maravilla, "entrega en 24 horas" y ya van cinco días. Sigan así 🙄', 2)).toEqual({ delivery: 'negative' })
    expect(es('Genial, la app me vuelve a cerrar la sesión justo al pagar. Me encanta 🙃', 1)).toEqual({ app_ux: 'negative' })
  })

  it('tells two themes in one sentence apart', () => {
    expect(es('Buenos precios, pero el buscador es malísimo', 7)).toEqual({ price: 'positive', app_ux: 'negative' })
    expect(es('El sushi llegó tibio y el arroz pasado, pero por lo menos llegó a tiempo', 5)).toEqual({
      quality: 'negative',
      delivery: 'positive',
    })
  })

  it('understands text typed without accents', () => {
    expect(es('la pagina desde el movil es un desastre, no carga', 2)).toEqual({ app_ux: 'negative' })
    expect(es('el envio tardo una semana y atencion al cliente no responde', 1)).toEqual({
      delivery: 'negative',
      support: 'negative',
    })
  })

  it('a delivery fee is price, an apology coupon is not', () => {
    expect(es('La comida bien, pero 3 euros de gastos de envío por 1 km es un abuso', 6)).toEqual({
      quality: 'neutral',
      price: 'negative',
    })
  })

  it('tags a long comment with three themes', () => {
    const text =
      'La compra llegó con hora y media de retraso, los congelados descongelados, la mitad de los huevos rotos, ' +
      'y cuando llamé me ofrecieron un cupón de 5 euros como si nada. Clienta desde hace 3 años, pero se acabó'
    expect(es(text, 2)).toEqual({ delivery: 'negative', quality: 'negative', support: 'negative' })
  })

  it('finds no theme in generic praise, an emoji or "sin comentarios"', () => {
    expect(es('Todo perfecto, gracias!!', 10)).toEqual({})
    expect(es('Sin comentarios', 3)).toEqual({})
    expect(es('👎', 1)).toEqual({})
    expect(es('Me encanta esta tienda, siempre vuelvo', 10)).toEqual({})
  })

  it('detects Spanish without a locale', () => {
    const r = tagComment('El repartidor llegó tardísimo y la comida estaba fría', 2)
    expect(r.language).toBe('es')
    expect(themes(r)).toEqual({ delivery: 'negative', quality: 'negative' })
  })
})
