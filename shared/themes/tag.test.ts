import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tagComment, type TagResult } from './tag'

const themes = (r: TagResult) => Object.fromEntries(r.themes.map((t) => [t.theme, t.sentiment]))

describe('tagComment: the issue examples', () => {
  it('reads sarcasm from a detractor: "great, as always — a week late" from a 2', () => {
    expect(themes(tagComment('great, as always — a week late', 2, { locale: 'en' }))).toEqual({ delivery: 'negative' })
  })

  it('"a bit pricey but worth it" from a 9 is negative about price', () => {
    expect(themes(tagComment('a bit pricey but worth it', 9, { locale: 'en' }))).toEqual({ price: 'negative' })
  })
})

describe('negation', () => {
  it.each([
    ['не плохо, доставили за час', 9, 'ru'],
    ['не погано, доставили за годину', 9, 'uk'],
    ['not bad, the courier came on time', 9, 'en'],
  ])('%s → delivery positive', (text, score, locale) => {
    expect(themes(tagComment(text, score, { locale }))).toEqual({ delivery: 'positive' })
  })

  it('flips praise into a complaint: "not the cheapest" from an 8', () => {
    expect(themes(tagComment('not the cheapest, but I never had a problem', 8, { locale: 'en' }))).toEqual({
      price: 'negative',
    })
  })

  it.each([
    ['Выбор хороший, но моего размера вечно нет', 7, 'neutral'],
    ['Вибір добрий, але чаю замало', 7, 'neutral'],
    ['Выбор хороший, но моего размера вечно нет', 5, 'negative'],
    ['Выбор хороший, и моего размера всегда полно', 7, 'positive'],
  ])('a complaint after "but" weighs as much as the praise before it: %s from a %i', (text, score, sentiment) => {
    expect(themes(tagComment(text, score, {})).assortment).toBe(sentiment)
  })

  it('"без комиссии" is praise for the price', () => {
    expect(themes(tagComment('Перевод без комиссии, удобно', 10, { locale: 'ru' })).price).toBe('positive')
  })

  it('keeps negative concord negative: "почти никогда нет в наличии"', () => {
    expect(themes(tagComment('Любимого сыра почти никогда нет в наличии', 5, { locale: 'ru' }))).toEqual({
      assortment: 'negative',
    })
  })
})

describe('sarcasm with a low score', () => {
  it.each([
    ['Oh great, the app crashed again. Love it 🙄', 1, 'en', 'app_ux'],
    ['Ну конечно, доставка «за 30 минут» за два часа. Молодцы', 2, 'ru', 'delivery'],
    ['Дуже дякую за «швидку» доставку, всього тиждень чекав 🙃', 2, 'uk', 'delivery'],
  ])('%s → negative', (text, score, locale, theme) => {
    expect(themes(tagComment(text, score, { locale }))[theme]).toBe('negative')
  })

  it('a concession from a detractor stays positive ("but at least it was on time")', () => {
    const r = themes(tagComment('sushi arrived cold and the rice was mushy, but at least it was on time', 5, { locale: 'en' }))
    expect(r).toEqual({ quality: 'negative', delivery: 'positive' })
  })

  it('praise set against another theme by "but" is praise even from a detractor', () => {
    expect(themes(tagComment('the support guy was nice, but the blender is junk', 2, { locale: 'en' }))).toEqual({
      support: 'positive',
      quality: 'negative',
    })
    expect(themes(tagComment('great blender as always, but the courier was late', 6, { locale: 'en' })).quality).toBe('positive')
    // Without the contrast it is still read as sarcasm.
    expect(themes(tagComment('great support, as always', 2, { locale: 'en' })).support).toBe('negative')
    expect(themes(tagComment('great support, as always', 6, { locale: 'en' })).support).toBe('negative')
  })

  it('the same praise from a promoter is praise', () => {
    expect(themes(tagComment('Great courier, fast as always', 10, { locale: 'en' }))).toEqual({ delivery: 'positive' })
  })
})

