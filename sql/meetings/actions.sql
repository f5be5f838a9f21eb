-- purpose: the actions a week's meeting looks at: those still open from earlier meetings (carried over
--          until done), then those of this week's meeting, whatever their state. As of a day ($as_of: a past
--          meeting's, read on its day), one closed after it is still open, as it was then
-- params: $week date (a Monday), $as_of date (null: as they are now)
-- grain: one row per action item
with later as (
    select a.*, coalesce(a.done_at >= $as_of::date + 1, false) as closed_later
    from action_items as a
)

select
    a.action_id, a.text, a.owner, a.due_date,
    case when a.closed_later then 'open' else a.status end as status,
    case when a.closed_later then null else a.done_at end as done_at,
    case when a.closed_later then null else a.status_by end as status_by,
    a.objective_id,
    o.title as objective_title,
    m.week as meeting_week,
    m.week < $week as carried_over
from later as a
join meetings as m using (meeting_id)
left join objectives as o on o.objective_id = a.objective_id
where (m.week < $week and (a.status = 'open' or a.done_at >= $week))
   or m.week = $week
order by carried_over desc, a.due_date nulls last, a.action_id;
