-- purpose: the value of a manual KPI: the average of the values checked in during the latest week that has
--          any, up to $end
-- params: $objective_id bigint, $end date
-- grain: one row
select avg(value) as value
from checkins
where objective_id = $objective_id and value is not null
  and week = (select max(week) from checkins
              where objective_id = $objective_id and value is not null and week <= $end);
