/**
 * The libSQL schema, one source for drizzle queries and the generated migrations.
 * Times are integer milliseconds since the epoch; JSON columns hold plain text.
 * @module
 */
import { sql } from 'drizzle-orm'
import { SURVEY_KINDS } from '../../shared/nps'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const projects = sqliteTable('projects', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  publicKey: text('public_key').notNull().unique(),
  // The secret is needed in clear to check identity HMACs; lookups go through its hash.
  secretKey: text('secret_key').notNull(),
  secretKeyHash: text('secret_key_hash').notNull().unique(),
  settings: text('settings').notNull().default('{}'),
  createdAt: integer('created_at').notNull(),
})

export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull().references(() => projects.id),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['active', 'paused'] }).notNull().default('active'),
    rules: text('rules').notNull().default('{}'),
    content: text('content').notNull().default('{}'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('surveys_project').on(t.projectId)],
)

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    surveyId: text('survey_id').notNull(),
    respondentKey: text('respondent_key').notNull(),
    event: text('event').notNull(),
    triggerKey: text('trigger_key').notNull(),
    channel: text('channel'),
    attributes: text('attributes').notNull().default('{}'),
    /** `server`: the product's backend (secret key), authoritative; `client`: a page's track(). */
    source: text('source', { enum: ['server', 'client'] }).notNull().default('server'),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    answeredAt: integer('answered_at'),
  },
  (t) => [
    // Once per order/ticket: a second event for the same order is a replay.
    uniqueIndex('invitations_once').on(t.projectId, t.surveyId, t.triggerKey),
    index('invitations_respondent').on(t.projectId, t.respondentKey, t.expiresAt),
    // Results: the invitation funnel of a survey in a period.
    index('invitations_survey_time').on(t.projectId, t.surveyId, t.createdAt),
  ],
)

export const displays = sqliteTable(
  'displays',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    surveyId: text('survey_id').notNull(),
    respondentKey: text('respondent_key').notNull(),
    sessionId: text('session_id'),
    triggerKey: text('trigger_key').notNull(),
    /** Who was shown it, as the page told us at the time: JSON {traits, traits_verified, locale, channel, platform}. */
    context: text('context').notNull().default('{}'),
    createdAt: integer('created_at').notNull(),
    dismissedAt: integer('dismissed_at'),
    answeredAt: integer('answered_at'),
  },
  (t) => [
    index('displays_respondent').on(t.projectId, t.respondentKey, t.createdAt),
    index('displays_session').on(t.projectId, t.sessionId),
    // Results: displays and dismissals of a survey in a period, from the index alone.
    index('displays_survey_time').on(t.projectId, t.surveyId, t.createdAt, t.dismissedAt),
  ],
)

export const responses = sqliteTable(
  'responses',
  {
    rowId: integer('row_id').primaryKey({ autoIncrement: true }),
    projectId: text('project_id').notNull(),
    surveyId: text('survey_id').notNull(),
    surveyKind: text('survey_kind').notNull(),
    clientId: text('client_id').notNull(),
    respondentKey: text('respondent_key').notNull(),
    anonymousId: text('anonymous_id').notNull(),
    userId: text('user_id'),
    verified: integer('verified').notNull().default(0),
    displayId: text('display_id'),
    triggerKey: text('trigger_key').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    locale: text('locale'),
    channel: text('channel'),
    /** web, ios or android: from the channel or the webview bridge. */
    platform: text('platform'),
    /** The invitation's attributes (trusted: they came from the backend). */
    attributes: text('attributes').notNull().default('{}'),
    /** The person's traits from identify; `traitsVerified` is 0 when the identity was not verified. */
    traits: text('traits').notNull().default('{}'),
    traitsVerified: integer('traits_verified').notNull().default(0),
    segment: text('segment'),
    appVersion: text('app_version'),
    /** 1 when the person was first seen by the project more than `newWithinDays` before this answer. */
    returning: integer('returning'),
    /** widget, api or import. */
    source: text('source').notNull().default('widget'),
    flags: text('flags').notNull().default('[]'),
    counted: integer('counted').notNull(),
    fingerprint: text('fingerprint').notNull(),
    payloadHash: text('payload_hash').notNull(),
    writeNonce: text('write_nonce').notNull(),
    createdAt: integer('created_at').notNull(),
    commentedAt: integer('commented_at'),
  },
  (t) => [
    // Idempotency: a client id is unique within its tenant.
    uniqueIndex('responses_client_id').on(t.projectId, t.clientId),
    // One counted answer per respondent per survey per trigger (order, ticket or display).
    uniqueIndex('responses_counted_once')
      .on(t.projectId, t.surveyId, t.respondentKey, t.triggerKey)
      .where(sql`counted = 1`),
    index('responses_respondent').on(t.projectId, t.respondentKey, t.createdAt),
    index('responses_fingerprint').on(t.projectId, t.surveyId, t.fingerprint, t.createdAt),
    // Results: the answer list and export page newest first (row id is the index's tail);
    // figures read a survey's period from the index alone (counted, score and the rolled-up
    // dimensions ride along: breakdowns read the part-days at a period's ends from it).
    index('responses_project_time').on(t.projectId, t.createdAt),
    index('responses_survey_time').on(
      t.projectId, t.surveyId, t.createdAt, t.counted, t.score, t.segment, t.channel, t.platform, t.locale, t.returning, t.appVersion, t.source,
    ),
  ],
)

