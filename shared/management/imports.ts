/**
 * What an import answers: counts and the refused rows with why.
 * @module
 */
import * as v from 'valibot'

export const ImportReport = v.object({
  import_id: v.string(),
  /** Data rows read (a CSV header not included). */
  rows: v.number(),
  imported: v.number(),
  /** Rows whose external id an earlier import already stored: nothing added. */
  already_imported: v.number(),
  refused: v.number(),
  /** Up to 1000 refused rows with their line and why. */
  refused_rows: v.array(v.object({ line: v.number(), external_id: v.nullable(v.string()), errors: v.array(v.object({ field: v.string(), message: v.string() })) })),
  refused_rows_truncated: v.boolean(),
})
