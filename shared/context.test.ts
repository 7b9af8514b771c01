import { describe, expect, it } from 'vitest'
import { platformOf, traitText } from './context'

const ANDROID_WV = 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/136.0 Mobile Safari/537.36'
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'

describe('platformOf', () => {
  it('takes the native channel as it is', () => {
    expect(platformOf('ios', ANDROID_WV)).toBe('ios')
    expect(platformOf('android', IPHONE)).toBe('android')
  })
  it('reads a webview from its user agent', () => {
    expect(platformOf('webview', ANDROID_WV)).toBe('android')
    expect(platformOf('webview', IPHONE)).toBe('ios')
    expect(platformOf('webview', undefined)).toBe('web')
  })
  it('a browser on a phone is the web', () => {
    expect(platformOf('web', IPHONE)).toBe('web')
    expect(platformOf(undefined, ANDROID_WV)).toBe('web')
  })
})

describe('traitText', () => {
  it('keeps scalars as short text and drops the rest', () => {
    expect(traitText({ segment: 'VIP' }, 'segment')).toBe('VIP')
    expect(traitText({ app_version: 4.2 }, 'app_version')).toBe('4.2')
    expect(traitText({ segment: { a: 1 } }, 'segment')).toBeNull()
    expect(traitText(undefined, 'segment')).toBeNull()
    expect(traitText({ segment: 'x'.repeat(100) }, 'segment')).toHaveLength(64)
  })
})
