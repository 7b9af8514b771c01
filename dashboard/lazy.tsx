/**
 * A screen loaded on first use (a dynamic import, its own chunk), so the first screen's
 * JavaScript stays small. Shows "Loading…" meanwhile.
 * @module
 */
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useApp } from './context'

export function lazy(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null
  return function Lazy() {
    const { t } = useApp()
    const [, ready] = useState(0)
    useEffect(() => {
      if (!loaded) void load().then((C) => ((loaded = C), ready(1)))
    }, [])
    const C = loaded
    return C ? <C /> : <p class="loading">{t.loading}</p>
  }
}
