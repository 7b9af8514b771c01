import { expect, it } from 'vitest'
import { acceptedLanguages } from './accept-language'

it('orders by quality, keeps the order of equals, drops q=0, * and junk', () => {
  expect(acceptedLanguages('uk-UA,uk;q=0.9,en;q=0.5')).toEqual(['uk-UA', 'uk', 'en'])
  expect(acceptedLanguages('en;q=0.2, ru;q=0.8, *;q=0.1, de;q=0')).toEqual(['ru', 'en'])
  expect(acceptedLanguages(undefined)).toEqual([])
  expect(acceptedLanguages('<script>, fr')).toEqual(['fr'])
})
