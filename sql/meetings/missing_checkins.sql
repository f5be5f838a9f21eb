-- purpose: the owners of active objectives who have not checked in for a week yet
-- params: $week date (a Monday)
-- grain: one row per objective and owner
select o.objective_id, o.title, w.member as owner
from objectives as o
join objective_owners as w using (objective_id)
where o.status = 'active' and o.start_date <= $week + 6
  and (o.deadline is null or o.deadline >= $week)
  and not exists (select 1 from checkins as c
                  where c.objective_id = o.objective_id and c.author = w.member and c.week = $week)
order by o.objective_id, w.member;
