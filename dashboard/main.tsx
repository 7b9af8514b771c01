/**
 * The dashboard at /app: a Preact app on the secret-side API with the session cookie.
 * Routes live in the URL fragment (#/overview, #/comments, …), so the server only ever
 * serves index.html and its hashed assets.
 * @module
 */
import { render } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { api, HttpError } from './api'
import { AppContext, formatters, type Me } from './context'
import { LOCALE_NAMES, LOCALES, pickLocale, type Locale } from './i18n'
import { lazy } from './lazy'
import { Account } from './screens/Account'
import { Comments } from './screens/Comments'
import { Join } from './screens/Join'
import { Overview } from './screens/Overview'
import { Segments } from './screens/Segments'
import { Surveys } from './screens/Surveys'
import { SignIn } from './screens/SignIn'
import { mayLeave } from './leave-guard'

const Install = lazy(() => import('./screens/Install').then((m) => m.Install))
const Settings = lazy(() => import('./screens/Settings').then((m) => m.Settings))
const Followups = lazy(() => import('./screens/Followups').then((m) => m.Followups))
const Themes = lazy(() => import('./screens/Themes').then((m) => m.Themes))

const useHash = () => {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const on = (e: HashChangeEvent) => {
      // Unsaved work and the person stays: back to where they were, without a new entry.
      if (!mayLeave()) return history.replaceState(history.state, '', e.oldURL)
      setHash(location.hash)
    }
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return hash.replace(/^#\/?/, '')
}

function App() {
  const [locale, setLocale] = useState<Locale>(() => pickLocale(localStorage.getItem('tp_locale'), navigator.languages ?? [navigator.language]))
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const route = useHash()
  const t = LOCALES[locale]
  const load = () =>
    api<Me>('/auth/me').then(setMe, (e) => {
      if (e instanceof HttpError && e.status === 401) setMe(null)
      else setMe(null)
    })
  useEffect(() => void load(), [])
  useEffect(() => {
    document.documentElement.lang = locale
    localStorage.setItem('tp_locale', locale)
  }, [locale])
  const fmt = useMemo(() => formatters(locale), [locale])

  const langSwitch = (
    <label class="lang">
      <span class="sr-only">{t.language}</span>
      <select value={locale} onChange={(e) => setLocale((e.target as HTMLSelectElement).value as Locale)}>
        {Object.entries(LOCALE_NAMES).map(([k, name]) => (
          <option value={k} key={k}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )

  if (route.startsWith('join/')) {
    return (
      <Join t={t} token={route.slice(5)} lang={langSwitch} onDone={() => ((location.hash = '#/overview'), load())} />
    )
  }
  if (me === undefined) return <p class="loading">{t.loading}</p>
  if (me === null) return <SignIn t={t} lang={langSwitch} onDone={load} />

  // #/screen/<id>?filters: the screen, an object in it (a follow-up case), filters a link sets.
  const path = route.split('?')[0].split('/')
  const screen = path[0] || 'overview'
  const owner = me.project?.role === 'owner'
  const nav: [string, string][] = [
    ['overview', t.overview],
    ['segments', t.segments],
    ['comments', t.comments],
    ['themes', t.themes],
    ['followups', t.followups],
    ['surveys', t.surveys],
    ['install', t.install],
    ['account', t.account],
    ...(owner ? ([['settings', t.settings]] as [string, string][]) : []),
  ]
  const switchProject = async (id: string) => {
    await api('/auth/project', 'POST', { project_id: id })
    load()
  }
  return (
    <AppContext.Provider value={{ t, locale, me, ...fmt, refresh: load }}>
      <header class="top">
        <strong class="brand">{t.appName}</strong>
        {me.projects.length > 1 ? (
          <label>
            <span class="sr-only">{t.project}</span>
            <select value={me.project?.id} onChange={(e) => switchProject((e.target as HTMLSelectElement).value)}>
              {me.projects.map((p) => (
                <option value={p.id} key={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span class="project">{me.project?.name}</span>
        )}
        <nav aria-label={t.appName}>
          {nav.map(([id, label]) => (
            <a href={`#/${id}`} key={id} aria-current={screen === id ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        {langSwitch}
      </header>
      <main key={me.project?.id}>
        {screen === 'segments' ? <Segments /> : screen === 'comments' ? <Comments /> : screen === 'themes' ? <Themes /> : screen === 'followups' ? <Followups id={path[1] ? decodeURIComponent(path[1]) : undefined} /> : screen === 'surveys' ? <Surveys /> : screen === 'install' ? <Install /> : screen === 'account' ? <Account /> : screen === 'settings' ? <Settings /> : <Overview />}
      </main>
    </AppContext.Provider>
  )
}

render(<App />, document.getElementById('app')!)
