import { describe, expect, it } from 'vitest'
import { addressAllowed, classifyAddress, endpointUrlProblem } from './ssrf'

describe('address classification', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.9.9.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.1.1', 'link_local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fc00::1', 'private'],
    ['fe80::1%eth0', 'link_local'],
    ['ff02::1', 'multicast'],
    ['2606:4700:4700::1111', 'public'],
    ['example.com', 'invalid'],
    ['1.2.3', 'invalid'],
    ['256.1.1.1', 'invalid'],
  ])('%s is %s', (ip, cls) => expect(classifyAddress(ip)).toBe(cls))

  it('allows private targets only when the operator says so', () => {
    expect(addressAllowed('127.0.0.1', false)).toBe(false)
    expect(addressAllowed('127.0.0.1', true)).toBe(true)
    expect(addressAllowed('93.184.216.34', false)).toBe(true)
  })

  it('checks endpoint URLs', () => {
    expect(endpointUrlProblem('https://crm.example.com/hook', false)).toBeNull()
    expect(endpointUrlProblem('http://crm.example.com/hook', false)).toBe('must be https')
    expect(endpointUrlProblem('https://169.254.169.254/latest', false)).toMatch(/metadata/)
    expect(endpointUrlProblem('https://[::1]/x', false)).toMatch(/loopback/)
    expect(endpointUrlProblem('https://localhost/x', false)).toBe('refused host name')
    expect(endpointUrlProblem('http://127.0.0.1:9000/x', true)).toBeNull()
    expect(endpointUrlProblem('https://u:p@example.com/', false)).toBe('must not carry credentials')
    expect(endpointUrlProblem('ftp://example.com/', true)).toBe('must be http(s)')
  })
})
