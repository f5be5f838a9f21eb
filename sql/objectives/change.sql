-- purpose: keep one edit of an objective in its change log (who, when, old -> new)
-- params: $objective_id bigint, $changed_by varchar, $field varchar, $old_value varchar, $new_value varchar,
--         $changed_at timestamp (the app's day at the clock's time, periods.now)
insert into objective_changes (objective_id, changed_by, field, old_value, new_value, changed_at)
values ($objective_id, $changed_by, $field, $old_value, $new_value, $changed_at);
