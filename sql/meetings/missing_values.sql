-- purpose: manual KPIs whose value is due in the meeting's week: active, started, and no value checked in
--          within their cadence counted back from the end of $week (weekly: this week; monthly: the last
--          4 weeks; quarterly: the last 13), with the Monday of the latest week that has a value, if any.
--          A weekly one is listed only when this week's check-in came without its value: with no check-in
--          at all, the missing check-in already names it.
-- params: $week date (a Monday)
-- grain: one row per objective
select
    o.objective_id, o.title, coalesce(o.cadence, 'weekly') as cadence,
    (select max(c.week) from checkins as c where c.objective_id = o.objective_id and c.value is not null
                                              and c.week <= $week) as last_week
from objectives as o
where o.status = 'active' and o.metric = 'manual' and o.start_date <= $week + 6
  and (o.deadline is null or o.deadline >= $week)
  and not exists (
      select 1 from checkins as c
      where c.objective_id = o.objective_id and c.value is not null and c.week <= $week
        and c.week > $week - 7 * case coalesce(o.cadence, 'weekly') when 'monthly' then 4
                                                                   when 'quarterly' then 13 else 1 end)
  and (coalesce(o.cadence, 'weekly') <> 'weekly'
       or exists (select 1 from checkins as c where c.objective_id = o.objective_id and c.week = $week))
order by o.objective_id;
