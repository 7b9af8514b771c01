/**
 * Query strings checked like bodies: each parameter once, unknown ones refused, the form
 * of each value checked by its schema in shared/results-contract.ts, with errors as
 * problem+json field errors. `trait.KEY` and `attribute.KEY` (when allowed) are collected
 * apart, since their names are open. The schema also documents the parameters in OpenAPI.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { resolver, uniqueSymbol } from 'hono-openapi'
import * as v from 'valibot'
import { PropertyKey } from '../../shared/results-contract'
import type { AppEnv } from '../deps'
import { fieldErrors } from '../http/body'
import { ApiError, type FieldError } from '../http/problem'

/** `trait.KEY=value` and `attribute.KEY=value` filters. */
export interface PropertyFilters {
  traits: Record<string, string>
  attributes: Record<string, string>
}

export type QueryOutput<S extends v.GenericSchema> = v.InferOutput<S> & PropertyFilters
export type QueryInput<S extends v.GenericSchema> = { in: { query: Record<string, string> }; out: { query: QueryOutput<S> } }
export type QueryContext<S extends v.GenericSchema, P extends string = string> = Context<AppEnv, P, QueryInput<S>>

/** Validate the query string; the handler reads it, typed, with `c.req.valid('query')`. */
export function queryParams<S extends v.GenericSchema>(schema: S, o: { properties?: boolean } = {}): MiddlewareHandler<AppEnv, string, QueryInput<S>> {
  const mw: MiddlewareHandler<AppEnv, string, QueryInput<S>> = async (c, next) => {
    const errors: FieldError[] = []
    const plain: Record<string, string> = {}
    const props: PropertyFilters = { traits: Object.create(null), attributes: Object.create(null) }
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (values.length !== 1) {
        errors.push({ field: name, message: 'give it once' })
        continue
      }
      const m = /^(trait|attribute)\.(.*)$/.exec(name)
      if (m && o.properties) {
        if (!PropertyKey.test(m[2])) errors.push({ field: name, message: 'keys: letters, digits, _ . - (at most 64)' })
        else if (values[0].length > 256) errors.push({ field: name, message: 'at most 256 characters' })
        else props[m[1] === 'trait' ? 'traits' : 'attributes'][m[2]] = values[0]
        continue
      }
      plain[name] = values[0]
    }
    const parsed = v.safeParse(schema, plain)
    if (!parsed.success) errors.push(...fieldErrors(parsed.issues).map((e) => (e.message === 'unknown field' ? { ...e, message: 'unknown parameter' } : e)))
    if (errors.length > 0) throw new ApiError(422, 'validation_failed', 'Some query parameters are not valid; see errors.', errors)
    c.req.addValidatedData('query', { ...(parsed.output as object), ...props })
    await next()
  }
  return Object.assign(mw, { [uniqueSymbol]: { target: 'query', ...resolver(schema) } })
}
