/** Members (roles, removal, invitations by a one-time link), API tokens and key rotation. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api'
import { useApp } from '../../context'
import { NoteLine, useCall } from './form'

interface Token {
  id: string
  name: string
  scope: string
  hint: string
  created_at: number
  revoked_at: number | null
}

interface Member {
  id: string
  email: string
  role: 'owner' | 'analyst'
  joined_at: number
}

function Members() {
  const { t, me, date } = useApp()
  const [list, setList] = useState<Member[] | null>(null)
  const [link, setLink] = useState('')
  const { note, run } = useCall()
  const load = () => api<{ members: Member[] }>('/v1/members').then((r) => setList(r.members), () => setList([]))
  useEffect(() => void load(), [])
  const invite = async (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    const r = await api<{ link: string }>('/auth/invites', 'POST', { role: f.get('role') })
    setLink(location.origin + r.link)
  }
  const setRole = (m: Member, role: 'owner' | 'analyst') => run(() => api(`/v1/members/${encodeURIComponent(m.id)}`, 'PATCH', { role }).then(load))
  const remove = (m: Member) => {
    if (!confirm(t.removeConfirm(m.email))) return
    void run(() => api(`/v1/members/${encodeURIComponent(m.id)}`, 'DELETE').then(load))
  }
  return (
    <div class="card stack">
      <h2>{t.stMembers}</h2>
      {list === null ? (
        <p>{t.loading}</p>
      ) : (
        <ul class="plain">
          {list.map((m) => (
            <li key={m.id} data-testid="member" class="member">
              <span>
                <strong>{m.email}</strong>
                {m.email === me.email ? ` (${t.stYou})` : ''} · <span data-testid="role">{m.role === 'owner' ? t.owner : t.analyst}</span> ·{' '}
                <span class="muted">
                  {t.stJoined} {date(m.joined_at)}
                </span>
              </span>
              <span class="row">
                <button type="button" class="secondary small" onClick={() => setRole(m, m.role === 'owner' ? 'analyst' : 'owner')} aria-label={`${m.role === 'owner' ? t.makeAnalyst : t.makeOwner}: ${m.email}`}>
                  {m.role === 'owner' ? t.makeAnalyst : t.makeOwner}
                </button>
                <button type="button" class="secondary small" onClick={() => remove(m)} aria-label={`${t.stRemove}: ${m.email}`}>
                  {t.stRemove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <NoteLine note={note} />
      <form onSubmit={invite} class="stack">
        <h3>{t.invite}</h3>
        <div class="row">
          <label>
            {t.inviteAs}
            <select name="role">
              <option value="analyst">{t.analyst}</option>
              <option value="owner">{t.owner}</option>
            </select>
          </label>
          <button type="submit">{t.makeLink}</button>
        </div>
        {link && (
          <p role="status">
            {t.linkReady} <code class="link">{link}</code>
          </p>
        )}
      </form>
    </div>
  )
}

export function Access() {
  const { t, date } = useApp()
  const [tokens, setTokens] = useState<Token[] | null>(null)
  const [secret, setSecret] = useState('')
  const loadTokens = () => api<{ tokens: Token[] }>('/v1/tokens').then((r) => setTokens(r.tokens), () => setTokens([]))
  useEffect(() => void loadTokens(), [])
  const createToken = async (e: Event) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const f = new FormData(form)
    const r = await api<{ token: string }>('/v1/tokens', 'POST', { name: f.get('name'), scope: f.get('scope') })
    form.reset()
    setSecret(r.token)
    await loadTokens()
  }
  const revoke = async (id: string) => {
    await api(`/v1/tokens/${encodeURIComponent(id)}`, 'DELETE')
    await loadTokens()
  }
  const rotate = async (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    if (!confirm(t.rotateConfirm)) return
    const r = await api<{ key: string }>('/v1/project/keys/rotate', 'POST', { which: f.get('which'), overlap_hours: Number(f.get('overlap')) })
    setSecret(r.key)
  }
  return (
    <div class="stack">
      {secret && (
        <p role="status" class="card">
          {t.shownOnce} <code class="link" data-testid="secret">{secret}</code>
        </p>
      )}
      <Members />
      <div class="card">
        <h2>{t.tokens}</h2>
        {tokens === null ? (
          <p>{t.loading}</p>
        ) : (
          <ul class="plain">
            {tokens.map((k) => (
              <li key={k.id} data-testid="token">
                <strong>{k.name}</strong> <code>{k.hint}</code> {k.scope} · {date(k.created_at)} {k.revoked_at ? `· ${t.revoked}` : ''}{' '}
                {!k.revoked_at && (
                  <button type="button" class="secondary small" onClick={() => revoke(k.id)}>
                    {t.revoke}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={createToken} class="row">
          <label>
            {t.tokenName}
            <input name="name" required maxLength={100} />
          </label>
          <label>
            {t.scope}
            <select name="scope">
              <option value="read">read</option>
              <option value="write">write</option>
              <option value="admin">admin</option>
            </select>
          </label>
          <button type="submit">{t.createToken}</button>
        </form>
      </div>
      <form onSubmit={rotate} class="card stack">
        <h2>{t.rotate}</h2>
        <p class="muted">{t.rotateHint}</p>
        <div class="row">
          <label>
            {t.whichKey}
            <select name="which">
              <option value="public">{t.publicKey}</option>
              <option value="secret">{t.secretKey}</option>
            </select>
          </label>
          <label>
            {t.overlapHours}
            <input name="overlap" type="number" min={0} max={720} value={24} required />
          </label>
          <button type="submit">{t.rotate}</button>
        </div>
      </form>
    </div>
  )
}