describe('several themes', () => {
  it('two themes in one sentence get a sentiment each', () => {
    expect(themes(tagComment('Дороговато, но качество того стоит', 8, { locale: 'ru' }))).toEqual({
      price: 'negative',
      quality: 'positive',
    })
    expect(themes(tagComment('Fast shipping but the support chat is useless', 6, { locale: 'en' }))).toEqual({
      delivery: 'positive',
      support: 'negative',
    })
  })

  it('keeps the three most-mentioned themes, in the order they are named', () => {
    const r = tagComment(
      'The courier was late, support did not answer, the app crashed, prices are high and the milk was sour and rotten',
      0,
      { locale: 'en' },
    )
    // delivery (courier, late), app_ux (app, crashed), quality (milk, sour, rotten) outweigh support and price.
    expect(r.themes.map((t) => t.theme)).toEqual(['delivery', 'app_ux', 'quality'])
    expect(r.themes.every((t) => t.sentiment === 'negative')).toBe(true)
  })
})

describe('languages', () => {
  it('understands surzhyk (Ukrainian with Russian words)', () => {
    const r = tagComment('Пріложеніє постоянно глючить, не можу нормально зробить замовлення', 1, { locale: 'uk' })
    expect(r.language).toBe('uk')
    expect(themes(r)).toEqual({ app_ux: 'negative' })
  })

  it.each([
    ['dostavka opyat opozdala, kurier hamil', 'ru', { delivery: 'negative' }],
    ['karta ne prohodit, pishet oshibka oplaty', 'ru', { payment: 'negative' }],
    ['ne mozhu zaity v zastosunok vzhe 3 dni, pyshe pomylka', 'uk', { app_ux: 'negative' }],
  ])('understands transliteration: %s', (text, locale, expected) => {
    expect(themes(tagComment(text, 2, { locale }))).toEqual(expected)
  })

  it('finds a romanised word in an English comment ("dostavka was fast")', () => {
    expect(themes(tagComment('dostavka was fast, thanks', 10, { locale: 'en' }))).toEqual({ delivery: 'positive' })
  })

  it('detects the language when there is no locale', () => {
    expect(tagComment('Кур’єр приїхав вчасно', 9).language).toBe('uk')
    expect(tagComment('Курьер приехал вовремя', 9).language).toBe('ru')
    expect(tagComment('The courier was on time', 9).language).toBe('en')
  })
})

describe('odd input', () => {
  it('emoji only: no themes', () => {
    expect(tagComment('👍🔥🔥', 10, { locale: 'ru' })).toEqual({ language: 'ru', themes: [] })
    expect(tagComment('🙄', 2)).toEqual({ language: 'und', themes: [] })
    expect(tagComment('', 5).themes).toEqual([])
  })

  it('HTML is text: tags are not interpreted and do not break tagging', () => {
    const r = tagComment('<script>alert("x")</script><b>Доставка</b> опоздала на <i>2 часа</i>', 1, { locale: 'ru' })
    expect(themes(r)).toEqual({ delivery: 'negative' })
  })

  it('a 2,000-character comment is tagged quickly and still finds its themes', () => {
    const filler = 'Заказываю здесь давно и обычно всё нормально. '
    const text = (filler.repeat(20) + 'Но в этот раз курьер опоздал на три часа, а поддержка не отвечает. ' + filler.repeat(25)).slice(0, 2000)
    expect(text.length).toBe(2000)
    tagComment('прогрев', 5, { locale: 'ru' }) // builds the indexes once
    const t0 = performance.now()
    const r = tagComment(text, 2, { locale: 'ru' })
    expect(performance.now() - t0).toBeLessThan(50)
    expect(themes(r)).toEqual({ delivery: 'negative', support: 'negative' })
  })

  it('generic praise has no theme', () => {
    for (const [text, locale] of [['Everything fine', 'en'], ['Лучший сервис 🔥', 'ru'], ['Все клас, рекомендую', 'uk']])
      expect(tagComment(text, 10, { locale }).themes).toEqual([])
  })

  it('is deterministic', () => {
    const text = 'Доставка быстрая, но цены кусаются и приложение глючит'
    expect(tagComment(text, 6, { locale: 'ru' })).toEqual(tagComment(text, 6, { locale: 'ru' }))
  })
})

