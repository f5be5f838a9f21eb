-- purpose: the check-ins of one objective (or all), newest week first
-- params: $objective_id bigint (null = every objective)
-- grain: one row per check-in
select c.checkin_id, c.objective_id, c.week, c.author, c.confidence, c.value, c.note, c.created_at, c.recorded_by
from checkins as c
where $objective_id is null or c.objective_id = $objective_id
order by c.week desc, c.author;
