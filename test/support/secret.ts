/**
 * Secret-side calls for route tests: a request with a given key or token, and a token
 * of a given scope made through the API itself.
 * @module
 */
import type { TestWorld } from './app'

/** A raw (non-JSON) body and its content type, e.g. a CSV upload. */
export interface RawBody {
  raw: string
  type: string
}

export function asKey(w: TestWorld, key: string) {
  return (method: string, path: string, body?: unknown) => {
    const raw = body && typeof body === 'object' && 'raw' in body ? (body as RawBody) : null
    return Promise.resolve(
      w.app.request(path, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': raw ? raw.type : 'application/json' }) },
        body: body === undefined ? undefined : raw ? raw.raw : JSON.stringify(body),
      }),
    )
  }
}

/** A new API token of this scope, created with the project's secret key. */
export async function tokenFor(w: TestWorld, scope: 'read' | 'write' | 'admin', name = `${scope} token`): Promise<string> {
  const r = await asKey(w, w.project.secretKey)('POST', '/v1/tokens', { name, scope })
  if (r.status !== 201) throw new Error(`token: ${r.status} ${await r.text()}`)
  return (await r.json()).token
}