/**
 * Answer counts per score bucket, kept by triggers on `responses` (migration
 * 0004_results_rollups) in the same transaction as the answer, so they never drift from
 * it. All answers (dim '') have rows per 15-minute slot (every UTC offset in use is a
 * whole quarter hour, so any local day, week or month boundary falls on one), hour and
 * UTC day; the fixed dimensions per UTC day only (a period's part-days at its ends are
 * read from the answers). See worker/results/rollups.ts.
 *
 * - `dim`: '' (all answers), channel, platform, segment, locale, returning, app_version, source.
 * - `value`: '' when the answer has none, else '=' followed by the value ('=VIP', '=new').
 * - `class`: '' for counted answers, else the stored `flags` text (the reason is named by the worker).
 * - `grain`: 0 = 15-minute slot, 1 = UTC day, 2 = hour; `slot`: the slot's start, epoch ms.
 *
 * The table is WITHOUT ROWID (added by hand to the generated migration).
 */
export const answerRollups = sqliteTable(
  'answer_rollups',
  {
    projectId: text('project_id').notNull(),
    surveyId: text('survey_id').notNull(),
    dim: text('dim').notNull(),
    grain: integer('grain').notNull(),
    slot: integer('slot').notNull(),
    value: text('value').notNull(),
    class: text('class').notNull(),
    promoters: integer('promoters').notNull().default(0),
    passives: integer('passives').notNull().default(0),
    detractors: integer('detractors').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.surveyId, t.dim, t.grain, t.slot, t.value, t.class] })],
)

/** Displays and dismissals per survey and slot (grains as in `answerRollups`), kept by triggers on `displays`. */
export const displayRollups = sqliteTable(
  'display_rollups',
  {
    projectId: text('project_id').notNull(),
    surveyId: text('survey_id').notNull(),
    grain: integer('grain').notNull(),
    slot: integer('slot').notNull(),
    displays: integer('displays').notNull().default(0),
    dismissals: integer('dismissals').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.surveyId, t.grain, t.slot] })],
)

export const aliases = sqliteTable(
  'aliases',
  {
    projectId: text('project_id').notNull(),
    anonKey: text('anon_key').notNull(),
    userKey: text('user_key').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  // Newest first per user: only the most recent merged anonymous ids are read (see respondents.ts).
  (t) => [primaryKey({ columns: [t.projectId, t.anonKey] }), index('aliases_user').on(t.projectId, t.userKey, t.createdAt)],
)

/** Every change to a stored answer after it landed: comment edits, score changes, analyst exclusions. */
export const responseEdits = sqliteTable(
  'response_edits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: text('project_id').notNull(),
    clientId: text('client_id').notNull(),
    at: integer('at').notNull(),
    /** comment, score, exclude, reinstate */
    kind: text('kind').notNull(),
    before: text('before'),
    after: text('after'),
    /** `respondent` for the browser that answered; a token or account name otherwise. */
    actor: text('actor').notNull(),
    reason: text('reason'),
  },
  (t) => [index('response_edits_response').on(t.projectId, t.clientId, t.at)],
)

export const salts = sqliteTable('salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
})
