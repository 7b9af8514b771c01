import { describe, expect, it } from 'vitest'
import { TELEGRAM_LIMIT, escapeSlack, renderAlert, type AlertPayload } from './alerts'

const payload = (comment: string | null, score = 2, extra: Partial<AlertPayload['data']> = {}): AlertPayload => ({
  id: 'msg_1',
  type: 'followup.opened',
  data: {
    project: { id: 'p', name: 'Acme' },
    survey: { id: 's', name: 'Delivery', kind: 'transactional' },
    response: { id: 'r', user_id: 'u-42', order_id: 'ord-7', score, bucket: 'detractor', comment, traits: {} },
    followup: { id: 'fu_1', priority: 'high', owner: 'anna', first_contact_due: '2026-01-15T13:00:00.000Z', resolution_due: '2026-01-16T12:00:00.000Z', url: 'https://t.example/followups/fu_1' },
    ...extra,
  },
})

describe('alert texts', () => {
  it('speaks English, Russian and Ukrainian', () => {
    expect(renderAlert(payload('x'), 'en', '').plain).toContain('Customer: u-42')
    expect(renderAlert(payload('x'), 'ru-RU', '').plain).toContain('Клиент: u-42')
    expect(renderAlert(payload('x'), 'uk', '').plain).toContain('Клієнт: u-42')
    expect(renderAlert(payload('x'), 'de', '').plain).toContain('Order: ord-7')
  })

  it('escapes the comment for each channel', () => {
    const evil = '<b>hi</b> & <@U123> <!channel> *bold* "q"'
    const r = renderAlert(payload(evil), 'en', '')
    expect(r.html).toContain('&lt;b&gt;hi&lt;/b&gt; &amp; &lt;@U123&gt; &lt;!channel&gt; *bold* &quot;q&quot;')
    expect(r.html).not.toContain('<b>hi')
    expect(r.telegram).toContain('&lt;b&gt;hi&lt;/b&gt; &amp; &lt;@U123&gt;')
    expect(JSON.stringify(r.slack)).not.toContain('<!channel>')
    expect(JSON.stringify(r.slack)).toContain('&lt;!channel&gt;')
    expect(escapeSlack('a<b>&c')).toBe('a&lt;b&gt;&amp;c')
  })

  it('keeps Telegram messages within 4,096 characters without cutting an entity', () => {
    const r = renderAlert(payload('<&>'.repeat(3000)), 'en', '')
    expect(r.telegram.length).toBeLessThanOrEqual(TELEGRAM_LIMIT)
    expect(r.telegram).toMatch(/(&lt;|&amp;|&gt;)…<\/blockquote>/)
    expect(r.telegram).toContain('</blockquote>')
  })

  it('names SLA breaches', () => {
    const r = renderAlert({ ...payload('slow'), type: 'followup.sla_breached', data: { ...payload('slow').data, breach: 'resolution' } }, 'en', '')
    expect(r.subject).toBe('[Acme] SLA breached: resolution — 2/10 · Delivery')
  })
})
