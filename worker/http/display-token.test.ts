import { describe, expect, it } from 'vitest'
import { decodeBase64url, signToken } from '../crypto'
import type { Project } from '../projects'
import { acceptDisplayToken } from './display-token'
import { ApiError } from './problem'

const NOW = Date.UTC(2026, 0, 15, 12)
const project = { id: 'prj_1', tokenSecret: 'a'.repeat(64) } as Project
const token = signToken(project.tokenSecret, { p: 'prj_1', s: 'srv', r: 'a:x', d: 'd1', t: 'display:d1', iat: NOW, exp: NOW + 60_000 })
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The same token with the last character's value XOR-ed by `bits`. */
function flipLast(t: string, bits: number): string {
  return t.slice(0, -1) + B64URL[B64URL.indexOf(t.at(-1)!) ^ bits]
}

function refusal(t: string): ApiError | undefined {
  try {
    acceptDisplayToken(project, t, NOW)
  } catch (e) {
    return e as ApiError
  }
}

describe('display tokens decode strictly', () => {
  it('accepts the token as issued', () => {
    expect(acceptDisplayToken(project, token, NOW).d).toBe('d1')
  })

  it('refuses the signature with the unused low bits of its last character flipped (403, field token)', () => {
    // 32 signature bytes are 43 characters: 258 bits, the last 2 unused.
    expect(token.split('.')[1]).toHaveLength(43)
    for (const bits of [1, 2, 3]) {
      const e = refusal(flipLast(token, bits))
      expect(e, `xor ${bits}`).toBeInstanceOf(ApiError)
      expect(e).toMatchObject({ status: 403, code: 'invalid_token', errors: [{ field: 'token' }] })
    }
  })

  it('refuses padding, standard-alphabet characters and whitespace in either part', () => {
    const [body, sig] = token.split('.')
    for (const t of [`${body}.${sig}=`, `${body}=.${sig}`, `${body}.${sig.replace(/-/g, '+').replace(/_/g, '/')}+`, `${body}.${sig} `, ` ${body}.${sig}`]) {
      expect(refusal(t)?.status, t).toBe(403)
    }
  })

  it('decodeBase64url takes only canonical spellings', () => {
    expect(decodeBase64url('AQ')).toEqual(Buffer.from([1]))
    expect(decodeBase64url('AR')).toBeNull()
    expect(decodeBase64url('AQ==')).toBeNull()
    expect(decodeBase64url('A')).toBeNull()
    expect(decodeBase64url('')).toEqual(Buffer.alloc(0))
  })
})
