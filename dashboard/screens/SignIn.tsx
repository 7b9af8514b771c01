/** Sign in with e-mail and password; one message whether the e-mail or the password is wrong. */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { api, HttpError } from '../api'
import type { Strings } from '../i18n'

export function errorText(t: Strings, e: unknown): string {
  if (e instanceof HttpError) {
    if (e.code === 'wrong_credentials') return t.wrongCredentials
    if (e.code === 'link_used_or_expired') return t.linkUsed
    if (e.status === 429) return t.tooMany
    if (e.status === 422) return e.message
  }
  return t.failed
}

export function SignIn({ t, lang, onDone }: { t: Strings; lang: ComponentChildren; onDone: () => void }) {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    const f = new FormData(e.target as HTMLFormElement)
    setBusy(true)
    try {
      await api('/auth/sign-in', 'POST', { email: f.get('email'), password: f.get('password') })
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
      <h1>{t.signIn}</h1>
      <form onSubmit={submit} class="card stack">
        <label>
          {t.email}
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
    </main>
  )
}
