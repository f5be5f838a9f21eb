-- purpose: the change log of one objective, newest first
-- params: $objective_id bigint
-- grain: one row per change
select changed_at, changed_by, field, old_value, new_value
from objective_changes
where objective_id = $objective_id
order by changed_at desc, change_id desc;
