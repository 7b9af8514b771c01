/**
 * The dashboard's only way to the server: same-origin fetch with the session cookie
 * (the browser adds the Origin header the CSRF check wants). Figures come from the API
 * as they are; the dashboard computes none of its own.
 * @module
 */

export interface FieldError {
  field: string
  message: string
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    /** The problem's field errors (422), for showing beside each field. */
    readonly errors: FieldError[] = [],
  ) {
    super(detail)
  }
}

export async function api<T = unknown>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.status === 204) return undefined as T
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new HttpError(res.status, String(data.type ?? '').replace('urn:tenpoint:problem:', ''), data.detail ?? res.statusText, Array.isArray(data.errors) ? data.errors : [])
  return data as T
}

/** `?a=1&b=2` from the defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}
