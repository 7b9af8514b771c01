CREATE INDEX `displays_survey_time` ON `displays` (`project_id`,`survey_id`,`created_at`,`dismissed_at`);--> statement-breakpoint
CREATE INDEX `invitations_survey_time` ON `invitations` (`project_id`,`survey_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_project_time` ON `responses` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_survey_time` ON `responses` (`project_id`,`survey_id`,`created_at`,`counted`,`score`);