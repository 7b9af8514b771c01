/** The signed-in person: change the password, sign out here or everywhere. */
import { useState } from 'preact/hooks'
import { api } from '../api'
import { useApp } from '../context'
import { errorText } from './SignIn'

export function Account() {
  const { t, me, refresh } = useApp()
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null)
  const change = async (e: Event) => {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const f = new FormData(form)
    try {
      await api('/auth/password', 'POST', { current: f.get('current'), next: f.get('next') })
      form.reset()
      setMsg({ ok: true, text: t.passwordChanged })
    } catch (err) {
      setMsg({ ok: false, text: errorText(t, err) })
    }
  }
  const signOut = async (everywhere: boolean) => {
    await api(everywhere ? '/auth/sign-out-everywhere' : '/auth/sign-out', 'POST')
    location.hash = ''
    refresh()
  }
  return (
    <section class="stack">
      <h1>{t.account}</h1>
      <p>{me.email}</p>
      <form onSubmit={change} class="card stack">
        <h2>{t.changePassword}</h2>
        <label>
          {t.currentPassword}
          <input name="current" type="password" autocomplete="current-password" required />
        </label>
        <label>
          {t.newPassword}
          <input name="next" type="password" autocomplete="new-password" minLength={10} required />
        </label>
        {msg && (
          <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? 'ok' : 'error'}>
            {msg.text}
          </p>
        )}
        <button type="submit">{t.changePassword}</button>
      </form>
      <div class="row">
        <button type="button" onClick={() => signOut(false)}>
          {t.signOut}
        </button>
        <button type="button" class="secondary" onClick={() => signOut(true)}>
          {t.signOutEverywhere}
        </button>
      </div>
    </section>
  )
}
