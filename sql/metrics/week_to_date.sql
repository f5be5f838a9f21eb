-- purpose: the week so far against the same days of last week (weeks from Monday, today included):
--          entries into each path stage, deals won and their value, MQLs accepted by Sales
-- params: $today date
-- grain: one row per measure
with bounds as (
    select date_trunc('week', $today::date)::date as monday, $today::date + 1 as tomorrow
),

counted as (
    select
        j.*,
        b.monday,
        b.tomorrow
    from lead_journeys as j, bounds as b
),

measures as (
    select 'lead' as measure, lead_at as at, null::decimal(18, 2) as value, null as currency from counted
    union all select 'mql', mql_at, null, null from counted
    union all select 'sql', sql_at, null, null from counted
    union all select 'opportunity', opportunity_at, null, null from counted
    union all select 'customer', closed_at, deal_value, currency from counted where outcome = 'won'
)

select
    m.measure,
    count(*) filter (where m.at >= b.monday and m.at < b.tomorrow) as this_week,
    count(*) filter (where m.at >= b.monday - 7 and m.at < b.tomorrow - 7) as last_week,
    case when count(distinct m.currency) filter (where m.at >= b.monday - 7 and m.at < b.tomorrow) <= 1 then
        coalesce(sum(m.value) filter (where m.at >= b.monday and m.at < b.tomorrow), 0) end as value_this_week,
    case when count(distinct m.currency) filter (where m.at >= b.monday - 7 and m.at < b.tomorrow) <= 1 then
        coalesce(sum(m.value) filter (where m.at >= b.monday - 7 and m.at < b.tomorrow - 7), 0) end as value_last_week,
    any_value(m.currency) filter (where m.at >= b.monday - 7 and m.at < b.tomorrow) as currency
from measures as m, bounds as b
group by m.measure
order by case m.measure when 'lead' then 1 when 'mql' then 2 when 'sql' then 3 when 'opportunity' then 4 else 5 end;
