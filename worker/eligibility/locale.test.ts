// The survey's language: the request's locale, else the browser's Accept-Language, else the defaults.
import { afterEach, expect, it } from 'vitest'
import { world, type TestWorld } from '../../test/support/app'

let w: TestWorld
afterEach(() => w?.close())

it('uses Accept-Language when the request names no locale', async () => {
  w = await world()
  await w.survey({ kind: 'relational', name: 'r' })
  const ask = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    (await (await w.call('POST', '/v1/eligibility', body, headers)).json()).survey?.locale
  expect(await ask({ anonymous_id: 'a', session_id: 'a' }, { 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' })).toBe('uk')
  expect(await ask({ anonymous_id: 'b', session_id: 'b', locale: 'ru' }, { 'accept-language': 'uk' })).toBe('ru')
  expect(await ask({ anonymous_id: 'c', session_id: 'c' }, { 'accept-language': 'xx-YY, *' })).toBe('en')
  expect(await ask({ anonymous_id: 'd', session_id: 'd' })).toBe('en')
})
