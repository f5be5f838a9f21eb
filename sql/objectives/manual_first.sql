-- purpose: where a manual KPI started: the average of the values checked in during the earliest week
--          that has any (its baseline when none was given)
-- params: $objective_id bigint
-- grain: one row
select avg(value) as value
from checkins
where objective_id = $objective_id and value is not null
  and week = (select min(week) from checkins where objective_id = $objective_id and value is not null);