describe('project themes and overrides', () => {
  const custom = [{ id: 'loyalty', label: 'Loyalty card', keywords: { en: ['loyalty card', 'bonus points'], ru: ['бонусная карта', 'баллы'] } }]

  it('adds a custom theme whose phrase outranks the built-in words inside it', () => {
    expect(themes(tagComment('My loyalty card points vanished', 2, { locale: 'en', custom }))).toEqual({ loyalty: 'negative' })
    expect(themes(tagComment('Бонусной картой пользуюсь постоянно, баллы копятся быстро', 10, { locale: 'ru', custom }))).toEqual({
      loyalty: 'positive',
    })
  })

  it('adds keywords to a built-in theme', () => {
    const extra = [{ id: 'delivery', keywords: ['drone'] }]
    expect(themes(tagComment('The drone was amazing', 10, { locale: 'en', custom: extra }))).toEqual({ delivery: 'positive' })
  })

  it('a disabled custom theme is ignored', () => {
    const off = [{ ...custom[0], enabled: false }]
    expect(tagComment('loyalty card', 5, { locale: 'en', custom: off }).themes).toEqual([])
  })

  it('renames and switches off built-in themes', () => {
    const overrides = { rename: { app_ux: 'website' }, disable: ['price' as const] }
    const r = tagComment('The app is slow and prices are high', 3, { locale: 'en', overrides })
    expect(themes(r)).toEqual({ website: 'negative' })
  })
})

describe('reading the clause structure', () => {
  it('a theme named after "but" with nothing said about it is the complaint', () => {
    expect(themes(tagComment('Good overall, but the app forgets my address', 7, { locale: 'en' }))).toEqual({ app_ux: 'negative' })
    expect(themes(tagComment('В целом хорошо, но приложение иногда не сохраняет адрес', 7, { locale: 'ru' }))).toEqual({
      app_ux: 'negative',
    })
  })

  it('a theme named after "except" with nothing said about it is the complaint too', () => {
    expect(themes(tagComment('everything great except the support, which took days to answer', 8, { locale: 'en' }))).toEqual({
      support: 'negative',
    })
  })

  it('two weak keywords of a theme hold their clause against another theme\'s strong one', () => {
    expect(themes(tagComment('it took ages to arrive and the size chart was wrong', 4, { locale: 'en' }))).toEqual({
      delivery: 'negative',
      quality: 'negative',
    })
    // One weak keyword still yields: "fruit" beside "selection" is the range, not the fruit.
    expect(Object.keys(themes(tagComment('the fruit selection is good', 9, { locale: 'en' })))).toEqual(['assortment'])
  })

  it('"fast" alone is delivery, "fast app" is the app', () => {
    expect(themes(tagComment('fast, fresh, friendly', 10, { locale: 'en' })).delivery).toBe('positive')
    expect(themes(tagComment('The app is fast', 10, { locale: 'en' }))).toEqual({ app_ux: 'positive' })
  })

  it('damage is delivery when the sentence names delivery, quality otherwise', () => {
    expect(themes(tagComment('The box arrived crushed and a jar was broken', 2, { locale: 'en' }))).toEqual({ delivery: 'negative' })
    expect(themes(tagComment('The vacuum broke after two uses', 2, { locale: 'en' }))).toEqual({ quality: 'negative' })
  })

  it('"delivery fee" is about price, not delivery', () => {
    expect(themes(tagComment('Еда нормальная, но доставка за 299р это перебор', 6, { locale: 'ru' }))).toEqual({
      quality: 'neutral',
      price: 'negative',
    })
  })
})

