CREATE TABLE `response_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` text NOT NULL,
	`client_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`before` text,
	`after` text,
	`actor` text NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE INDEX `response_edits_response` ON `response_edits` (`project_id`,`client_id`,`at`);--> statement-breakpoint
DROP INDEX `aliases_user`;--> statement-breakpoint
CREATE INDEX `aliases_user` ON `aliases` (`project_id`,`user_key`,`created_at`);--> statement-breakpoint
ALTER TABLE `displays` ADD `context` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `source` text DEFAULT 'server' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `platform` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `traits` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `traits_verified` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `segment` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `app_version` text;--> statement-breakpoint
ALTER TABLE `responses` ADD `returning` integer;--> statement-breakpoint
ALTER TABLE `responses` ADD `source` text DEFAULT 'widget' NOT NULL;