/** Owners only: invite members by a one-time link, see the API tokens. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api'
import { useApp } from '../context'

interface Token {
  id: string
  name: string
  scope: string
  hint: string
  created_at: number
  revoked_at: number | null
}

export function Settings() {
  const { t, me, date } = useApp()
  const [tokens, setTokens] = useState<Token[] | null>(null)
  const [link, setLink] = useState('')
  const owner = me.project?.role === 'owner'
  useEffect(() => {
    if (owner) api<{ tokens: Token[] }>('/v1/tokens').then((r) => setTokens(r.tokens), () => setTokens([]))
  }, [owner])
  if (!owner)
    return (
      <section>
        <h1>{t.settings}</h1>
        <p role="alert" class="error">
          {t.ownersOnly}
        </p>
      </section>
    )
  const invite = async (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    const r = await api<{ link: string }>('/auth/invites', 'POST', { role: f.get('role') })
    setLink(location.origin + r.link)
  }
  return (
    <section class="stack">
      <h1>{t.settings}</h1>
      <form onSubmit={invite} class="card stack">
        <h2>{t.invite}</h2>
        <label>
          {t.inviteAs}
          <select name="role">
            <option value="analyst">{t.analyst}</option>
            <option value="owner">{t.owner}</option>
          </select>
        </label>
        <button type="submit">{t.makeLink}</button>
        {link && (
          <p role="status">
            {t.linkReady} <code class="link">{link}</code>
          </p>
        )}
      </form>
      <div class="card">
        <h2>{t.tokens}</h2>
        {tokens === null ? (
          <p>{t.loading}</p>
        ) : (
          <ul class="plain">
            {tokens.map((k) => (
              <li key={k.id}>
                <strong>{k.name}</strong> <code>{k.hint}</code> {k.scope} · {date(k.created_at)} {k.revoked_at ? `· ${t.revoked}` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