describe('any input', () => {
  const SENTIMENTS = ['negative', 'positive', 'neutral']
  it('never throws, keeps at most three distinct themes with a valid sentiment, and is deterministic', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc
        .array(fc.constantFrom('доставка', 'не', 'app', 'дуже', 'but', 'ціни', '🙄', ',', '.', 'karta', 'без', '$5', '<b>'), {
          maxLength: 40,
        })
        .map((w) => w.join(' ')),
    )
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 11 }), fc.constantFrom(undefined, 'en', 'ru-RU', 'uk', 'de', 'xx-YY'), (t, score, locale) => {
        const r = tagComment(t, score, { locale })
        expect(r.themes.length).toBeLessThanOrEqual(3)
        expect(new Set(r.themes.map((x) => x.theme)).size).toBe(r.themes.length)
        for (const x of r.themes) expect(SENTIMENTS).toContain(x.sentiment)
        expect(tagComment(t, score, { locale })).toEqual(r)
      }),
      { numRuns: 500 },
    )
  })
})

describe('products', () => {
  it('a product judged in its own clause is about quality; named only, it is nothing', () => {
    expect(themes(tagComment('Крем чудесный, привезли утром', 10, { locale: 'ru' }))).toEqual({
      quality: 'positive',
      delivery: 'positive',
    })
    expect(tagComment('Needed a charger for an old laptop', 10, { locale: 'en' }).themes).toEqual([])
  })
})

describe('services beyond shops', () => {
  it.each([
    ['Signal keeps dropping on the train, calls cut out', 'en', { quality: 'negative' }],
    ['Мобильный интернет еле живой, связь пропадает в метро', 'ru', { quality: 'negative' }],
    ['Мережа постійно зникає, інтернет ледве працює', 'uk', { quality: 'negative' }],
    ['The cashier was rude and ignored me', 'en', { support: 'negative' }],
    ['Кассир нахамила и отвернулась', 'ru', { support: 'negative' }],
    ['€14 for a glass of wine, come on', 'en', { price: 'negative' }],
    ['400 грн за два квитки в кіно, якось забагато', 'uk', { price: 'negative' }],
    ['Autopay took money twice this month', 'en', { payment: 'negative' }],
  ])('%s', (text, locale, expected) => {
    expect(themes(tagComment(text, 2, { locale }))).toEqual(expected)
  })

  it('"дорога" the road is not "дорого" expensive', () => {
    expect(themes(tagComment('Таксист всю дорогу болтал по телефону и курил', 3, { locale: 'ru' })).price).toBeUndefined()
    expect(themes(tagComment('Водій всю дорогу курив', 3, { locale: 'uk' })).price).toBeUndefined()
  })
})

