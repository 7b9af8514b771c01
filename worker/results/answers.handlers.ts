/**
 * Answers for analysts: the filtered list, one answer with its history, and the two
 * analyst changes (exclude, reinstate), each logged with who, when and why.
 * @module
 */
import type { Context } from 'hono'
import type { AnswerEdit, AnswerListQuery } from '../../shared/results-contract'
import type { AppEnv } from '../deps'
import { first, rows } from '../db/store'
import type { JsonContext } from '../http/body'
import { ApiError } from '../http/problem'
import { answerStatement, decodeCursor, encodeCursor, historyStatement, pageStatement, presentAnswer, presentEdit, type AnswerRow, type EditRow } from './answers.queries'
import { excludeStatements, reinstateStatements, type EditState } from './exclusions.queries'
import { filterOf } from './filters'
import type { QueryContext } from './query'

/** Who made a change, as the log names them: `secret_key` or `token:<id>` (set by secretAuth). */
export const actorOf = (c: Context<AppEnv>): string => c.var.actor

export async function listAnswers(c: QueryContext<typeof AnswerListQuery>) {
  const { deps, project } = c.var
  const q = c.req.valid('query')
  const filter = await filterOf(deps, project, q)
  const limit = q.limit ? Number(q.limit) : 50
  const after = q.cursor ? decodeCursor(q.cursor) : null
  if (q.cursor && !after) throw new ApiError(422, 'validation_failed', 'The cursor is not one this API gave.', [{ field: 'cursor', message: 'not a cursor from next_cursor' }])
  // One row more than asked says whether there is a next page without a COUNT.
  const [rs] = await deps.db.read([pageStatement(project.id, filter, limit + 1, after)])
  const found = rows<AnswerRow>(rs)
  const page = found.slice(0, limit)
  const last = page[page.length - 1]
  const next = found.length > limit && last ? encodeCursor({ at: Number(last.createdAt), row: Number(last.rowId) }) : null
  return c.json({ answers: page.map(presentAnswer), next_cursor: next })
}

async function detail(c: Context<AppEnv>, clientId: string) {
  const { deps, project } = c.var
  const [a, h] = await deps.db.read([answerStatement(project.id, clientId), historyStatement(project.id, clientId)])
  const row = first<AnswerRow>(a)
  if (!row) throw new ApiError(404, 'not_found', 'This project has no answer with this id.')
  return { ...presentAnswer(row), history: rows<EditRow>(h).map(presentEdit) }
}

export async function getAnswer(c: Context<AppEnv, '/:id'>) {
  return c.json(await detail(c, c.req.param('id')))
}

async function change(c: JsonContext<typeof AnswerEdit, '/:id/exclude' | '/:id/reinstate'>, kind: 'exclude' | 'reinstate') {
  const { deps, project } = c.var
  const clientId = c.req.param('id')
  const req = { projectId: project.id, clientId, actor: actorOf(c), reason: c.req.valid('json').reason, now: deps.clock() }
  const rs = await deps.db.write(kind === 'exclude' ? excludeStatements(req) : reinstateStatements(req))
  if (rs[1].rows.length === 0) {
    const state = first<EditState>(rs[2])
    if (!state) throw new ApiError(404, 'not_found', 'This project has no answer with this id.')
    if (kind === 'exclude') throw new ApiError(409, 'not_counted', 'This answer is not counted: there is nothing to exclude.')
    if (Number(state.counted) === 1) throw new ApiError(409, 'already_counted', 'This answer is already counted.')
    if (Number(state.preview) === 1) throw new ApiError(409, 'preview_never_counted', 'A preview answer is never counted: it was not given by a customer.')
    throw new ApiError(409, 'slot_taken', 'This person already has a counted answer for this survey and trigger; exclude that one first.')
  }
  return c.json(await detail(c, clientId))
}

export const excludeAnswer = (c: JsonContext<typeof AnswerEdit, '/:id/exclude'>) => change(c, 'exclude')
export const reinstateAnswer = (c: JsonContext<typeof AnswerEdit, '/:id/reinstate'>) => change(c, 'reinstate')
