-- purpose: what the team did that a trend should show beside its numbers: decisions (on the day their
--          meeting was held), imports (the demo's load aside), and where active objectives start and end
-- params: $start date, $end date (null: no bound)
-- grain: one row per event, in date order
with events as (
    select coalesce(m.held_on, m.week) as day, 'decision' as kind, d.text as label
    from decisions as d
    join meetings as m using (meeting_id)
    union all
    select started_at::date, 'import', coalesce(file_name, '#' || batch_id)
    from import_batches
    where status = 'committed' and kind <> 'demo'
    union all
    select start_date, 'start', title from objectives where status = 'active' and start_date is not null
    union all
    select deadline, 'deadline', title from objectives where status = 'active' and deadline is not null
)

select day, kind, label
from events
where ($start is null or day >= $start) and ($end is null or day <= $end)
order by day, kind, label;
