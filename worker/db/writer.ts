/**
 * How a unit of writes (the few statements that belong to one request) reaches the
 * database. Remote libSQL (Turso, sqld, Workers) runs each unit as one batch
 * transaction; the embedded file groups units (see embedded.ts).
 * @module
 */
import type { Client, InStatement, ResultSet } from '@libsql/client'

export interface Writer {
  /** Run the statements in one write transaction (possibly shared with other units). */
  write(stmts: InStatement[]): Promise<ResultSet[]>
}

/** One transaction per unit: for remote libSQL, where each isolate request stands alone. */
export function directWriter(client: Client): Writer {
  return { write: (stmts) => client.batch(stmts, 'write') }
}
