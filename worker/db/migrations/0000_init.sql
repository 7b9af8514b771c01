CREATE TABLE `aliases` (
	`project_id` text NOT NULL,
	`anon_key` text NOT NULL,
	`user_key` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `anon_key`)
);
--> statement-breakpoint
CREATE INDEX `aliases_user` ON `aliases` (`project_id`,`user_key`);--> statement-breakpoint
CREATE TABLE `displays` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`respondent_key` text NOT NULL,
	`session_id` text,
	`trigger_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`dismissed_at` integer,
	`answered_at` integer
);
--> statement-breakpoint
CREATE INDEX `displays_respondent` ON `displays` (`project_id`,`respondent_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `displays_session` ON `displays` (`project_id`,`session_id`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`respondent_key` text NOT NULL,
	`event` text NOT NULL,
	`trigger_key` text NOT NULL,
	`channel` text,
	`attributes` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`answered_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_once` ON `invitations` (`project_id`,`survey_id`,`trigger_key`);--> statement-breakpoint
CREATE INDEX `invitations_respondent` ON `invitations` (`project_id`,`respondent_key`,`expires_at`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`secret_key` text NOT NULL,
	`secret_key_hash` text NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_public_key_unique` ON `projects` (`public_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_secret_key_hash_unique` ON `projects` (`secret_key_hash`);--> statement-breakpoint
CREATE TABLE `responses` (
	`row_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`survey_kind` text NOT NULL,
	`client_id` text NOT NULL,
	`respondent_key` text NOT NULL,
	`anonymous_id` text NOT NULL,
	`user_id` text,
	`verified` integer DEFAULT 0 NOT NULL,
	`display_id` text,
	`trigger_key` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`locale` text,
	`channel` text,
	`attributes` text DEFAULT '{}' NOT NULL,
	`flags` text DEFAULT '[]' NOT NULL,
	`counted` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`payload_hash` text NOT NULL,
	`write_nonce` text NOT NULL,
	`created_at` integer NOT NULL,
	`commented_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_client_id` ON `responses` (`project_id`,`client_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `responses_counted_once` ON `responses` (`project_id`,`survey_id`,`respondent_key`,`trigger_key`) WHERE counted = 1;--> statement-breakpoint
CREATE INDEX `responses_respondent` ON `responses` (`project_id`,`respondent_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_fingerprint` ON `responses` (`project_id`,`survey_id`,`fingerprint`,`created_at`);--> statement-breakpoint
CREATE TABLE `salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`rules` text DEFAULT '{}' NOT NULL,
	`content` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `surveys_project` ON `surveys` (`project_id`);