describe('judged words', () => {
  it('a dish named and judged alone in its clause is about quality', () => {
    expect(themes(tagComment('The pasta was amazing', 10, { locale: 'en' }))).toEqual({ quality: 'positive' })
  })

  it('…but not in a sentence about the range', () => {
    expect(themes(tagComment('Good choice of cheeses, but few vegetables', 7, { locale: 'en' })).quality).toBeUndefined()
  })

  it('"broke" in a sentence about the app is the app, not the product', () => {
    expect(themes(tagComment('The latest update broke the login screen', 2, { locale: 'en' }))).toEqual({ app_ux: 'negative' })
  })

  it('"могла быть …" is a wish, so the praise after it does not count', () => {
    expect(themes(tagComment('Пицца неплохая. Корочка могла быть хрустящей', 8, { locale: 'ru' }))).toEqual({ quality: 'neutral' })
  })

  it('on a tie the longer stem wins: "промокло" (wet) is not "промо" (a promotion)', () => {
    expect(themes(tagComment('Посылку оставили под дождем, всё промокло', 3, { locale: 'ru' }))).toEqual({ delivery: 'negative' })
  })

  it('surzhyk spelled with є finds the Russian stems', () => {
    expect(themes(tagComment('поддєржка мовчить третій день', 1, { locale: 'uk' }))).toEqual({ support: 'negative' })
    expect(themes(tagComment('качєство жахливе', 1, { locale: 'uk' }))).toEqual({ quality: 'negative' })
  })

  it('surzhyk spelled with і finds the Russian stems', () => {
    expect(themes(tagComment('скідку так і не дали', 2, { locale: 'uk' }))).toEqual({ price: 'negative' })
    expect(themes(tagComment('кредітку заблокували без пояснень', 1, { locale: 'uk' }))).toEqual({ payment: 'negative' })
  })
  it('"fast" in a sentence about the app is the app, in its own clause too', () => {
    expect(themes(tagComment('Лучшее приложение для покупок, всё логично и быстро', 10, { locale: 'ru' }))).toEqual({ app_ux: 'positive' })
    expect(themes(tagComment('Найкращий застосунок, все логічно і швидко', 10, { locale: 'uk' }))).toEqual({ app_ux: 'positive' })
    expect(themes(tagComment('Приложение удобное, доставили быстро', 10, { locale: 'ru' }))).toEqual({ app_ux: 'positive', delivery: 'positive' })
    expect(themes(tagComment('быстро, вкусно, горячо', 10, { locale: 'ru' }))).toEqual({ delivery: 'positive', quality: 'positive' })
  })
  it('praise, then "лише / единственное что" and a complaint: two sentiments', () => {
    expect(themes(tagComment('Якість чудова лише доставка довга', 8, { locale: 'uk' }))).toEqual({ quality: 'positive', delivery: 'negative' })
    expect(themes(tagComment('Пицца вкусная единственное что курьер опоздал', 7, { locale: 'ru' }))).toEqual({ quality: 'positive', delivery: 'negative' })
  })
  it('a clause naming two themes with words of their own is cut between them', () => {
    expect(themes(tagComment('еда вкусная доставка долгая', 7, { locale: 'ru' }))).toEqual({ quality: 'positive', delivery: 'negative' })
    expect(themes(tagComment('доставка швидка асортимент маленький', 8, { locale: 'uk' }))).toEqual({ delivery: 'positive', assortment: 'negative' })
    expect(themes(tagComment('Отличное качество и ужасная доставка', 6, { locale: 'ru' }))).toEqual({ quality: 'positive', delivery: 'negative' })
    expect(themes(tagComment('great food and awful delivery', 6, { locale: 'en' }))).toEqual({ quality: 'positive', delivery: 'negative' })
  })

  it('…but a part with no word of its own shares the praise before it', () => {
    expect(themes(tagComment('Хороший выбор и цены', 9, { locale: 'ru' }))).toEqual({ assortment: 'positive', price: 'positive' })
  })
  it('"fast and tasty": a yielding keyword joined by "and" to a judgement of quality or price keeps its theme', () => {
    expect(themes(tagComment('Быстро и вкусно', 10, { locale: 'ru' }))).toEqual({ delivery: 'positive', quality: 'positive' })
    expect(themes(tagComment('Швидко і недорого', 10, { locale: 'uk' }))).toEqual({ delivery: 'positive', price: 'positive' })
    expect(themes(tagComment('Приложение работает быстро и удобно', 9, { locale: 'ru' }))).toEqual({ app_ux: 'positive' })
  })
})

