/**
 * A screen loaded on first use (a dynamic import, its own chunk), so the first screen's
 * JavaScript stays small. Shows "Loading…" meanwhile.
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
    return C ? h(C, props) : <p class="loading">{t.loading}</p>
  }
}
