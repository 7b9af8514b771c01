/** What the settings forms share: a call that collects the problem's field errors, and their display. */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { HttpError } from '../../api'
import { useApp } from '../../context'

export type Note = { ok: boolean; text: string } | null

/** Runs a call; on a problem keeps its message and its field errors (by the API's field path). */
export function useCall() {
  const { t } = useApp()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [note, setNote] = useState<Note>(null)
  const run = async (fn: () => Promise<unknown>, okText?: string): Promise<boolean> => {
    setErrors({})
    setNote(null)
    try {
      await fn()
      if (okText) setNote({ ok: true, text: okText })
      return true
    } catch (e) {
      if (e instanceof HttpError) {
        setErrors(Object.fromEntries(e.errors.map((x) => [x.field, x.message])))
        setNote({ ok: false, text: e.code === 'last_owner' ? t.lastOwner : e.message || t.failed })
      } else setNote({ ok: false, text: t.failed })
      return false
    }
  }
  return { errors, note, setNote, run }
}

export function NoteLine({ note, testid }: { note: Note; testid?: string }) {
  if (!note) return null
  return (
    <p role={note.ok ? 'status' : 'alert'} class={note.ok ? 'ok' : 'error'} data-testid={testid}>
      {note.text}
    </p>
  )
}

/** A labelled control with its field error (if any) read as part of it. */
export function Field({ label, error, children, check }: { label: string; error?: string; children: ComponentChildren; check?: boolean }) {
  return (
    <label class={check ? 'check' : undefined}>
      {check ? children : label}
      {check ? label : children}
      {error && (
        <span class="error field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </label>
  )
}

export const lines = (s: string) =>
  s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean)
