import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertAnswers, secretGet } from '../../test/support/answers'
import { world, type TestWorld } from '../../test/support/app'
import { asKey } from '../../test/support/secret'
import { retagPass } from '../themes/retag'

let w: TestWorld
let survey: string
beforeEach(async () => {
  w = await world()
  survey = await w.survey({ kind: 'relational', name: 'Quarterly NPS' })
})
afterEach(() => w.close())

const get = async (path: string) => {
  const r = await secretGet(w.app, w.project.secretKey, path)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body
}
const admin = () => asKey(w, w.project.secretKey)
/** Runs the background re-tag pass until nothing is left; returns how many comments it tagged. */
async function retagAll(): Promise<number> {
  const pass = retagPass(w.store, 3)
  let total = 0
  for (;;) {
    const r = await pass()
    total += r.tagged
    if (r.tagged === 0) return total
  }
}

/** A counted answer through the public API: a display (token), then the answer. */
async function answer(score: number, comment?: string, locale?: string) {
  const anon = `anon-${randomUUID()}`
  const e = await w.call('POST', '/v1/eligibility', { anonymous_id: anon, session_id: `s-${anon}` })
  const d = await e.json()
  expect(d.show).toBe(true)
  w.advance(5000)
  const id = randomUUID()
  const r = await w.call('POST', '/v1/responses', { id, survey_id: survey, token: d.display.token, score, anonymous_id: anon, ...(comment ? { comment } : {}), ...(locale ? { locale } : {}) })
  expect(r.status).toBe(201)
  return { id, anon }
}

const JAN = Date.UTC(2026, 0, 10, 12)
const PERIOD = 'from=2026-01-01&to=2026-01-31'

/**
 * The golden data set: 14 counted answers in January (4 promoters, 3 passives, 7
 * detractors: NPS −21.4), 10 with a comment (6 from detractors); plus an excluded
 * answer and a February one, which must not count.
 */
const GOLDEN: [number, string | null][] = [
  [2, 'Delivery was late again'], // delivery −, detractor
  [0, 'The courier lost my parcel'], // delivery −, detractor
  [5, 'Too expensive'], // price −, detractor
  [10, 'Great support team, solved it in minutes'], // support +, promoter
  [9, 'Fast delivery'], // delivery +, promoter
  [8, 'Prices are high but the quality is great'], // price −, quality +, passive
  [3, 'Support never answered'], // support −, detractor
  [7, 'Delivery ok'], // delivery neutral, passive
  [1, 'Доставка опоздала на неделю'], // delivery −, detractor
  [4, 'My loyalty card points disappeared'], // no built-in theme, detractor
  [10, null],
  [9, null],
  [6, null],
  [8, null],
]

async function seedGolden() {
  const ids = await insertAnswers(
    w.client,
    w.project.id,
    GOLDEN.map(([score, comment], i) => ({ survey, score, comment, at: JAN + i * 60_000 })),
  )
  await insertAnswers(w.client, w.project.id, [
    { survey, score: 0, comment: 'Delivery was late', at: JAN, counted: false, flags: ['excluded'] },
    { survey, score: 0, comment: 'Delivery was late', at: Date.UTC(2026, 1, 3) },
  ])
  // Stored without themes (as imports and rows older than themes are): the pass tags them.
  expect(await retagAll()).toBe(12)
  return ids
}

