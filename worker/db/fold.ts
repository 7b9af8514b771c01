/**
 * The rollups' side of a write transaction: the answers it inserted are folded into
 * `answer_rollups` by one set-based statement at its end, inside it, before COMMIT — not
 * by a trigger per answer. Both stores run {@link FOLD} last in every transaction they
 * commit (worker/db/store.ts: after each batch, as Workers commits one request at a time;
 * worker/runtime/node/engine.ts: once per group commit, whatever the group holds), so the
 * rollups stay exact and atomic with the answers on both runtimes. Whoever writes answers
 * with a client of their own (seeds, tests, benches) runs FOLD after them the same way;
 * answers left unfolded are not lost, the next transaction of either store folds them.
 *
 * The answers not folded yet are those above `rollup_marks.row_id` (row ids only grow).
 * They are first grouped by everything the rollups keep (survey, quarter hour, class and
 * the seven dimensions' values), so answers alike — a burst to one survey — become one row
 * before they are spread over the grains and dimensions; each spread row is then upserted
 * (rows of one key add up in the upsert). Then the mark moves up. Editing, excluding,
 * reinstating or deleting an answer already folded moves it by the update and delete
 * triggers (migrations 0008, 0013); they leave an answer not folded yet alone, as the fold
 * reads it as it stands at the end of the transaction.
 * @module
 */
import { answerRollups, responses, rollupMarks } from './schema'
import { names } from './sql'

const A = names(answerRollups)
const R = names(responses)
const M = names(rollupMarks)

/** The mark of `responses` in `rollup_marks`. */
export const RESPONSES_MARK = 'responses'

const mark = `(SELECT ${M.rowId} FROM ${M.$} WHERE ${M.name} = '${RESPONSES_MARK}')`
const QUARTER = 900_000

/** [code, dim, grain, width in ms]: the rows one answer adds (all answers at three grains, each dimension by day). */
const SPREAD: [number, string, number, number][] = [
  [0, '', 0, QUARTER],
  [0, '', 1, 86_400_000],
  [0, '', 2, 3_600_000],
  [1, 'channel', 1, 86_400_000],
  [2, 'platform', 1, 86_400_000],
  [3, 'segment', 1, 86_400_000],
  [4, 'locale', 1, 86_400_000],
  [5, 'returning', 1, 86_400_000],
  [6, 'app_version', 1, 86_400_000],
  [7, 'source', 1, 86_400_000],
]
const enc = (c: string) => `CASE WHEN n.${c} IS NULL THEN '' ELSE '=' || n.${c} END`
const VALUE = `CASE d.column1 WHEN 0 THEN '' WHEN 1 THEN ${enc('channel')} WHEN 2 THEN ${enc('platform')} WHEN 3 THEN ${enc('segment')}
  WHEN 4 THEN ${enc('locale')} WHEN 5 THEN CASE n.r WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END
  WHEN 6 THEN ${enc('app_version')} ELSE ${enc('source')} END`

/**
 * Folds the answers above the mark into the rollups. A quarter hour's start is cut again
 * to the hour and the day (truncation composes: 15 minutes divides both). NOT INDEXED: the
 * new answers are read by their row ids only, whatever the statistics say (a prototype
 * that joined the spread to `responses` before grouping was planned as a walk of the
 * whole fingerprint index, to save the GROUP BY its sort); see fold.test.ts.
 */
const FOLD_ANSWERS = `INSERT INTO ${A.$} (${A.projectId}, ${A.surveyId}, ${A.dim}, ${A.grain}, ${A.slot}, ${A.value}, ${A.class}, ${A.promoters}, ${A.passives}, ${A.detractors})
SELECT n.project_id, n.survey_id, d.column2, d.column3, n.q - n.q % d.column4, ${VALUE}, n.c, n.pr, n.pa, n.de
FROM (
  SELECT ${R.projectId} AS project_id, ${R.surveyId} AS survey_id, ${R.createdAt} - ${R.createdAt} % ${QUARTER} AS q,
    CASE WHEN ${R.counted} = 1 THEN '' ELSE ${R.flags} END AS c,
    ${R.channel} AS channel, ${R.platform} AS platform, ${R.segment} AS segment, ${R.locale} AS locale, ${R.returning} AS r, ${R.appVersion} AS app_version, ${R.source} AS source,
    SUM(${R.score} >= 9) AS pr, SUM(${R.score} BETWEEN 7 AND 8) AS pa, SUM(${R.score} <= 6) AS de
  FROM ${R.$} NOT INDEXED WHERE ${R.rowId} > ${mark}
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
) AS n CROSS JOIN (VALUES ${SPREAD.map(([k, dim, g, w]) => `(${k}, '${dim}', ${g}, ${w})`).join(', ')}) AS d
WHERE true
ON CONFLICT (${A.projectId}, ${A.surveyId}, ${A.dim}, ${A.grain}, ${A.slot}, ${A.value}, ${A.class}) DO UPDATE SET
  ${A.promoters} = ${A.promoters} + excluded.${A.promoters}, ${A.passives} = ${A.passives} + excluded.${A.passives}, ${A.detractors} = ${A.detractors} + excluded.${A.detractors}`

/** The mark up to the newest answer (written only when there is one above it). */
const MOVE_MARK = `UPDATE ${M.$} SET ${M.rowId} = (SELECT MAX(${R.rowId}) FROM ${R.$})
WHERE ${M.name} = '${RESPONSES_MARK}' AND ${M.rowId} < (SELECT MAX(${R.rowId}) FROM ${R.$})`

/** The statements that end every write transaction; they cannot fail on their own. */
export const FOLD: readonly { sql: string }[] = [{ sql: FOLD_ANSWERS }, { sql: MOVE_MARK }]
