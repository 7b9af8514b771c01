ALTER TABLE `outbox_messages` ADD `fanned_at` integer;--> statement-breakpoint
-- Messages written before this migration already have their deliveries.
UPDATE `outbox_messages` SET `fanned_at` = `created_at`;--> statement-breakpoint
CREATE INDEX `outbox_messages_unfanned` ON `outbox_messages` (`id`) WHERE fanned_at IS NULL;