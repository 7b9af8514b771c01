// The preview frame accepts only a well-formed draft: anything else in a message is ignored.
import { expect, it } from 'vitest'
import { draftOf } from './preview-protocol'

const good = { kind: 'relational', locale: 'ru', product: 'Acme', texts: { question: 'Q', why: { detractor: 'W' } }, theme: { brand: '#123456', mode: 'dark', position: 'center' } }

it('takes a draft of the expected shape', () => {
  expect(draftOf({ tenpoint: 'preview', draft: good })).toEqual(good)
  expect(draftOf({ tenpoint: 'preview', draft: { kind: 'transactional', locale: 'en', texts: {}, theme: {} } })).not.toBeNull()
})

it('ignores other messages and malformed drafts', () => {
  for (const bad of [
    null,
    'preview',
    { tenpoint: 'preview-ready' },
    { tenpoint: 'preview' },
    { tenpoint: 'preview', draft: { ...good, kind: 'nps' } },
    { tenpoint: 'preview', draft: { ...good, locale: '../x' } },
    { tenpoint: 'preview', draft: { ...good, product: 3 } },
    { tenpoint: 'preview', draft: { ...good, texts: { question: { toString: 'x' } } } },
    { tenpoint: 'preview', draft: { ...good, texts: { script: 'x' } } },
    { tenpoint: 'preview', draft: { ...good, texts: { why: { everyone: 'x' } } } },
    { tenpoint: 'preview', draft: { ...good, theme: { brand: 1 } } },
  ])
    expect(draftOf(bad)).toBeNull()
})
