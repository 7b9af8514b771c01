import { expect, it } from 'vitest'
import { clientIpFrom } from './client-address'

it('uses the socket when no proxy is trusted, whatever the header says', () => {
  expect(clientIpFrom('6.6.6.6', '203.0.113.7', 0)).toBe('203.0.113.7')
})

it('behind one trusted proxy, takes the last hop it appended; a forged prefix does not count', () => {
  // The client sent "X-Forwarded-For: 6.6.6.6"; our proxy appended the real address.
  expect(clientIpFrom('6.6.6.6, 198.51.100.9', '10.0.0.2', 1)).toBe('198.51.100.9')
})

it('behind two trusted proxies, takes the address the first one saw', () => {
  expect(clientIpFrom('6.6.6.6, 198.51.100.9, 10.0.0.5', '10.0.0.2', 2)).toBe('198.51.100.9')
})

it('falls back to the socket when the header is missing or short', () => {
  expect(clientIpFrom(undefined, '10.0.0.2', 1)).toBe('10.0.0.2')
  expect(clientIpFrom('198.51.100.9', '10.0.0.2', 2)).toBe('10.0.0.2')
  expect(clientIpFrom(undefined, undefined, 0)).toBe('unknown')
})
