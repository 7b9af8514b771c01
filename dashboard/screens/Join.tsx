/** The one-time link: the owner's set-up link or a member's invitation. */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { api } from '../api'
import type { Strings } from '../i18n'
import { errorText } from './SignIn'

export function Join({ t, token, lang, onDone }: { t: Strings; token: string; lang: ComponentChildren; onDone: () => void }) {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    setBusy(true)
    try {
      await api('/auth/join', 'POST', { token, email: f.get('email'), password: f.get('password') })
      onDone()
    } catch (err) {
      setError(errorText(t, err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main class="auth">
      <div class="auth-top">
        <strong class="brand">{t.appName}</strong>
        {lang}
      </div>
      <h1>{t.createAccount}</h1>
      <p class="muted">{t.joinHint}</p>
      <form onSubmit={submit} class="card stack">
        <label>
          {t.email}
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label>
          {t.newPassword}
          <input name="password" type="password" autocomplete="new-password" minLength={10} required />
        </label>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t.join}
        </button>
      </form>
    </main>
  )
}
