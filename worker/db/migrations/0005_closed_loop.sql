CREATE TABLE `endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`kind` text DEFAULT 'webhook' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`secret` text DEFAULT '' NOT NULL,
	`previous_secret` text,
	`previous_secret_until` integer,
	`events` text DEFAULT '[]' NOT NULL,
	`filter` text DEFAULT '{}' NOT NULL,
	`config` text DEFAULT '{}' NOT NULL,
	`enabled` integer DEFAULT 1 NOT NULL,
	`disabled_reason` text,
	`disabled_at` integer,
	`failing_since` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `endpoints_project` ON `endpoints` (`project_id`,`enabled`);--> statement-breakpoint
CREATE TABLE `followup_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`followup_id` text NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`kind` text NOT NULL,
	`before` text,
	`after` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `followup_log_case` ON `followup_log` (`followup_id`,`at`);--> statement-breakpoint
CREATE TABLE `followups` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`seq` integer NOT NULL,
	`response_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`respondent_key` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`priority` text NOT NULL,
	`owner` text,
	`first_contact_due` integer NOT NULL,
	`resolution_due` integer NOT NULL,
	`contacted_at` integer,
	`resolved_at` integer,
	`closed_reason` text,
	`contact_breached_at` integer,
	`resolution_breached_at` integer,
	`warned_at` integer,
	`resurvey_at` integer,
	`scan_token` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `followups_response` ON `followups` (`project_id`,`response_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `followups_seq` ON `followups` (`project_id`,`seq`);--> statement-breakpoint
CREATE INDEX `followups_respondent` ON `followups` (`project_id`,`respondent_key`,`status`);--> statement-breakpoint
CREATE INDEX `followups_open_due` ON `followups` (`status`,`first_contact_due`);--> statement-breakpoint
CREATE INDEX `followups_resolution_due` ON `followups` (`status`,`resolution_due`);--> statement-breakpoint
CREATE INDEX `followups_resurvey` ON `followups` (`status`,`resurvey_at`);--> statement-breakpoint
CREATE INDEX `followups_scan` ON `followups` (`scan_token`);--> statement-breakpoint
CREATE INDEX `followups_list` ON `followups` (`project_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `outbox_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delivery_id` integer NOT NULL,
	`at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`status_code` integer,
	`error` text,
	`verdict` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_attempts_delivery` ON `outbox_attempts` (`delivery_id`,`at`);--> statement-breakpoint
CREATE TABLE `outbox_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`endpoint_id` text NOT NULL,
	`project_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_status_code` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_deliveries_once` ON `outbox_deliveries` (`message_id`,`endpoint_id`);--> statement-breakpoint
CREATE INDEX `outbox_deliveries_due` ON `outbox_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_deliveries_endpoint` ON `outbox_deliveries` (`endpoint_id`);--> statement-breakpoint
CREATE TABLE `outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_project` ON `outbox_messages` (`project_id`,`created_at`);