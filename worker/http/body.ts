/**
 * Strict JSON bodies: content type, size (413 before parsing), UTF-8 that is really
 * UTF-8, no lone surrogates, then the valibot schema with unknown fields refused. The
 * same middleware carries the schema to the OpenAPI generator, so docs and validation
 * cannot drift apart.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../deps'
import { resolver, uniqueSymbol } from 'hono-openapi'
import * as v from 'valibot'
import { ApiError, type FieldError } from './problem'

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

async function readLimited(c: Context, limit: number): Promise<Uint8Array> {
  const length = c.req.header('content-length')
  const declared = length === undefined ? NaN : Number(length)
  if (declared > limit) throw tooLarge(limit)
  if (declared >= 0) {
    // Declared and small enough: let the adapter read it the fast way, then trust nothing.
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    if (bytes.byteLength > limit) throw tooLarge(limit)
    return bytes
  }
  const stream = c.req.raw.body
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const ch of chunks) {
    out.set(ch, at)
    at += ch.byteLength
  }
  return out
}

const tooLarge = (limit: number) => new ApiError(413, 'payload_too_large', `Bodies may be at most ${limit} bytes.`)

function containsLoneSurrogate(x: unknown): string | null {
  if (typeof x === 'string') return LONE_SURROGATE.test(x) ? '' : null
  if (x && typeof x === 'object') {
    for (const [k, val] of Object.entries(x)) {
      if (LONE_SURROGATE.test(k)) return k
      const inner = containsLoneSurrogate(val)
      if (inner !== null) return inner ? `${k}.${inner}` : k
    }
  }
  return null
}

export function fieldErrors(issues: v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((i) => {
    const path = v.getDotPath(i)
    const unknownKey = i.kind === 'schema' && i.type === 'strict_object' && i.expected === 'never'
    return { field: path ?? '(body)', message: unknownKey ? 'unknown field' : i.message }
  })
}

/** What a route's handler sees after `jsonBody(schema)`: `c.req.valid('json')` is the checked body. */
export type JsonInput<S extends v.GenericSchema> = { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }
export type JsonContext<S extends v.GenericSchema, P extends string = string> = Context<AppEnv, P, JsonInput<S>>

/** Parse and validate the JSON body; the handler reads it, typed, with `c.req.valid('json')`. */
export function jsonBody<S extends v.GenericSchema>(schema: S): MiddlewareHandler<AppEnv, string, JsonInput<S>> {
  const mw: MiddlewareHandler<AppEnv, string, JsonInput<S>> = async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/json') {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.')
    }
    const bytes = await readLimited(c, c.var.deps.config.bodyLimitBytes)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new ApiError(400, 'invalid_encoding', 'The body must be UTF-8.')
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new ApiError(400, 'malformed_json', 'The body could not be parsed as JSON.')
    }
    const bad = containsLoneSurrogate(json)
    if (bad !== null) {
      throw new ApiError(400, 'invalid_encoding', 'Text must not contain lone UTF-16 surrogates.', [{ field: bad || '(body)', message: 'lone surrogate' }])
    }
    const parsed = v.safeParse(schema, json)
    if (!parsed.success) {
      throw new ApiError(422, 'validation_failed', 'Some fields are not valid; see errors.', fieldErrors(parsed.issues))
    }
    c.req.addValidatedData('json', parsed.output as object)
    await next()
  }
  // Let hono-openapi document the request body from the very schema used above.
  return Object.assign(mw, { [uniqueSymbol]: { target: 'json', ...resolver(schema) } })
}
