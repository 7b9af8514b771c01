/**
 * The one error shape: handlers throw `ApiError`, and `onError` turns every error,
 * expected or not, into an application/problem+json body — never a stack trace.
 * @module
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Problem } from '../../shared/contract'
import { DbUnavailable } from '../db/store'

export interface FieldError {
  field: string
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail)
  }
}

const TITLES: Record<string, string> = {
  validation_failed: 'The request body is not valid',
  malformed_json: 'The request body is not valid JSON',
  invalid_encoding: 'The request body is not valid UTF-8 text',
  unsupported_media_type: 'Unsupported content type',
  payload_too_large: 'The request body is too large',
  missing_key: 'An API key is required',
  unknown_key: 'The API key is not known',
  wrong_key_kind: 'Wrong kind of API key',
  insufficient_scope: 'The API token lacks the scope for this call',
  malformed_file: 'The file is malformed; nothing was imported',
  survey_archived: 'The survey is archived',
  origin_not_allowed: 'This origin may not call the API',
  invalid_token: 'The display token is not valid',
  token_expired: 'The display token has expired',
  token_mismatch: 'The display token is for another survey or project',
  unknown_survey: 'No such survey',
  not_found: 'Not found',
  idempotency_conflict: 'This response id was already used with different content',
  mixed_kinds: 'Transactional and relational surveys are never mixed',
  invalid_time_zone: "The project's time zone is not known",
  not_counted: 'The answer is not counted',
  already_counted: 'The answer is already counted',
  preview_never_counted: 'A preview answer is never counted',
  slot_taken: 'This person already has a counted answer for this survey and trigger',
  rate_limited: 'Too many requests',
  conflict: 'Changed meanwhile',
  invalid_transition: 'This status change is not allowed',
  wrong_credentials: 'Wrong e-mail or password',
  signed_out: 'Not signed in',
  link_used_or_expired: 'The link was used or has expired',
  owners_only: 'Only an owner can do this',
  last_owner: 'A project keeps at least one owner',
  not_available: 'Not available on this server',
  cross_site_request: 'Refused: the request came from another site',
  database_unavailable: 'The database is unavailable',
  internal: 'Internal error',
}

export function problemBody(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return { type: `urn:tenpoint:problem:${code}`, title: TITLES[code] ?? code, status, detail, ...(errors ? { errors } : {}) }
}

export function problemResponse(c: Context, status: ContentfulStatusCode, code: string, detail: string, errors?: FieldError[], headers?: Record<string, string>) {
  for (const [k, v] of Object.entries(headers ?? {})) c.header(k, v)
  c.header('Content-Type', 'application/problem+json')
  return c.body(JSON.stringify(problemBody(status, code, detail, errors)), status)
}

export function errorHandler(retryAfterSeconds: number) {
  return (err: Error, c: Context) => {
    if (err instanceof ApiError) return problemResponse(c, err.status, err.code, err.detail, err.errors, err.headers)
    if (err instanceof DbUnavailable) {
      return problemResponse(c, 503, 'database_unavailable', 'Nothing was stored. Retry with the same id.', undefined, {
        'Retry-After': String(retryAfterSeconds),
      })
    }
    // Unexpected: log the message only (no request data, no IPs), answer without details.
    console.error(`tenpoint: unexpected error: ${err?.message}`)
    return problemResponse(c, 500, 'internal', 'Something went wrong on our side; nothing was stored.')
  }
}
