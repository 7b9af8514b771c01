/**
 * Leaving a screen with unsaved work: a screen sets a guard that says why leaving would
 * lose something (or null), and the router asks before following a link; closing or
 * reloading the tab is asked by the browser itself (`beforeunload`).
 * @module
 */
let guard: (() => string | null) | null = null

/** Sets the guard; the returned function removes it (if it is still this one). */
export function setLeaveGuard(g: () => string | null): () => void {
  guard = g
  const onUnload = (e: BeforeUnloadEvent) => {
    if (g()) e.preventDefault()
  }
  addEventListener('beforeunload', onUnload)
  return () => {
    removeEventListener('beforeunload', onUnload)
    if (guard === g) guard = null
  }
}

/** Whether the person may leave now: nothing unsaved, or they said so. */
export function mayLeave(): boolean {
  const why = guard?.()
  return !why || confirm(why)
}
