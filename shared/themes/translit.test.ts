import { describe, expect, it } from 'vitest'
import { cyrillicSkeleton, latinSkeleton } from './translit'

describe('transliteration skeleton', () => {
  it('maps common romanisations of Russian and Ukrainian onto the Cyrillic word', () => {
    const pairs: [string, string][] = [
      ['dostavka', 'доставка'],
      ['oshibka', 'ошибка'],
      ['prilozhenie', 'приложение'],
      ['obnovitsya', 'обновится'],
      ['pomylka', 'помилка'],
      ['zastosunok', 'застосунок'],
      ['kurier', 'кур’єр'.replace('’', '')],
      ['oplaty', 'оплаты'],
      ['khoroshiy', 'хороший'],
      ['shchaslyvyi', 'щасливий'],
    ]
    for (const [lat, cyr] of pairs) expect(latinSkeleton(lat)).toBe(cyrillicSkeleton(cyr))
  })

  it('is a prefix-preserving map, so stems still match as prefixes', () => {
    expect(latinSkeleton('dostavku').startsWith(cyrillicSkeleton('доставк'))).toBe(true)
  })
})
