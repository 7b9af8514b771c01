/**
 * Screens loaded on first visit (a dynamic import), so the first screen stays small.
 * @module
 */
import { h, type ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useApp } from './context'

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null
  return function Lazy(props: P) {
    const { t } = useApp()
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded)
    useEffect(() => {
      if (!loaded) void load().then((c) => setC(() => (loaded = c)))
    }, [])
    return C ? h(C, props) : <p>{t.loading}</p>
  }
}
