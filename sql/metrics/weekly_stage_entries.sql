-- purpose: entries into each stage per week over the last $weeks weeks (this one included), zeros kept
--          so a quiet week shows as a dip, not as a gap
-- params: $today date, $weeks integer
-- grain: one row per week and stage
with weeks as (
    select unnest(generate_series(
        date_trunc('week', $today::date)::date - to_weeks($weeks::integer - 1),
        date_trunc('week', $today::date)::date,
        interval 7 day
    ))::date as week
),

entries as (
    select date_trunc('week', e.entered_at)::date as week, e.stage, count(*) as entries
    from stage_events as e
    join leads as l using (lead_id)
    where e.entered_at < $today::date + 1
    group by all
)

select w.week, s.code as stage, s.position, s.label_it, s.label_en, coalesce(x.entries, 0) as entries
from weeks as w
cross join stages as s
left join entries as x on x.week = w.week and x.stage = s.code
order by w.week, s.position;
