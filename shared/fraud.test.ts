import { expect, it } from 'vitest'
import { flagsFor, type AnswerSignals } from './fraud'

const human: AnswerSignals = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  honeypot: undefined,
  elapsedMs: 4000,
  minAnswerMs: 1200,
  unverifiedIdentity: false,
}

it('a person on a phone earns no flags', () => expect(flagsFor(human)).toEqual([]))

it.each([
  [{ userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }, 'bot_user_agent'],
  [{ userAgent: 'python-requests/2.31' }, 'bot_user_agent'],
  [{ userAgent: undefined }, 'bot_user_agent'],
  [{ honeypot: 'x' }, 'honeypot'],
  [{ elapsedMs: 1199 }, 'too_fast'],
  [{ elapsedMs: null }, 'no_display_token'],
  [{ unverifiedIdentity: true }, 'unverified_identity'],
] as const)('%o → %s', (patch, flag) => {
  expect(flagsFor({ ...human, ...patch })).toEqual([flag])
})

it('an answer exactly at the threshold is human', () => expect(flagsFor({ ...human, elapsedMs: 1200 })).toEqual([]))
