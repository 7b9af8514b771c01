DROP INDEX `responses_respondent`;--> statement-breakpoint
CREATE INDEX `responses_respondent_survey` ON `responses` (`project_id`,`respondent_key`,`survey_id`,`created_at`);