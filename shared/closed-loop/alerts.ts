/**
 * Alert messages from an outbox payload: one text per language (English, Russian,
 * Ukrainian) and per channel, with the customer's words escaped for each (Slack mrkdwn,
 * Telegram HTML, e-mail HTML). Telegram's 4,096-character limit is respected by
 * shortening the comment, never by cutting markup in half.
 * @module
 */

export interface AlertPayload {
  id: string
  type: string
  data: {
    project?: { id: string; name: string; locale?: string }
    survey?: { id: string; name: string; kind: string }
    response?: { id: string; user_id: string | null; order_id: string | null; score: number; bucket: string; comment: string | null; traits?: Record<string, unknown> }
    followup?: { id: string; priority: string; owner: string | null; first_contact_due: string; resolution_due: string; url: string }
    breach?: 'first_contact' | 'resolution'
    endpoint?: { id: string; url: string; reason: string }
    url?: string
  }
}

type Lang = 'en' | 'ru' | 'uk'
const TEXTS: Record<Lang, Record<string, string>> = {
  en: {
    detractor: 'Detractor', vip: 'VIP customer', answered: 'answered', score: 'Score', comment: 'Comment', noComment: '(no comment)',
    customer: 'Customer', anonymous: 'anonymous', order: 'Order', followup: 'Follow-up', priority: 'priority', owner: 'owner',
    opened: 'New follow-up', warning: 'SLA about to be breached', breached: 'SLA breached', first_contact: 'first contact', resolution: 'resolution',
    due: 'due', disabled: 'Webhook endpoint disabled', reason: 'reason', open: 'Open the follow-up', response: 'New answer',
    test: 'TEST ALERT from Tenpoint: this channel works. Nothing happened to a customer.',
  },
  ru: {
    detractor: 'Критик', vip: 'VIP-клиент', answered: 'ответил', score: 'Оценка', comment: 'Комментарий', noComment: '(без комментария)',
    customer: 'Клиент', anonymous: 'аноним', order: 'Заказ', followup: 'Обращение', priority: 'приоритет', owner: 'ответственный',
    opened: 'Новое обращение', warning: 'Скоро нарушение SLA', breached: 'SLA нарушен', first_contact: 'первый контакт', resolution: 'решение',
    due: 'срок', disabled: 'Вебхук отключён', reason: 'причина', open: 'Открыть обращение', response: 'Новый ответ',
    test: 'ТЕСТОВОЕ оповещение Tenpoint: канал работает. С клиентами ничего не произошло.',
  },
  uk: {
    detractor: 'Критик', vip: 'VIP-клієнт', answered: 'відповів', score: 'Оцінка', comment: 'Коментар', noComment: '(без коментаря)',
    customer: 'Клієнт', anonymous: 'анонім', order: 'Замовлення', followup: 'Звернення', priority: 'пріоритет', owner: 'відповідальний',
    opened: 'Нове звернення', warning: 'Незабаром порушення SLA', breached: 'SLA порушено', first_contact: 'перший контакт', resolution: 'вирішення',
    due: 'термін', disabled: 'Вебхук вимкнено', reason: 'причина', open: 'Відкрити звернення', response: 'Нова відповідь',
    test: 'ТЕСТОВЕ сповіщення Tenpoint: канал працює. З клієнтами нічого не сталося.',
  },
}

export const langOf = (locale: string): Lang => {
  const l = locale.toLowerCase().slice(0, 2)
  return l === 'ru' || l === 'uk' ? l : 'en'
}

