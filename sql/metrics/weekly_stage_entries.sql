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

dated as (
    select unnest([
        {'stage': 'lead', 'entered': coalesce(lead_at, first_at)}, {'stage': 'mql', 'entered': mql_at},
        {'stage': 'sql', 'entered': sql_at}, {'stage': 'opportunity', 'entered': opportunity_at},
        {'stage': 'customer', 'entered': case when outcome = 'won' then closed_at end},
        {'stage': 'lost', 'entered': lost_at}
    ], recursive := true)
    from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

entries as (
    select period_of('week', entered) as week, stage, count(*) as entries
    from dated
    where in_window(entered, $start, $end)
    group by all
)

select w.week, s.code as stage, s.position, s.label_it, s.label_en, coalesce(x.entries, 0) as entries
from weeks as w
cross join stages as s
left join entries as x on x.week = w.week and x.stage = s.code
order by w.week, s.position;
