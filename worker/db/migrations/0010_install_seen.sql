CREATE TABLE `install_seen` (
	`project_id` text NOT NULL,
	`origin` text NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `origin`)
);
