CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`token_hash` text NOT NULL,
	`hint` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_project` ON `api_tokens` (`project_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `import_rows` (
	`import_id` text NOT NULL,
	`client_id` text NOT NULL,
	`line` integer NOT NULL,
	`external_id` text NOT NULL,
	`respondent_key` text NOT NULL,
	`user_id` text,
	`trigger_key` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`locale` text,
	`channel` text,
	`platform` text NOT NULL,
	`attributes` text NOT NULL,
	`segment` text,
	`payload_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`staged_at` integer NOT NULL,
	PRIMARY KEY(`import_id`, `client_id`)
);
--> statement-breakpoint
CREATE INDEX `import_rows_line` ON `import_rows` (`import_id`,`line`);--> statement-breakpoint
CREATE INDEX `import_rows_staged` ON `import_rows` (`staged_at`);--> statement-breakpoint
ALTER TABLE `projects` ADD `signing_secret` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `projects` ADD `previous_public_key` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `previous_public_key_until` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `previous_secret_key` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `previous_secret_key_hash` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `previous_secret_key_until` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `projects_previous_public_key_unique` ON `projects` (`previous_public_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `projects_previous_secret_key_hash_unique` ON `projects` (`previous_secret_key_hash`);--> statement-breakpoint
ALTER TABLE `surveys` ADD `updated_at` integer;--> statement-breakpoint
-- Display tokens were signed with a key derived from the secret key; carrying it over as
-- the signing secret keeps the tokens already issued valid through this migration.
UPDATE `projects` SET `signing_secret` = `secret_key` WHERE `signing_secret` = '';