/**
 * Secret-side calls for route tests: a request with a given key or token, and a token
 * of a given scope made through the API itself.
 * @module
 */
import type { TestWorld } from './app'

export function asKey(w: TestWorld, key: string) {
  return (method: string, path: string, body?: unknown) =>
    Promise.resolve(
      w.app.request(path, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
}

/** A new API token of this scope, created with the project's secret key. */
export async function tokenFor(w: TestWorld, scope: 'read' | 'write' | 'admin', name = `${scope} token`): Promise<string> {
  const r = await asKey(w, w.project.secretKey)('POST', '/v1/tokens', { name, scope })
  if (r.status !== 201) throw new Error(`token: ${r.status} ${await r.text()}`)
  return (await r.json()).token
}
