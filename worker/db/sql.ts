/**
 * Statements typed by the schema. Hand-written SQL (kept on the measured hot path, where
 * statements are grouped and prepared once) names its tables and columns through
 * `names(table)` and selects through `pick(table, keys)`, so a column renamed in
 * schema.ts fails `tsc` instead of production; rows come back keyed by the schema's
 * property names and typed from `$inferSelect`. Elsewhere, `stmt(qb.insert(…)…)` builds
 * the statement with drizzle and hands `{sql, args}` to the store's batches.
 * @module
 */
import type { InStatement, InValue } from '@libsql/client'
import { getTableColumns, getTableName, type Table } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/libsql/web'

/** A query builder with no connection: statements are run through the Store. */
export const qb = drizzle.mock()

/** A drizzle query as a statement for `Store.read` / `Store.write`. */
export function stmt(q: { toSQL(): { sql: string; params: unknown[] } }): InStatement {
  const { sql, params } = q.toSQL()
  return { sql, args: params as InValue[] }
}

type Columns<T extends Table> = T['_']['columns']

/**
 * The SQL names of a table and its columns, keyed by the schema's property names.
 * @example const R = names(responses); `SELECT ${R.clientId} FROM ${R.$}` // SELECT "client_id" FROM "responses"
 */
export function names<T extends Table>(t: T): { [K in keyof Columns<T>]: string } & { $: string } {
  const out: Record<string, string> = { $: `"${getTableName(t)}"` }
  for (const [k, c] of Object.entries(getTableColumns(t))) out[k] = `"${c.name}"`
  return out as { [K in keyof Columns<T>]: string } & { $: string }
}

/** A row of `T` with the columns `K`, as `pick(T, K)` selects it. */
export type Row<T extends Table, K extends keyof T['$inferSelect']> = Pick<T['$inferSelect'], K>

/**
 * A select list that returns rows keyed by property name.
 * @example pick(responses, ['clientId', 'score']) // '"client_id" AS "clientId", "score" AS "score"'
 */
export function pick<T extends Table, K extends keyof T['$inferSelect'] & string>(t: T, keys: readonly K[]): string {
  const cols = getTableColumns(t) as Record<string, { name: string }>
  return keys.map((k) => `"${cols[k].name}" AS "${k}"`).join(', ')
}
