/**
 * The libSQL schema, one source for drizzle queries and the generated migrations.
 * Times are integer milliseconds since the epoch; JSON columns hold plain text.
 * @module
 */
import { sql } from 'drizzle-orm'
import { SURVEY_KINDS } from '../../shared/nps'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const SURVEY_STATUSES = ['active', 'paused', 'archived'] as const

export const projects = sqliteTable('projects', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  publicKey: text('public_key').notNull().unique(),
  // The secret is needed in clear to check identity HMACs; lookups go through its hash.
  secretKey: text('secret_key').notNull(),
  secretKeyHash: text('secret_key_hash').notNull().unique(),
  /**
   * Signs display tokens (through a derived key). Stable across key rotations, so tokens
   * already issued stay valid for their whole life; never leaves the server.
   */
  signingSecret: text('signing_secret').notNull().default(''),
  // After a rotation the replaced key keeps working until its `…Until` time (ms), then 401.
  previousPublicKey: text('previous_public_key').unique(),
  previousPublicKeyUntil: integer('previous_public_key_until'),
  previousSecretKey: text('previous_secret_key'),
  previousSecretKeyHash: text('previous_secret_key_hash').unique(),
  previousSecretKeyUntil: integer('previous_secret_key_until'),
  settings: text('settings').notNull().default('{}'),
  createdAt: integer('created_at').notNull(),
})

/** API tokens made with the secret key: named, scoped, stored as a hash only, revocable. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull().references(() => projects.id),
    name: text('name').notNull(),
    scope: text('scope', { enum: ['read', 'write', 'admin'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The token's first characters, so people can tell their tokens apart in a list. */
    hint: text('hint').notNull(),
    createdAt: integer('created_at').notNull(),
    /** Updated at most once a minute per token. */
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('api_tokens_project').on(t.projectId, t.createdAt)],
)

export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull().references(() => projects.id),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Archived surveys are never shown nor listed by default; their answers are kept. */
    status: text('status', { enum: SURVEY_STATUSES }).notNull().default('active'),
    rules: text('rules').notNull().default('{}'),
    content: text('content').notNull().default('{}'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at'),
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
    /**
     * The project's themes version the comment was tagged with (see response_themes);
     * -1: not tagged yet (comments stored before themes existed). The background pass
     * re-tags comments whose version is below the project's.
     */
    themesVersion: integer('themes_version').notNull().default(-1),
  },
  (t) => [
    // Idempotency: a client id is unique within its tenant.
    uniqueIndex('responses_client_id').on(t.projectId, t.clientId),
    // One counted answer per respondent per survey per trigger (order, ticket or display).
    uniqueIndex('responses_counted_once')
      .on(t.projectId, t.surveyId, t.respondentKey, t.triggerKey)
      .where(sql`counted = 1`),
    // Eligibility's "last answered per survey" for one person, read from the index alone.
    index('responses_respondent_survey').on(t.projectId, t.respondentKey, t.surveyId, t.createdAt),
    index('responses_fingerprint').on(t.projectId, t.surveyId, t.fingerprint, t.createdAt),
    // Results: the answer list and export page newest first (row id is the index's tail);
    // figures read a survey's period from the index alone (counted, score and the rolled-up
    // dimensions ride along: breakdowns read the part-days at a period's ends from it).
    index('responses_project_time').on(t.projectId, t.createdAt),
    index('responses_survey_time').on(
      t.projectId, t.surveyId, t.createdAt, t.counted, t.score, t.segment, t.channel, t.platform, t.locale, t.returning, t.appVersion, t.source,
    ),
    // The re-tag pass: comments tagged with an older themes version than their project's.
    index('responses_themes_pending').on(t.projectId, t.themesVersion).where(sql`comment IS NOT NULL`),
  ],
)

/**
 * The themes of a comment (shared/themes/tag.ts), one row per theme, written with the
 * answer or its edit in the same transaction and replaced by the re-tag pass. Figures
 * join responses on (project_id, client_id) for `counted` and the score, so an analyst's
 * exclusion needs no second write here.
 */
export const responseThemes = sqliteTable(
  'response_themes',
  {
    projectId: text('project_id').notNull(),
    clientId: text('client_id').notNull(),
    theme: text('theme').notNull(),
    /** negative, positive or neutral */
    sentiment: text('sentiment').notNull(),
    /** 0.. in the order the comment names them. */
    position: integer('position').notNull(),
    surveyId: text('survey_id').notNull(),
    /** The answer's time (copied: figures range over it). */
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.clientId, t.theme] }),
    index('response_themes_time').on(t.projectId, t.surveyId, t.createdAt),
    index('response_themes_theme').on(t.projectId, t.theme, t.createdAt),
  ],
)

