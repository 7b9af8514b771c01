/** The tag to paste, filled with this project's public key and this server's address. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api'
import { useApp } from '../context'

export function Install() {
  const { t } = useApp()
  const [key, setKey] = useState('')
  useEffect(() => void api<{ public_key: string }>('/v1/project').then((p) => setKey(p.public_key)), [])
  const tag = `<script async src="${location.origin}/tenpoint.js" data-key="${key}"></script>`
  const track = `tenpoint('track', 'Order_Delivered', { order_id: 'ord_1001' })`
  return (
    <section class="stack">
      <h1>{t.install}</h1>
      <div class="card stack">
        <p>{t.installHint}</p>
        <pre class="code" data-testid="tag">{key ? tag : t.loading}</pre>
        <p>{t.installTrack}</p>
        <pre class="code">{track}</pre>
        <p class="muted">{t.installDocs}</p>
      </div>
    </section>
  )
}
