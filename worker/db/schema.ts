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
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    answeredAt: integer('answered_at'),
  },
  (t) => [
    // Once per order/ticket: a second event for the same order is a replay.
    uniqueIndex('invitations_once').on(t.projectId, t.surveyId, t.triggerKey),
    index('invitations_respondent').on(t.projectId, t.respondentKey, t.expiresAt),
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
    createdAt: integer('created_at').notNull(),
    dismissedAt: integer('dismissed_at'),
    answeredAt: integer('answered_at'),
  },
  (t) => [
    index('displays_respondent').on(t.projectId, t.respondentKey, t.createdAt),
    index('displays_session').on(t.projectId, t.sessionId),
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
    attributes: text('attributes').notNull().default('{}'),
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
  ],
)

export const aliases = sqliteTable(
  'aliases',
  {
    projectId: text('project_id').notNull(),
    anonKey: text('anon_key').notNull(),
    userKey: text('user_key').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.anonKey] }), index('aliases_user').on(t.projectId, t.userKey)],
)

export const salts = sqliteTable('salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
})
