DROP INDEX `outbox_messages_project`;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `fanned_at` integer;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `response_id` text;--> statement-breakpoint
-- Messages written before this migration already have their deliveries and payloads.
UPDATE `outbox_messages` SET `fanned_at` = `created_at`;--> statement-breakpoint
CREATE INDEX `outbox_messages_unfanned` ON `outbox_messages` (`id`) WHERE fanned_at IS NULL;