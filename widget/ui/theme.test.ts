// Theme choices, and that the card's colours meet WCAG AA in light and dark.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrast, luminance, mode, onBrand, rgb } from './theme'

describe('mode', () => {
  it.each([
    ['light', 'dark', true, 'light'],
    ['dark', null, false, 'dark'],
    ['auto', 'dark', false, 'dark'],
    ['auto', 'only light', true, 'light'],
    ['auto', 'light dark', true, 'dark'],
    ['auto', 'normal', false, 'light'],
    [undefined, '', true, 'dark'],
  ] as const)('%s with page %j, prefers dark %s → %s', (theme, page, dark, want) => expect(mode(theme, page, dark)).toBe(want))
})

it('reads hex colours', () => {
  expect(rgb('#4f46e5')).toEqual([79, 70, 229])
  expect(rgb('#FFF')).toEqual([255, 255, 255])
  expect(rgb('#0008')).toEqual([0, 0, 0])
  expect(rgb('rebeccapurple')).toBeNull()
  expect(rgb('#12345')).toBeNull()
})

it('puts black or white on the brand colour, whichever passes AA', () => {
  expect(onBrand('#fde047')).toBe('#000')
  expect(onBrand('#4f46e5')).toBe('#fff')
  expect(onBrand('tomato')).toBe('#fff')
  fc.assert(
    fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), (c) => {
      const hex = '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('')
      const text = onBrand(hex) === '#000' ? 0 : 1
      return contrast(luminance(c), text) >= 4.5
    }),
  )
})

describe('card colours (card.css)', () => {
  const css = readFileSync(new URL('./card.css', import.meta.url), 'utf8')
  const palette = (block: string) => Object.fromEntries([...block.matchAll(/--(\w+):\s*(#[\da-f]{3,6});/g)].map((m) => [m[1], luminance(rgb(m[2])!)]))
  const light = palette(css.match(/^\.card \{([^}]*)\}/m)![1])
  const dark = palette(css.match(/^:host\(\[data-mode='dark'\]\) \.card \{([^}]*)\}/m)![1])
  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: text and muted text ≥ 4.5:1, borders ≥ 3:1', (_, p) => {
    expect(Object.keys(p).sort()).toEqual(['bd', 'bg', 'fg', 'mu'])
    expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(p.mu, p.bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(p.bd, p.bg)).toBeGreaterThanOrEqual(3)
  })
})