describe('themes on answers', () => {
  it('a comment sent with the score is stored as to tag, and the pass right after tags it once; the answer shows its themes', async () => {
    const { id } = await answer(2, 'Delivery was late again and support never answered')
    // The answer's own write carries no tagging: the background pass (run at once after it) does.
    expect(await w.count('response_themes', 'client_id = ?', id)).toBe(0)
    expect(await retagAll()).toBe(1)
    expect(await w.count('response_themes', 'client_id = ?', id)).toBe(2)
    const a = await get(`/v1/answers/${id}`)
    expect(a.themes).toEqual([
      { theme: 'delivery', sentiment: 'negative' },
      { theme: 'support', sentiment: 'negative' },
    ])
    const none = await answer(9)
    expect((await get(`/v1/answers/${none.id}`)).themes).toEqual([])
    expect(await retagAll()).toBe(0)
  })

  it('editing the comment re-tags it; a score change re-reads its sentiment', async () => {
    const { id, anon } = await answer(9)
    let p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: anon, comment: 'Fast delivery' })
    expect(p.status).toBe(200)
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'delivery', sentiment: 'positive' }])
    p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: anon, comment: 'Too expensive for what it is' })
    expect(p.status).toBe(200)
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'price', sentiment: 'negative' }])
    expect(await w.count('response_themes', 'client_id = ?', id)).toBe(1)
    // "The delivery took 3 days": neutral from a 7, positive from a 10 (the score is the prior).
    p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: anon, comment: 'The delivery took 3 days', score: 7 })
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'delivery', sentiment: 'neutral' }])
    p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: anon, score: 10 })
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'delivery', sentiment: 'positive' }])
    // Another visitor's edit changes nothing.
    p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: 'someone-else', comment: 'Support was rude' })
    expect(p.status).toBe(404)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'delivery', sentiment: 'positive' }])
    expect(await retagAll()).toBe(0)
  })

  it('filters the answer list by theme and by theme sentiment', async () => {
    await seedGolden()
    const list = async (q: string) => ((await get(`/v1/answers?${q}&limit=100`)).answers as { comment: string }[]).map((a) => a.comment).sort()
    expect(await list('theme=delivery&counted=true')).toEqual(['Delivery ok', 'Delivery was late', 'Delivery was late again', 'Fast delivery', 'The courier lost my parcel', 'Доставка опоздала на неделю'].sort())
    expect(await list('theme=delivery&theme_sentiment=negative&from=2026-01-01&to=2026-01-31')).toEqual(
      ['Delivery was late', 'Delivery was late again', 'The courier lost my parcel', 'Доставка опоздала на неделю'].sort(),
    )
    expect(await list('theme=price')).toEqual(['Prices are high but the quality is great', 'Too expensive'])
    expect(await list('theme=loyalty')).toEqual([])
    const bad = await secretGet(w.app, w.project.secretKey, '/v1/answers?theme=Not%20a%20theme')
    expect(bad.status).toBe(422)
  })

  it('the CSV export takes the theme filter and has a themes column of theme:sentiment pairs, in the comment\'s order', async () => {
    await seedGolden()
    const r = await w.app.request(`/v1/answers/export.csv?survey=${survey}&${PERIOD}&theme=price`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })
    expect(r.status).toBe(200)
    const lines = (await r.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    const head = lines[0].split(',')
    expect(head.at(-1)).toBe('themes')
    const records = lines.slice(1).map((l) => [l.split(',')[head.indexOf('score')], l.split(',').at(-1)])
    expect(records.sort()).toEqual([
      ['5', 'price:negative'],
      ['8', 'price:negative quality:positive'],
    ])
    const all = (await (await w.app.request(`/v1/answers/export.csv?survey=${survey}&${PERIOD}&has_comment=false`, { headers: { authorization: `Bearer ${w.project.secretKey}` } })).text()).trimEnd().split('\r\n')
    // An answer without a comment has an empty themes cell.
    expect(all.slice(1).filter((l) => l.endsWith(',')).length).toBe(4)
  })
})

describe('GET /v1/stats/themes: golden numbers', () => {
  it('mentions, share of comments, negative share, share among detractors and NPS impact, each with n', async () => {
    await seedGolden()
    const s = await get(`/v1/stats/themes?survey=${survey}&${PERIOD}`)
    expect(s).toMatchObject({ surveys: [survey], answers: 14, comments: 10, detractor_comments: 6 })
    expect(s.themes.map((t: { theme: string }) => t.theme)).toEqual(['delivery', 'price', 'support', 'quality'])
    const [delivery, price, support, quality] = s.themes
    expect(delivery).toEqual({
      theme: 'delivery',
      mentions: 5,
      sentiment: { negative: 3, positive: 1, neutral: 1 },
      share_of_comments: { value: 0.5, n: 10 },
      negative_share: { value: 0.6, n: 5 },
      positive_share: { value: 0.2, n: 5 },
      detractor_share: { value: 0.5, n: 6 },
      // NPS −21.4 (4 P, 3 Pa, 7 D of 14); without the 5 delivery answers −11.1 (3 P, 2 Pa, 4 D of 9).
      nps_impact: { value: -10.3, nps: -21.4, nps_without: -11.1, n: 14, n_without: 9 },
    })
    expect(price).toMatchObject({
      mentions: 2,
      share_of_comments: { value: 0.2, n: 10 },
      negative_share: { value: 1, n: 2 },
      detractor_share: { value: 1 / 6, n: 6 },
      nps_impact: { value: -4.8, nps_without: -16.7, n_without: 12 },
    })
    expect(support).toMatchObject({
      mentions: 2,
      sentiment: { negative: 1, positive: 1, neutral: 0 },
      negative_share: { value: 0.5, n: 2 },
      detractor_share: { value: 1 / 6, n: 6 },
      nps_impact: { value: 3.6, nps_without: -25, n_without: 12 },
    })
    expect(quality).toMatchObject({ mentions: 1, negative_share: { value: 0, n: 1 }, detractor_share: { value: 0, n: 6 }, nps_impact: { value: 1.6, nps_without: -23.1, n_without: 13 } })

    const one = await get(`/v1/stats/themes?survey=${survey}&${PERIOD}&theme=price`)
    expect(one.themes).toEqual([price])
  })

  it('an analyst exclusion takes the answer out of the theme figures at once', async () => {
    const ids = await seedGolden()
    const r = await admin()('POST', `/v1/answers/${ids[0]}/exclude`, { reason: 'test order' })
    expect(r.status).toBe(200)
    const s = await get(`/v1/stats/themes?survey=${survey}&${PERIOD}&theme=delivery`)
    expect(s).toMatchObject({ answers: 13, comments: 9, detractor_comments: 5 })
    expect(s.themes[0]).toMatchObject({ mentions: 4, negative_share: { value: 0.5, n: 4 }, detractor_share: { value: 0.4, n: 5 } })
  })

  it('a trend per theme: every bucket, with its counts and shares', async () => {
    await seedGolden()
    const t = await get(`/v1/stats/themes/trend?survey=${survey}&from=2026-01-09&to=2026-01-11&theme=delivery`)
    expect(t.themes).toHaveLength(1)
    expect(t.themes[0].theme).toBe('delivery')
    expect(t.themes[0].points.map((p: { label: string; mentions: number }) => [p.label, p.mentions])).toEqual([
      ['2026-01-09', 0],
      ['2026-01-10', 5],
      ['2026-01-11', 0],
    ])
    expect(t.themes[0].points[1]).toMatchObject({ negative: 3, share_of_comments: { value: 0.5, n: 10 }, negative_share: { value: 0.6, n: 5 }, detractor_share: { value: 0.5, n: 6 }, nps_impact: -10.3 })
    expect(t.themes[0].points[0]).toMatchObject({ share_of_comments: { value: null, n: 0 }, nps_impact: null })
    const all = await get(`/v1/stats/themes/trend?survey=${survey}&${PERIOD}&unit=month`)
    expect(all.themes.map((x: { theme: string }) => x.theme)).toEqual(['delivery', 'price', 'quality', 'support'])
  })
})

