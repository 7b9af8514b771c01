import { expect, it } from 'vitest'
import { DUMMY_HASH, hashPassword, verifyPassword } from './password'

it('a hash verifies its password only, with OWASP scrypt parameters and a fresh salt', async () => {
  const h = await hashPassword('correct horse battery')
  expect(h).toMatch(/^scrypt\$16384\$8\$5\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/)
  expect(await verifyPassword('correct horse battery', h)).toBe(true)
  expect(await verifyPassword('correct horse batterY', h)).toBe(false)
  expect(await hashPassword('correct horse battery')).not.toBe(h)
})

it('malformed or dummy hashes never verify and never throw', async () => {
  expect(await verifyPassword('x', 'nonsense')).toBe(false)
  expect(await verifyPassword('x', 'scrypt$0$8$1$AA==$AA==')).toBe(false)
  expect(await verifyPassword('', DUMMY_HASH)).toBe(false)
})

it('Unicode passwords are normalised (NFKC) before hashing', async () => {
  const h = await hashPassword('café-pässwörd')
  expect(await verifyPassword('cafe\u0301-pässwörd', h)).toBe(true)
})
