/**
 * A real SMTP server on loopback (the smtp-server package) that keeps every message it
 * receives, with a small MIME reader for the tests: envelope, decoded subject, and the
 * decoded text and HTML parts.
 * @module
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface Mail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
}

export interface SmtpPeer {
  url: string
  mails: Mail[]
  close(): Promise<void>
}

const decodeWords = (s: string) =>
  s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')),
  )

function qp(s: string): string {
  const bytes: number[] = []
  const src = s.replace(/=\r?\n/g, '')
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '=' && /^[0-9A-F]{2}$/i.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(src[i], 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function header(block: string, name: string): string {
  const m = block.match(new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im'))
  return m ? m[1].replace(/\r?\n[ \t]/g, ' ').trim() : ''
}

function part(raw: string, type: string): string {
  const chunks = raw.split(/\r?\n--[^\r\n]+/)
  for (const c of chunks) {
    const [head, ...body] = c.split(/\r?\n\r?\n/)
    if (!new RegExp(`content-type:\\s*${type}`, 'i').test(head)) continue
    const text = body.join('\n\n')
    const enc = header(head.trim(), 'Content-Transfer-Encoding').toLowerCase()
    return enc === 'base64' ? Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8') : enc === 'quoted-printable' ? qp(text) : text
  }
  return ''
}

export async function startSmtp(): Promise<SmtpPeer> {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const head = raw.split(/\r?\n\r?\n/)[0]
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeWords(header(head, 'Subject')),
          text: part(raw, 'text/plain'),
          html: part(raw, 'text/html'),
          raw,
        })
        done()
      })
    },
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.server.address() as AddressInfo).port
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) }
}