/**
 * Answer counts per score bucket, kept in the same transaction as the answers they count,
 * so they never drift from them: the rows a transaction inserts are folded in by one
 * set-based statement at its end (worker/db/fold.ts, run by both stores: once per group
 * commit on Node, once per batch on Workers), and triggers on `responses` (migrations
 * 0008_results_rollups, 0013_rollups_folded_per_commit) move an already folded answer when
 * it is edited, excluded, reinstated or deleted. All answers (dim '') have rows per
 * 15-minute slot (every UTC offset in use is a
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

/**
 * How far the rollups have been folded: `row_id` is the highest `responses.row_id` whose
 * answer is in `answer_rollups` (name 'responses', the one row). Row ids only grow
 * (AUTOINCREMENT), so the answers above it are exactly those not folded yet: the ones the
 * current transaction inserted (worker/db/fold.ts). The update and delete triggers leave
 * those alone; the fold reads them as they are at its end. WITHOUT ROWID (by hand in the
 * migration).
 */
export const rollupMarks = sqliteTable('rollup_marks', {
  name: text('name').primaryKey(),
  rowId: integer('row_id').notNull(),
})

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

/**
 * Rows of an import in progress, checked and ready to become responses. An import streams
 * its file into here, then moves every row into `responses` in one statement (one
 * transaction), so a file that turns out malformed halfway leaves no answer behind.
 */
export const importRows = sqliteTable(
  'import_rows',
  {
    importId: text('import_id').notNull(),
    clientId: text('client_id').notNull(),
    line: integer('line').notNull(),
    externalId: text('external_id').notNull(),
    respondentKey: text('respondent_key').notNull(),
    userId: text('user_id'),
    triggerKey: text('trigger_key').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    locale: text('locale'),
    channel: text('channel'),
    platform: text('platform').notNull(),
    attributes: text('attributes').notNull(),
    segment: text('segment'),
    payloadHash: text('payload_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    /** When the row was staged: rows of an import that died are swept after a day. */
    stagedAt: integer('staged_at').notNull(),
  },
  // By line: the move into responses reads rows in file order without sorting a million of them.
  (t) => [primaryKey({ columns: [t.importId, t.clientId] }), index('import_rows_line').on(t.importId, t.line), index('import_rows_staged').on(t.stagedAt)],
)

/**
 * Where a project's events go: a signed webhook, or an alert channel (Slack, Telegram,
 * e-mail) — every kind is delivered through the same outbox. `events` is a JSON array
 * of event types; `filter` narrows them ({"buckets": ["detractor"], "survey_id": "…"}).
 */
export const endpoints = sqliteTable(
  'endpoints',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    kind: text('kind', { enum: ['webhook', 'slack', 'telegram', 'email'] }).notNull().default('webhook'),
    /** The receiver's URL (webhook, Slack incoming webhook); empty for Telegram and e-mail. */
    url: text('url').notNull().default(''),
    description: text('description').notNull().default(''),
    /** whsec_… for webhooks; the bot token for Telegram. */
    secret: text('secret').notNull().default(''),
    /** The secret before the last rotation, still signed with until `previousSecretUntil`. */
    previousSecret: text('previous_secret'),
    previousSecretUntil: integer('previous_secret_until'),
    events: text('events').notNull().default('[]'),
    filter: text('filter').notNull().default('{}'),
    /** Channel settings: Telegram chat_id, e-mail recipients, the message language. */
    config: text('config').notNull().default('{}'),
    enabled: integer('enabled').notNull().default(1),
    disabledReason: text('disabled_reason'),
    disabledAt: integer('disabled_at'),
    /** The first failure since the last success; five days of that disables the endpoint. */
    failingSince: integer('failing_since'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('endpoints_project').on(t.projectId, t.enabled)],
)

/**
 * One event, written in the same transaction as what caused it; its payload never changes
 * once built. The deliveries it is owed (one per endpoint listening) are made by the delivery pass,
 * which marks it fanned out in the same transaction: the answer's own transaction writes
 * this one row and nothing per endpoint.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    /** msg_…: the webhook-id of every attempt and re-send. */
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    type: text('type').notNull(),
    payload: text('payload').notNull(),
    createdAt: integer('created_at').notNull(),
    /** When its deliveries were made; null until a delivery pass has fanned it out. */
    fannedAt: integer('fanned_at'),
    /**
     * response.created: the answer it is about. Its payload ('' until then) is built from
     * the stored answer by the delivery pass that fans it out, and never changes after.
     */
    responseId: text('response_id'),
  },
  (t) => [index('outbox_messages_unfanned').on(t.id).where(sql`fanned_at IS NULL`)],
)

