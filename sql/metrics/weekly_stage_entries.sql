-- purpose: entries into each stage per week from the week of $start to the week of $end, zeros kept so a
--          quiet week shows as a dip, not as a gap; only entries inside [$start, $end] count (the pages mark
--          weeks cut by the window, or not over yet, as partial). An entry is a lead's first dated entry into
--          the stage (lead: its first known day; customer: the day the deal was won), as period conversion
--          and the spend and return metrics count them.
-- params: $start date, $end date, $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar,
--         $f_owner varchar, $f_product varchar
-- grain: one row per week and stage
with weeks as (
    select unnest(generate_series(
        period_of('week', $start::date), period_of('week', $end::date), interval 7 day
    ))::date as week
),

-- each stage's dates filtered by the window where they are read, not unnested into six rows per lead first: the
-- Overview's two calls 170 -> 79 ms on a million leads
journeys as not materialized (
    select * from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

dated as (
    select 'lead' as stage, coalesce(lead_at, first_at) as entered from journeys
    where in_window(coalesce(lead_at, first_at), $start, $end)
    union all select 'mql', mql_at from journeys where in_window(mql_at, $start, $end)
    union all select 'sql', sql_at from journeys where in_window(sql_at, $start, $end)
    union all select 'opportunity', opportunity_at from journeys where in_window(opportunity_at, $start, $end)
    union all select 'customer', closed_at from journeys where outcome = 'won' and in_window(closed_at, $start, $end)
    union all select 'lost', lost_at from journeys where in_window(lost_at, $start, $end)
),

entries as (
    select period_of('week', entered) as week, stage, count(*) as entries
    from dated
    group by all
)

select w.week, s.code as stage, s.position, s.label_it, s.label_en, coalesce(x.entries, 0) as entries
from weeks as w
cross join stages as s
left join entries as x on x.week = w.week and x.stage = s.code
order by w.week, s.position;
