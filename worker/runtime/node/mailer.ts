/**
 * E-mail alerts on Node: SMTP through nodemailer, configured by TENPOINT_SMTP_URL
 * (smtp://user:pass@host:587 or smtps://…) and TENPOINT_MAIL_FROM.
 * @module
 */
import nodemailer from 'nodemailer'
import type { Mailer } from '../types'

export function smtpMailer(url: string | undefined, from: string | undefined): Mailer | undefined {
  if (!url) return undefined
  const transport = nodemailer.createTransport(url)
  return async (m) => {
    try {
      await transport.sendMail({ from: from ?? 'Tenpoint <tenpoint@localhost>', to: m.to, subject: m.subject, text: m.text, html: m.html })
      return { ok: true, error: null }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) }
    }
  }
}
