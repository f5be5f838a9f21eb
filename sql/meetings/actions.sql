-- purpose: the actions a week's meeting looks at: those still open from earlier meetings (carried over
--          until done), then those of this week's meeting, whatever their state
-- params: $week date (a Monday)
-- grain: one row per action item
select
    a.action_id, a.text, a.owner, a.due_date, a.status, a.done_at, a.status_by, a.objective_id,
    o.title as objective_title,
    m.week as meeting_week,
    m.week < $week as carried_over
from action_items as a
join meetings as m using (meeting_id)
left join objectives as o on o.objective_id = a.objective_id
where (m.week < $week and (a.status = 'open' or a.done_at >= $week))
   or m.week = $week
order by carried_over desc, a.due_date nulls last, a.action_id;
