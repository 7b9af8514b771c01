CREATE TABLE `answer_rollups` (
	`project_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`dim` text NOT NULL,
	`grain` integer NOT NULL,
	`slot` integer NOT NULL,
	`value` text NOT NULL,
	`class` text NOT NULL,
	`promoters` integer DEFAULT 0 NOT NULL,
	`passives` integer DEFAULT 0 NOT NULL,
	`detractors` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `display_rollups` (
	`project_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`grain` integer NOT NULL,
	`slot` integer NOT NULL,
	`displays` integer DEFAULT 0 NOT NULL,
	`dismissals` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`project_id`, `survey_id`, `grain`, `slot`)
) WITHOUT ROWID;
--> statement-breakpoint
DROP INDEX `responses_survey_time`;--> statement-breakpoint
CREATE INDEX `responses_survey_time` ON `responses` (`project_id`,`survey_id`,`created_at`,`counted`,`score`,`segment`,`channel`,`platform`,`locale`,`returning`,`app_version`,`source`);
--> statement-breakpoint
-- The figures' rollups are kept by triggers, in the same transaction as the answer or
-- display (on Node's embedded file and over libSQL HTTP alike), so they cannot drift:
-- an insert adds the row to its quarter hour, hour and day (all answers) and to its day
-- for every rolled-up dimension; an update of
-- anything they depend on (exclusion, reinstatement, score edit) takes the old row out
-- and puts the new one in; a delete takes it out. See worker/results/rollups.ts.
CREATE TRIGGER `responses_rollup_insert` AFTER INSERT ON `responses`
BEGIN
  INSERT INTO `answer_rollups` (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`, `promoters`, `passives`, `detractors`)
    SELECT NEW.project_id, NEW.survey_id, d.column1, g.column1, NEW.created_at - NEW.created_at % g.column2, d.column2,
      CASE WHEN NEW.counted = 1 THEN '' ELSE NEW.flags END, (NEW.score >= 9), (NEW.score BETWEEN 7 AND 8), (NEW.score <= 6)
    FROM (VALUES (0, 900000), (1, 86400000), (2, 3600000)) AS g,
      (VALUES ('', ''), ('channel', CASE WHEN NEW.channel IS NULL THEN '' ELSE '=' || NEW.channel END), ('platform', CASE WHEN NEW.platform IS NULL THEN '' ELSE '=' || NEW.platform END), ('segment', CASE WHEN NEW.segment IS NULL THEN '' ELSE '=' || NEW.segment END), ('locale', CASE WHEN NEW.locale IS NULL THEN '' ELSE '=' || NEW.locale END),
      ('returning', CASE NEW.`returning` WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END), ('app_version', CASE WHEN NEW.app_version IS NULL THEN '' ELSE '=' || NEW.app_version END), ('source', CASE WHEN NEW.source IS NULL THEN '' ELSE '=' || NEW.source END)) AS d
    WHERE d.column1 = '' OR g.column1 = 1
    ON CONFLICT (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`) DO UPDATE SET
      `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_update` AFTER UPDATE OF `project_id`, `survey_id`, `created_at`, `counted`, `score`, `flags`, `channel`, `platform`, `segment`, `locale`, `returning`, `app_version`, `source` ON `responses`
  WHEN OLD.`project_id` IS NOT NEW.`project_id` OR OLD.`survey_id` IS NOT NEW.`survey_id` OR OLD.`created_at` IS NOT NEW.`created_at` OR OLD.`counted` IS NOT NEW.`counted` OR OLD.`score` IS NOT NEW.`score` OR OLD.`flags` IS NOT NEW.`flags` OR OLD.`channel` IS NOT NEW.`channel` OR OLD.`platform` IS NOT NEW.`platform` OR OLD.`segment` IS NOT NEW.`segment` OR OLD.`locale` IS NOT NEW.`locale` OR OLD.`returning` IS NOT NEW.`returning` OR OLD.`app_version` IS NOT NEW.`app_version` OR OLD.`source` IS NOT NEW.`source`
BEGIN
  INSERT INTO `answer_rollups` (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`, `promoters`, `passives`, `detractors`)
    SELECT OLD.project_id, OLD.survey_id, d.column1, g.column1, OLD.created_at - OLD.created_at % g.column2, d.column2,
      CASE WHEN OLD.counted = 1 THEN '' ELSE OLD.flags END, -(OLD.score >= 9), -(OLD.score BETWEEN 7 AND 8), -(OLD.score <= 6)
    FROM (VALUES (0, 900000), (1, 86400000), (2, 3600000)) AS g,
      (VALUES ('', ''), ('channel', CASE WHEN OLD.channel IS NULL THEN '' ELSE '=' || OLD.channel END), ('platform', CASE WHEN OLD.platform IS NULL THEN '' ELSE '=' || OLD.platform END), ('segment', CASE WHEN OLD.segment IS NULL THEN '' ELSE '=' || OLD.segment END), ('locale', CASE WHEN OLD.locale IS NULL THEN '' ELSE '=' || OLD.locale END),
      ('returning', CASE OLD.`returning` WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END), ('app_version', CASE WHEN OLD.app_version IS NULL THEN '' ELSE '=' || OLD.app_version END), ('source', CASE WHEN OLD.source IS NULL THEN '' ELSE '=' || OLD.source END)) AS d
    WHERE d.column1 = '' OR g.column1 = 1
    ON CONFLICT (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`) DO UPDATE SET
      `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`;
  INSERT INTO `answer_rollups` (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`, `promoters`, `passives`, `detractors`)
    SELECT NEW.project_id, NEW.survey_id, d.column1, g.column1, NEW.created_at - NEW.created_at % g.column2, d.column2,
      CASE WHEN NEW.counted = 1 THEN '' ELSE NEW.flags END, (NEW.score >= 9), (NEW.score BETWEEN 7 AND 8), (NEW.score <= 6)
    FROM (VALUES (0, 900000), (1, 86400000), (2, 3600000)) AS g,
      (VALUES ('', ''), ('channel', CASE WHEN NEW.channel IS NULL THEN '' ELSE '=' || NEW.channel END), ('platform', CASE WHEN NEW.platform IS NULL THEN '' ELSE '=' || NEW.platform END), ('segment', CASE WHEN NEW.segment IS NULL THEN '' ELSE '=' || NEW.segment END), ('locale', CASE WHEN NEW.locale IS NULL THEN '' ELSE '=' || NEW.locale END),
      ('returning', CASE NEW.`returning` WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END), ('app_version', CASE WHEN NEW.app_version IS NULL THEN '' ELSE '=' || NEW.app_version END), ('source', CASE WHEN NEW.source IS NULL THEN '' ELSE '=' || NEW.source END)) AS d
    WHERE d.column1 = '' OR g.column1 = 1
    ON CONFLICT (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`) DO UPDATE SET
      `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_delete` AFTER DELETE ON `responses`
BEGIN
  INSERT INTO `answer_rollups` (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`, `promoters`, `passives`, `detractors`)
    SELECT OLD.project_id, OLD.survey_id, d.column1, g.column1, OLD.created_at - OLD.created_at % g.column2, d.column2,
      CASE WHEN OLD.counted = 1 THEN '' ELSE OLD.flags END, -(OLD.score >= 9), -(OLD.score BETWEEN 7 AND 8), -(OLD.score <= 6)
    FROM (VALUES (0, 900000), (1, 86400000), (2, 3600000)) AS g,
      (VALUES ('', ''), ('channel', CASE WHEN OLD.channel IS NULL THEN '' ELSE '=' || OLD.channel END), ('platform', CASE WHEN OLD.platform IS NULL THEN '' ELSE '=' || OLD.platform END), ('segment', CASE WHEN OLD.segment IS NULL THEN '' ELSE '=' || OLD.segment END), ('locale', CASE WHEN OLD.locale IS NULL THEN '' ELSE '=' || OLD.locale END),
      ('returning', CASE OLD.`returning` WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END), ('app_version', CASE WHEN OLD.app_version IS NULL THEN '' ELSE '=' || OLD.app_version END), ('source', CASE WHEN OLD.source IS NULL THEN '' ELSE '=' || OLD.source END)) AS d
    WHERE d.column1 = '' OR g.column1 = 1
    ON CONFLICT (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`) DO UPDATE SET
      `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`;
END;
--> statement-breakpoint
CREATE TRIGGER `displays_rollup_insert` AFTER INSERT ON `displays`
BEGIN
  INSERT INTO `display_rollups` (`project_id`, `survey_id`, `grain`, `slot`, `displays`, `dismissals`)
    SELECT NEW.project_id, NEW.survey_id, g.column1, NEW.created_at - NEW.created_at % g.column2, 1, (NEW.dismissed_at IS NOT NULL)
    FROM (VALUES (0, 900000), (1, 86400000)) AS g
    WHERE true
    ON CONFLICT (`project_id`, `survey_id`, `grain`, `slot`) DO UPDATE SET
      `displays` = `displays` + excluded.`displays`, `dismissals` = `dismissals` + excluded.`dismissals`;
END;
--> statement-breakpoint
CREATE TRIGGER `displays_rollup_update` AFTER UPDATE OF `project_id`, `survey_id`, `created_at`, `dismissed_at` ON `displays`
  WHEN OLD.`project_id` IS NOT NEW.`project_id` OR OLD.`survey_id` IS NOT NEW.`survey_id` OR OLD.`created_at` IS NOT NEW.`created_at` OR OLD.`dismissed_at` IS NOT NEW.`dismissed_at`
BEGIN
  INSERT INTO `display_rollups` (`project_id`, `survey_id`, `grain`, `slot`, `displays`, `dismissals`)
    SELECT OLD.project_id, OLD.survey_id, g.column1, OLD.created_at - OLD.created_at % g.column2, -1, -(OLD.dismissed_at IS NOT NULL)
    FROM (VALUES (0, 900000), (1, 86400000)) AS g
    WHERE true
    ON CONFLICT (`project_id`, `survey_id`, `grain`, `slot`) DO UPDATE SET
      `displays` = `displays` + excluded.`displays`, `dismissals` = `dismissals` + excluded.`dismissals`;
  INSERT INTO `display_rollups` (`project_id`, `survey_id`, `grain`, `slot`, `displays`, `dismissals`)
    SELECT NEW.project_id, NEW.survey_id, g.column1, NEW.created_at - NEW.created_at % g.column2, 1, (NEW.dismissed_at IS NOT NULL)
    FROM (VALUES (0, 900000), (1, 86400000)) AS g
    WHERE true
    ON CONFLICT (`project_id`, `survey_id`, `grain`, `slot`) DO UPDATE SET
      `displays` = `displays` + excluded.`displays`, `dismissals` = `dismissals` + excluded.`dismissals`;
END;
--> statement-breakpoint
CREATE TRIGGER `displays_rollup_delete` AFTER DELETE ON `displays`
BEGIN
  INSERT INTO `display_rollups` (`project_id`, `survey_id`, `grain`, `slot`, `displays`, `dismissals`)
    SELECT OLD.project_id, OLD.survey_id, g.column1, OLD.created_at - OLD.created_at % g.column2, -1, -(OLD.dismissed_at IS NOT NULL)
    FROM (VALUES (0, 900000), (1, 86400000)) AS g
    WHERE true
    ON CONFLICT (`project_id`, `survey_id`, `grain`, `slot`) DO UPDATE SET
      `displays` = `displays` + excluded.`displays`, `dismissals` = `dismissals` + excluded.`dismissals`;
END;
--> statement-breakpoint
-- Answers and displays stored before this migration.
INSERT INTO `answer_rollups` (`project_id`, `survey_id`, `dim`, `grain`, `slot`, `value`, `class`, `promoters`, `passives`, `detractors`)
  SELECT r.project_id, r.survey_id, d.column1, g.column1, r.created_at - r.created_at % g.column2 AS s,
    CASE d.column1 WHEN '' THEN '' WHEN 'channel' THEN CASE WHEN r.channel IS NULL THEN '' ELSE '=' || r.channel END WHEN 'platform' THEN CASE WHEN r.platform IS NULL THEN '' ELSE '=' || r.platform END WHEN 'segment' THEN CASE WHEN r.segment IS NULL THEN '' ELSE '=' || r.segment END WHEN 'locale' THEN CASE WHEN r.locale IS NULL THEN '' ELSE '=' || r.locale END WHEN 'returning' THEN CASE r.`returning` WHEN 1 THEN '=returning' WHEN 0 THEN '=new' ELSE '' END WHEN 'app_version' THEN CASE WHEN r.app_version IS NULL THEN '' ELSE '=' || r.app_version END ELSE CASE WHEN r.source IS NULL THEN '' ELSE '=' || r.source END END AS v,
    CASE WHEN r.counted = 1 THEN '' ELSE r.flags END AS c, SUM(r.score >= 9), SUM(r.score BETWEEN 7 AND 8), SUM(r.score <= 6)
  FROM `responses` AS r, (VALUES (0, 900000), (1, 86400000), (2, 3600000)) AS g,
    (VALUES (''), ('channel'), ('platform'), ('segment'), ('locale'), ('returning'), ('app_version'), ('source')) AS d
  WHERE d.column1 = '' OR g.column1 = 1
  GROUP BY r.project_id, r.survey_id, d.column1, g.column1, s, v, c;
--> statement-breakpoint
INSERT INTO `display_rollups` (`project_id`, `survey_id`, `grain`, `slot`, `displays`, `dismissals`)
  SELECT x.project_id, x.survey_id, g.column1, x.created_at - x.created_at % g.column2 AS s, COUNT(*), SUM(x.dismissed_at IS NOT NULL)
  FROM `displays` AS x, (VALUES (0, 900000), (1, 86400000)) AS g
  GROUP BY x.project_id, x.survey_id, g.column1, s;