/** Slack mrkdwn: &, < and > are the only characters Slack asks to escape. */
export const escapeSlack = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
/** Telegram's HTML parse mode: &, <, > (and " inside attributes). */
export const escapeTelegramHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/** E-mail HTML. */
export const escapeHtml = (s: string) => escapeTelegramHtml(s).replace(/'/g, '&#39;')

export const TELEGRAM_LIMIT = 4096

interface Line {
  label: string
  value: string
}

export interface RenderedAlert {
  subject: string
  plain: string
  html: string
  slack: { text: string; blocks: unknown[] }
  telegram: string
}

function parts(p: AlertPayload, lang: Lang) {
  const t = TEXTS[lang]
  const r = p.data.response
  const f = p.data.followup
  const vip = r?.traits && String(r.traits.segment ?? '').toUpperCase() === 'VIP'
  let title: string
  if (p.type === 'test') title = t.test
  else if (p.type === 'endpoint.disabled') title = `${t.disabled}: ${p.data.endpoint?.url ?? ''} (${t.reason}: ${p.data.endpoint?.reason ?? ''})`
  else if (p.type === 'followup.sla_breached') title = `${t.breached}: ${t[p.data.breach ?? 'first_contact']}`
  else if (p.type === 'followup.sla_warning') title = `${t.warning}: ${t[p.data.breach ?? 'first_contact']}`
  else if (p.type === 'followup.opened') title = `${t.opened} (${vip ? t.vip : t.detractor}, ${t.priority}: ${f?.priority ?? ''})`
  else title = r && r.score <= 6 ? t.detractor : vip ? t.vip : t.response
  if (r) title += ` — ${r.score}/10 · ${p.data.survey?.name ?? ''}`
  const lines: Line[] = []
  if (r) {
    lines.push({ label: t.customer, value: r.user_id ?? t.anonymous })
    if (r.order_id) lines.push({ label: t.order, value: r.order_id })
    lines.push({ label: t.score, value: `${r.score}/10` })
  }
  if (f) {
    lines.push({ label: t.owner, value: f.owner ?? '—' })
    lines.push({ label: `${t.due} (${t.first_contact})`, value: f.first_contact_due })
  }
  const comment = r ? (r.comment ?? t.noComment) : null
  const link = f?.url ?? p.data.url ?? null
  return { t, title, lines, comment, link, project: p.data.project?.name ?? '' }
}

/** Every channel's text for one payload, in `locale` (en, ru, uk; anything else is English). */
export function renderAlert(p: AlertPayload, locale: string, _publicUrl: string): RenderedAlert {
  const lang = langOf(locale)
  const { t, title, lines, comment, link, project } = parts(p, lang)
  const subject = `[${project}] ${title}`
  const plain = [title, ...lines.map((l) => `${l.label}: ${l.value}`), ...(comment !== null ? [`${t.comment}: ${comment}`] : []), ...(link ? [`${t.open}: ${link}`] : [])].join('\n')

  const html = `<!doctype html><html lang="${lang}"><body><h2>${escapeHtml(title)}</h2><table>${lines
    .map((l) => `<tr><th align="left">${escapeHtml(l.label)}</th><td>${escapeHtml(l.value)}</td></tr>`)
    .join('')}</table>${comment !== null ? `<p><b>${escapeHtml(t.comment)}:</b></p><blockquote>${escapeHtml(comment).replace(/\n/g, '<br>')}</blockquote>` : ''}${
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t.open)}</a></p>` : ''
  }</body></html>`

  const slackFields = lines.map((l) => ({ type: 'mrkdwn', text: `*${escapeSlack(l.label)}*\n${escapeSlack(l.value)}` }))
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: false } },
    ...(slackFields.length ? [{ type: 'section', fields: slackFields.slice(0, 10) }] : []),
    ...(comment !== null ? [{ type: 'section', text: { type: 'mrkdwn', text: `*${escapeSlack(t.comment)}*\n>${escapeSlack(comment).slice(0, 2900).replace(/\n/g, '\n>')}` } }] : []),
    ...(link ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: t.open }, url: link }] }] : []),
  ]
  const slack = { text: `${escapeSlack(title)}${comment !== null ? ` — ${escapeSlack(comment).slice(0, 500)}` : ''}`, blocks }

  const tgHead = [`<b>${escapeTelegramHtml(title)}</b>`, ...lines.map((l) => `${escapeTelegramHtml(l.label)}: ${escapeTelegramHtml(l.value)}`)].join('\n')
  const tgLink = link ? `\n<a href="${escapeTelegramHtml(link)}">${escapeTelegramHtml(t.open)}</a>` : ''
  let telegram = tgHead + tgLink
  if (comment !== null) {
    const label = `\n${escapeTelegramHtml(t.comment)}:\n<blockquote>`
    const room = TELEGRAM_LIMIT - tgHead.length - tgLink.length - label.length - '</blockquote>'.length
    telegram = `${tgHead}${label}${fitEscaped(comment, room)}</blockquote>${tgLink}`
  }
  return { subject, plain, html, slack, telegram }
}

/** The longest prefix of `s` whose escaped form fits in `room` characters, with … when shortened. */
function fitEscaped(s: string, room: number): string {
  const whole = escapeTelegramHtml(s)
  if (whole.length <= room) return whole
  let out = ''
  for (const ch of s) {
    const e = escapeTelegramHtml(ch)
    if (out.length + e.length + 1 > room) break
    out += e
  }
  return out + '…'
}