describe('en round 6', () => {
  const en = (text: string, score: number) => themes(tagComment(text, score, { locale: 'en' }))

  it('a word of two themes yields to the other theme named in its clause', () => {
    expect(en('the trainers started peeling after a fortnight', 2)).toEqual({ quality: 'negative' })
    expect(en('my trainer at the gym is brilliant', 10)).toEqual({ support: 'positive' })
    expect(en('staff at the till were really sweet', 9)).toEqual({ support: 'positive' })
    expect(en('the strawberries were so sweet', 9)).toEqual({ quality: 'positive' })
    expect(en('stock is always patchy on weekends', 3)).toEqual({ assortment: 'negative' })
  })

  it('a cancelled flight is delivery, unless the clause is about its refund', () => {
    expect(en('flight cancelled and we were stuck at the airport overnight', 1)).toEqual({ delivery: 'negative' })
    expect(en('the airline still has not refunded my cancelled flight', 2)).toEqual({ returns: 'negative' })
  })

  it('"found what I needed" is the range, or the app in a sentence about the app', () => {
    expect(en('always find what I need for the baby here', 8)).toEqual({ assortment: 'positive' })
    expect(en('the app is easy to navigate, found what I needed in seconds', 9)).toEqual({ app_ux: 'positive' })
  })

  it('services: the room, the car, the gym are quality', () => {
    expect(en('walls so thin I heard every word from next door', 2)).toEqual({ quality: 'negative' })
    expect(en('the rental car reeked of cigarettes', 3)).toEqual({ quality: 'negative' })
    expect(en('Gym is ok but packed after 6pm', 6)).toEqual({ quality: 'negative' })
  })

  it('claims, instalments and a wrong bill are payment; loyalty points and resale are price', () => {
    expect(en('insurance paid out for my windscreen within a week', 10)).toEqual({ payment: 'positive' })
    expect(en('my insurance claim was denied over a typo', 1)).toEqual({ payment: 'negative' })
    expect(en('Pay in 3 at checkout, no interest at all', 10)).toEqual({ payment: 'positive' })
    expect(en('the pizza was fine but the waiter got the bill wrong', 4)).toEqual({ quality: 'neutral', support: 'negative', payment: 'negative' })
    expect(en('love the loyalty points, got a free book last month', 9)).toEqual({ price: 'positive' })
    expect(en('tickets sold out in minutes and then popped up on resale for triple', 3)).toEqual({ assortment: 'negative', price: 'negative' })
  })

  it('a utility company named is not its product; a virtual assistant is support', () => {
    expect(en('the electricity company never answers the phone', 1)).toEqual({ support: 'negative' })
    expect(en('virtual assistant goes round in circles', 2)).toEqual({ support: 'negative' })
  })
})

describe('ru round 6', () => {
  const ru = (text: string, score: number) => themes(tagComment(text, score, { locale: 'ru' }))

  it('an order stuck "в сборке" and goods dented on the way are delivery', () => {
    expect(ru('Заказ второй день висит в сборке', 2)).toEqual({ delivery: 'negative' })
    expect(ru('Посуда пришла целая, а вот кастрюля помятая — видимо в дороге', 4)).toEqual({ delivery: 'negative' })
  })

  it('a wrong item sent is delivery', () => {
    expect(ru('Третий раз присылаете не тот размер', 2)).toEqual({ delivery: 'negative' })
    expect(ru('Товар пришёл не тот, жду замену', 3)).toEqual({ delivery: 'negative' })
  })

  it('staff in person are support: barista, crew, travel agent', () => {
    expect(ru('Бариста всегда улыбается и помнит мой заказ', 10)).toEqual({ support: 'positive' })
    expect(ru('Экипаж вежливый, всё объяснили', 9)).toEqual({ support: 'positive' })
    expect(ru('Турагент на звонки не отвечает', 2)).toEqual({ support: 'negative' })
  })

  it('a teacher who explains clearly is quality, not support', () => {
    expect(ru('Преподаватель объясняет понятно, без воды', 10)).toEqual({ quality: 'positive' })
  })

  it('materials, quiet running and lasting make are quality', () => {
    expect(ru('Стул из массива, дерево приятное на ощупь', 9)).toEqual({ quality: 'positive' })
    expect(ru('Пылесос работает тихо и тянет отлично', 9)).toEqual({ quality: 'positive' })
    expect(ru('Помада стойкая, держится весь день', 10)).toEqual({ quality: 'positive' })
    expect(ru('Ноутбук шумит как самолёт', 3)).toEqual({ quality: 'negative' })
  })

  it('fees quoted as "берут N", card maintenance and the free-delivery threshold are price', () => {
    expect(ru('За парковку берут 300 в час', 3)).toEqual({ price: 'negative' })
    expect(ru('За обслуживание карты берут 99 в месяц', 2)).toEqual({ price: 'negative' })
    expect(ru('Порог бесплатной доставки подняли до 3000', 4)).toEqual({ price: 'negative' })
  })

  it('a higher deposit rate is praise for price', () => {
    expect(ru('Проценты по вкладу выше, чем у других', 9)).toEqual({ price: 'positive' })
  })

  it('"много / мало X" names the range', () => {
    expect(ru('Сериалов много, смотреть есть что', 9)).toEqual({ assortment: 'positive' })
    expect(ru('Сеансов мало, на вечер не попасть', 4)).toEqual({ assortment: 'negative' })
  })

  it('choosing a seat and opening products online are the app', () => {
    expect(ru('Выбрать место в зале удобно, билет сразу на телефоне', 9)).toEqual({ app_ux: 'positive' })
    expect(ru('Вклад открыла онлайн, без походов в офис', 10)).toEqual({ app_ux: 'positive' })
  })

  it('a deposit on a rental is payment; a replaced defect is a return', () => {
    expect(ru('Залог не вернули, уже две недели прошло', 2)).toEqual({ payment: 'negative' })
    expect(ru('Брак заменили на новый без вопросов', 9)).toEqual({ returns: 'positive' })
  })

  it('"дороге" (the road) is not "дорого" (expensive), and torn or crumpled parcels are complaints', () => {
    expect(ru('Смотрю сериалы в дороге, загрузка офлайн работает без косяков', 9)).toEqual({ app_ux: 'positive' })
    expect(ru('Привезли вовремя, но пакет порвался у самой двери', 5)).toEqual({ delivery: 'negative' })
  })
})

