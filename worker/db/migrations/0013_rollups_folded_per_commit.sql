CREATE TABLE `rollup_marks` (
	`name` text PRIMARY KEY NOT NULL,
	`row_id` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
-- The rollups of new answers are no longer written by a trigger per answer: the rows a
-- transaction inserts are folded in by one statement at its end (worker/db/fold.ts, run
-- by both stores before COMMIT). The answers stored so far were rolled up by the trigger:
-- the mark starts at the newest of them.
INSERT INTO `rollup_marks` (`name`, `row_id`) VALUES ('responses', COALESCE((SELECT MAX(`row_id`) FROM `responses`), 0));
--> statement-breakpoint
DROP TRIGGER `responses_rollup_insert`;
--> statement-breakpoint
-- An edit, exclusion, reinstatement or delete moves an answer already folded (at or below
-- the mark); one not folded yet is left to the fold, which reads it as it stands then.
DROP TRIGGER `responses_rollup_update`;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_update` AFTER UPDATE OF `project_id`, `survey_id`, `created_at`, `counted`, `score`, `flags`, `channel`, `platform`, `segment`, `locale`, `returning`, `app_version`, `source` ON `responses`
  WHEN OLD.`row_id` <= (SELECT `row_id` FROM `rollup_marks` WHERE `name` = 'responses') AND (OLD.`project_id` IS NOT NEW.`project_id` OR OLD.`survey_id` IS NOT NEW.`survey_id` OR OLD.`created_at` IS NOT NEW.`created_at` OR OLD.`counted` IS NOT NEW.`counted` OR OLD.`score` IS NOT NEW.`score` OR OLD.`flags` IS NOT NEW.`flags` OR OLD.`channel` IS NOT NEW.`channel` OR OLD.`platform` IS NOT NEW.`platform` OR OLD.`segment` IS NOT NEW.`segment` OR OLD.`locale` IS NOT NEW.`locale` OR OLD.`returning` IS NOT NEW.`returning` OR OLD.`app_version` IS NOT NEW.`app_version` OR OLD.`source` IS NOT NEW.`source`)
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
DROP TRIGGER `responses_rollup_delete`;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_delete` AFTER DELETE ON `responses`
  WHEN OLD.`row_id` <= (SELECT `row_id` FROM `rollup_marks` WHERE `name` = 'responses')
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