/** A message owed to one endpoint: pending until delivered or dead; leased while being sent. */
export const outboxDeliveries = sqliteTable(
  'outbox_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: text('message_id').notNull(),
    endpointId: text('endpoint_id').notNull(),
    projectId: text('project_id').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'dead'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [
    uniqueIndex('outbox_deliveries_once').on(t.messageId, t.endpointId),
    index('outbox_deliveries_due').on(t.status, t.nextAttemptAt),
    // Newest first per endpoint: the rowid (id) order comes with the index.
    index('outbox_deliveries_endpoint').on(t.endpointId),
  ],
)

/** Every HTTP attempt of a delivery: when, how long, what came back. */
export const outboxAttempts = sqliteTable(
  'outbox_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliveryId: integer('delivery_id').notNull(),
    at: integer('at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    /** delivered, retry, gone, rejected, refused (SSRF) */
    verdict: text('verdict').notNull(),
  },
  (t) => [index('outbox_attempts_delivery').on(t.deliveryId, t.at)],
)

/** A detractor (or a VIP below 7) to call back, with its SLA clocks. */
export const followups = sqliteTable(
  'followups',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    /** Numbered per project, for round-robin owners. */
    seq: integer('seq').notNull(),
    responseId: text('response_id').notNull(),
    surveyId: text('survey_id').notNull(),
    respondentKey: text('respondent_key').notNull(),
    status: text('status', { enum: ['open', 'contacted', 'resolved', 'closed'] }).notNull().default('open'),
    priority: text('priority', { enum: ['high', 'normal'] }).notNull(),
    owner: text('owner'),
    firstContactDue: integer('first_contact_due').notNull(),
    resolutionDue: integer('resolution_due').notNull(),
    contactedAt: integer('contacted_at'),
    resolvedAt: integer('resolved_at'),
    closedReason: text('closed_reason'),
    /** Set once when each SLA is seen breached (alerted once). */
    contactBreachedAt: integer('contact_breached_at'),
    resolutionBreachedAt: integer('resolution_breached_at'),
    /** Set once when the "about to breach" alert went out. */
    warnedAt: integer('warned_at'),
    /** When the "resolution about to be breached" alert was written (once per case). */
    resolutionWarnedAt: integer('resolution_warned_at'),
    resurveyAt: integer('resurvey_at'),
    /** The SLA scan that last marked this case: its alert messages are written for exactly those rows. */
    scanToken: text('scan_token'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('followups_response').on(t.projectId, t.responseId),
    uniqueIndex('followups_seq').on(t.projectId, t.seq),
    index('followups_respondent').on(t.projectId, t.respondentKey, t.status),
    index('followups_open_due').on(t.status, t.firstContactDue),
    index('followups_resolution_due').on(t.status, t.resolutionDue),
    index('followups_resurvey').on(t.status, t.resurveyAt),
    index('followups_scan').on(t.scanToken),
    index('followups_list').on(t.projectId, t.createdAt, t.id),
  ],
)

/** Every change to a follow-up: status, owner, notes, the answer's comment edits — who and when. */
export const followupLog = sqliteTable(
  'followup_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    followupId: text('followup_id').notNull(),
    at: integer('at').notNull(),
    actor: text('actor').notNull(),
    /** status, assign, note, comment, score */
    kind: text('kind').notNull(),
    before: text('before'),
    after: text('after'),
    note: text('note'),
  },
  (t) => [index('followup_log_case').on(t.followupId, t.at)],
)

export const ROLES = ['owner', 'analyst'] as const

/** Dashboard accounts: an e-mail and a scrypt hash (see worker/accounts/password.ts). */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
})

/** Which projects an account may open, and as whom. */
export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id').notNull().references(() => users.id),
    projectId: text('project_id').notNull().references(() => projects.id),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] }), index('memberships_project').on(t.projectId)],
)

/** Signed-in browsers: the cookie's value is stored as its SHA-256 only. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    /** The project the dashboard has open; switching rewrites it. */
    projectId: text('project_id').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
)

/**
 * One-time links: the owner's set-up link printed on first start, and invitations of
 * members with a role. Stored as the token's SHA-256; used once, then kept as a record.
 */
export const accountInvites = sqliteTable('account_invites', {
  tokenHash: text('token_hash').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  role: text('role', { enum: ROLES }).notNull(),
  /** The inviting account; null for the set-up link printed by the server. */
  createdBy: text('created_by'),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
})

/**
 * Where a project's tag has been seen: the last eligibility call per page origin ("" for
 * calls without an Origin header), written at most once a minute per origin per process
 * (worker/install/seen.ts), never in the eligibility call's own write.
 */
export const installSeen = sqliteTable(
  'install_seen',
  {
    projectId: text('project_id').notNull(),
    origin: text('origin').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.origin] })],
)