describe("a project's own themes", () => {
  it('custom themes, renames and switch-offs apply to old comments (in the background) and to new ones', async () => {
    await seedGolden()
    const p = await admin()('PATCH', '/v1/project', {
      themes: { custom: [{ id: 'loyalty', label: 'Loyalty card', keywords: ['loyalty card', 'бонусная карта'] }], rename: { delivery: 'shipping' }, disable: ['price'] },
    })
    expect(p.status).toBe(200)
    expect((await p.json()).themes).toMatchObject({ custom: [{ id: 'loyalty' }], rename: { delivery: 'shipping' }, disable: ['price'], version: 1 })
    // Old comments: the 10 January ones and the two others, in batches.
    expect(await retagAll()).toBe(12)
    const s = await get(`/v1/stats/themes?survey=${survey}&${PERIOD}`)
    expect(s.themes.map((t: { theme: string; mentions: number }) => [t.theme, t.mentions])).toEqual([
      ['shipping', 5],
      ['support', 2],
      ['loyalty', 1],
      ['quality', 1],
    ])
    expect(s.themes[2]).toMatchObject({ negative_share: { value: 1, n: 1 }, detractor_share: { value: 1 / 6, n: 6 } })
    // New ones are tagged with the project's themes as they arrive (by the pass right after).
    const { id } = await answer(9, 'Love my loyalty card')
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'loyalty', sentiment: 'positive' }])
    expect(await retagAll()).toBe(0)
    // A second change bumps the version and re-tags again.
    const q = await admin()('PATCH', '/v1/project', { themes: { disable: [] } })
    expect((await q.json()).themes.version).toBe(2)
    expect(await retagAll()).toBe(13)
    expect((await get(`/v1/stats/themes?survey=${survey}&${PERIOD}&theme=price`)).themes[0]).toMatchObject({ mentions: 2 })
  })

  it('a rename onto another theme merges them: one row, the answer path never fails on it', async () => {
    expect((await admin()('PATCH', '/v1/project', { themes: { rename: { price: 'delivery' } } })).status).toBe(200)
    const { id, anon } = await answer(2, 'Delivery was late and it is too expensive')
    expect(await retagAll()).toBe(1)
    expect((await get(`/v1/answers/${id}`)).themes).toEqual([{ theme: 'delivery', sentiment: 'negative' }])
    const p = await w.call('PATCH', `/v1/responses/${id}`, { anonymous_id: anon, comment: 'Too expensive, and the delivery was late' })
    expect(p.status).toBe(200)
    expect(await retagAll()).toBe(1)
    expect(await w.count('response_themes', 'client_id = ?', id)).toBe(1)
  })

  it('refuses invalid theme settings with field errors', async () => {
    const r = await admin()('PATCH', '/v1/project', { themes: { custom: [{ id: 'Bad Id', keywords: [] }], disable: ['nonsense'] } })
    expect(r.status).toBe(422)
    const body = await r.json()
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['themes.custom.0.id', 'themes.disable.0']))
  })
})
