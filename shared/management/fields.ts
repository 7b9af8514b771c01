/**
 * Field schemas the management contract shares: bounded whole numbers and names.
 * @module
 */
import * as v from 'valibot'

export const int = (min: number, max: number) =>
  v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(min, `must be ${min} to ${max}`), v.maxValue(max, `must be ${min} to ${max}`))

/** A human name for a token, a project or a survey. */
export const Name = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'at most 200 characters'),
  v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'),
)
/** A product's name as the question shows it. */
export const ProductName = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'at most 100 characters'), v.regex(/^[^\u0000-\u001f]*$/, 'no control characters'))
