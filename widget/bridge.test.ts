// The webview bridge: message shape, delivery to every native end, and which commands are accepted.
import { describe, expect, it } from 'vitest'
import { command, message, post, type Bridges } from './bridge'

describe('message', () => {
  it('is versioned and carries only the fields that apply', () => {
    expect(message('answered', { survey_id: 's1', score: 0, response_id: 'r1' })).toEqual({ source: 'tenpoint', v: 1, type: 'answered', survey_id: 's1', score: 0, response_id: 'r1' })
    expect(message('closed', { reason: 'sampled_out' })).toEqual({ source: 'tenpoint', v: 1, type: 'closed', reason: 'sampled_out' })
    expect(message('shown', { survey_id: 's1', score: '7' as never })).toEqual({ source: 'tenpoint', v: 1, type: 'shown', survey_id: 's1' })
  })
})

describe('post', () => {
  it('sends to React Native and Android as JSON, to WKWebView as an object', () => {
    const got: [string, unknown][] = []
    const w: Bridges = {
      ReactNativeWebView: { postMessage: (s) => got.push(['rn', s]) },
      webkit: { messageHandlers: { tenpoint: { postMessage: (m) => got.push(['ios', m]) } } },
      TenpointAndroid: { postMessage: (s) => got.push(['android', s]) },
    }
    const m = message('shown', { survey_id: 's1' })
    expect(post(w, m)).toBe(3)
    expect(got).toEqual([
      ['rn', JSON.stringify(m)],
      ['ios', m],
      ['android', JSON.stringify(m)],
    ])
  })
  it('skips bridges that are missing or throw', () => {
    const w: Bridges = {
      ReactNativeWebView: {
        postMessage: () => {
          throw new Error('gone')
        },
      },
      webkit: { messageHandlers: {} },
    }
    expect(post(w, message('closed'))).toBe(0)
    expect(post({}, message('closed'))).toBe(0)
  })
})

describe('command', () => {
  const self = {}
  const origin = 'https://tp.example'
  const ok = { source: 'tenpoint-native', v: 1, type: 'close' }
  it('accepts a close from this window and this origin, as an object or JSON', () => {
    expect(command({ source: self, origin, data: ok }, self, origin)).toBe('close')
    expect(command({ source: self, origin, data: JSON.stringify(ok) }, self, origin)).toBe('close')
  })
  it('ignores other frames, other origins and other envelopes', () => {
    expect(command({ source: {}, origin, data: ok }, self, origin)).toBeNull()
    expect(command({ source: null, origin, data: ok }, self, origin)).toBeNull()
    expect(command({ source: self, origin: 'https://evil.example', data: ok }, self, origin)).toBeNull()
    expect(command({ source: self, origin, data: { ...ok, v: 2 } }, self, origin)).toBeNull()
    expect(command({ source: self, origin, data: { ...ok, source: 'tenpoint' } }, self, origin)).toBeNull()
    expect(command({ source: self, origin, data: { ...ok, type: 'eval' } }, self, origin)).toBeNull()
    expect(command({ source: self, origin, data: '{nope' }, self, origin)).toBeNull()
    expect(command({ source: self, origin, data: null }, self, origin)).toBeNull()
  })
})
