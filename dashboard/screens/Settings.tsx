/**
 * Owners only (the server refuses an analyst's calls whatever this page shows): members
 * and keys, the project's settings, webhook endpoints and alert channels, each a section
 * with its own address (#/settings, #/settings/project, #/settings/webhooks,
 * #/settings/alerts). Loaded on first use.
 */
import { useEffect, useState } from 'preact/hooks'
import { useApp } from '../context'
import { Access } from './settings/Access'
import { Alerts } from './settings/Alerts'
import { ProjectSettings } from './settings/Project'
import { Webhooks } from './settings/Webhooks'

const section = () => location.hash.replace(/^#\/?settings\/?/, '').split('/')[0]

export function Settings() {
  const { t, me } = useApp()
  const [sub, setSub] = useState(section)
  useEffect(() => {
    const on = () => setSub(section())
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  if (me.project?.role !== 'owner')
    return (
      <section>
        <h1>{t.settings}</h1>
        <p role="alert" class="error">
          {t.ownersOnly}
        </p>
      </section>
    )
  const tabs: [string, string][] = [
    ['', t.secAccess],
    ['project', t.secProject],
    ['webhooks', t.secWebhooks],
    ['alerts', t.secAlerts],
  ]
  const current = tabs.some(([id]) => id === sub) ? sub : ''
  return (
    <section class="stack">
      <h1>{t.settings}</h1>
      <nav aria-label={t.settingsSections} class="tabs">
        {tabs.map(([id, label]) => (
          <a key={id} href={`#/settings${id ? `/${id}` : ''}`} aria-current={current === id ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {current === 'project' ? <ProjectSettings /> : current === 'webhooks' ? <Webhooks /> : current === 'alerts' ? <Alerts /> : <Access />}
    </section>
  )
}
