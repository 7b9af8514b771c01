CREATE TABLE `response_themes` (
	`project_id` text NOT NULL,
	`client_id` text NOT NULL,
	`theme` text NOT NULL,
	`sentiment` text NOT NULL,
	`position` integer NOT NULL,
	`survey_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `client_id`, `theme`)
);
--> statement-breakpoint
CREATE INDEX `response_themes_time` ON `response_themes` (`project_id`,`survey_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `response_themes_theme` ON `response_themes` (`project_id`,`theme`,`created_at`);--> statement-breakpoint
ALTER TABLE `responses` ADD `themes_version` integer DEFAULT -1 NOT NULL;--> statement-breakpoint
CREATE INDEX `responses_themes_pending` ON `responses` (`project_id`,`themes_version`) WHERE comment IS NOT NULL;