// The parts' shared hash changes with anything they are built from, and only with that.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { partsHash } from './parts-hash'

const root = mkdtempSync(join(tmpdir(), 'tenpoint-hash-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const put = (f: string, text: string) => (mkdirSync(join(root, f, '..'), { recursive: true }), writeFileSync(join(root, f), text))
const hash = () => partsHash(root, ['package-lock.json'], ['widget', 'shared'])

it('changes with any source, nested file, new file or the lockfile; not with tests or docs', () => {
  put('package-lock.json', '{}')
  put('widget/ui/card.css', 'a{}')
  put('shared/i18n/en.ts', 'export default {}')
  const h0 = hash()
  expect(h0).toMatch(/^[\w-]{8}$/)
  expect(hash()).toBe(h0)

  put('widget/README.md', 'docs')
  put('widget/ui/card.test.ts', 'test')
  expect(hash()).toBe(h0)

  put('widget/ui/card.css', 'a{color:red}')
  const h1 = hash()
  expect(h1).not.toBe(h0)
  put('shared/i18n/uk.ts', 'export default {}')
  const h2 = hash()
  expect(h2).not.toBe(h1)
  put('package-lock.json', '{"v":2}')
  expect(hash()).not.toBe(h2)
})

it('tells a renamed file from the same bytes under its old name', () => {
  put('widget/a.ts', 'x')
  const before = hash()
  rmSync(join(root, 'widget/a.ts'))
  put('widget/b.ts', 'x')
  expect(hash()).not.toBe(before)
})
