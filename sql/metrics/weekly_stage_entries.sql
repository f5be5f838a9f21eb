-- purpose: entries into each stage per week over the last $weeks weeks (this one included), zeros kept
--          so a quiet week shows as a dip, not as a gap. An entry is a lead's first dated entry into the
--          stage (lead: its first known day; customer: the day the deal was won), as period conversion
--          and the Overview's week-to-date count them.
-- params: $today date, $weeks integer
-- grain: one row per week and stage
with weeks as (
    select unnest(generate_series(
        date_trunc('week', $today::date)::date - to_weeks($weeks::integer - 1),
        date_trunc('week', $today::date)::date,
        interval 7 day
    ))::date as week
),

dated as (
    select unnest([
        {'stage': 'lead', 'entered': lead_at}, {'stage': 'mql', 'entered': mql_at},
        {'stage': 'sql', 'entered': sql_at}, {'stage': 'opportunity', 'entered': opportunity_at},
        {'stage': 'customer', 'entered': case when outcome = 'won' then closed_at end},
        {'stage': 'lost', 'entered': lost_at}
    ], recursive := true)
    from lead_journeys
),

entries as (
    select date_trunc('week', entered)::date as week, stage, count(*) as entries
    from dated
    where entered >= (select min(week) from weeks) and entered < $today::date + 1
    group by all
)

select w.week, s.code as stage, s.position, s.label_it, s.label_en, coalesce(x.entries, 0) as entries
from weeks as w
cross join stages as s
left join entries as x on x.week = w.week and x.stage = s.code
order by w.week, s.position;