describe('uk round 6', () => {
  const uk = (text: string, score: number) => themes(tagComment(text, score, { locale: 'uk' }))

  it('an exchange for another size or colour is a return', () => {
    expect(uk('Чоботи замалі, поміняли на 39-й без питань', 9)).toEqual({ returns: 'positive' })
    expect(uk('Поміняли на інший розмір прямо в магазині', 10)).toEqual({ returns: 'positive' })
  })

  it('"є навіть", "безліч", "все однакове" speak about the range', () => {
    expect(uk('Тут є навіть голландські сири, яких нема в інших', 9)).toEqual({ assortment: 'positive' })
    expect(uk('Іграшок багато, але все однакове', 6)).toEqual({ assortment: 'negative' })
  })

  it('how a product performs is its quality', () => {
    expect(uk('Навушники почали хрипіти через тиждень', 3)).toEqual({ quality: 'negative' })
    expect(uk('Пазл на 1000 елементів, а двох деталей не вистачає', 3)).toEqual({ quality: 'negative' })
    expect(uk('Туш не осипається, тримається весь день', 9)).toEqual({ quality: 'positive' })
    expect(uk('Чай не такий, як написано на пачці', 4)).toEqual({ quality: 'negative' })
  })

  it('a clinic reception and a doctor are support; a cut in cashback is price', () => {
    expect(uk('У клініці реєстратура взагалі не бере трубку', 2)).toEqual({ support: 'negative' })
    expect(uk('Терапевтка дивилась в телефон, а не на мене', 3)).toEqual({ support: 'negative' })
    expect(uk('Кешбек урізали до 1%', 5)).toEqual({ price: 'negative' })
  })

  it('a taxi arriving or going the wrong way is delivery', () => {
    expect(uk('Таксист поїхав не туди, запізнилась на зустріч', 2)).toEqual({ delivery: 'negative' })
    expect(uk('Таксі під\'їхало швиденько, за 4 хв', 9)).toEqual({ delivery: 'positive' })
  })

  it('words that only look like a theme stay out', () => {
    expect(uk('Гірше не буває. Обминайте десятою дорогою', 0)).toEqual({})
    expect(uk('Ціни в меню середні для центру', 5)).toEqual({ price: 'neutral' })
    expect(uk('Повернула куртку, гроші за 2 дні на картці', 10)).toEqual({ returns: 'positive' })
  })
})
