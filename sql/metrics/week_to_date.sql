-- purpose: the week so far against the same days of last week (weeks from Monday, today included):
--          entries into each path stage, and for customers the deals won and their value
-- params: $today date
-- grain: one row per path stage, in journey order
with bounds as (
    select date_trunc('week', $today::date)::date as monday, $today::date + 1 as tomorrow
),

path as (
    select code, position, outcome from stages where outcome is distinct from 'lost'
),

entries as (
    select
        p.code,
        -- a customer counts on the day the deal was won
        case when p.outcome = 'won' then (case when j.outcome = 'won' then j.closed_at end)
             else entered_at(p.code, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at, j.lost_at)
        end as at,
        case when p.outcome = 'won' then j.deal_value end as value,
        case when p.outcome = 'won' then j.currency end as currency
    from path as p
    cross join lead_journeys as j
),

this_and_last as (
    select e.*, e.at >= b.monday and e.at < b.tomorrow as this_week,
           e.at >= b.monday - 7 and e.at < b.tomorrow - 7 as last_week
    from entries as e, bounds as b
    where e.at >= b.monday - 7 and e.at < b.tomorrow
)

select
    p.code as measure,
    count(w.code) filter (where w.this_week) as this_week,
    count(w.code) filter (where w.last_week) as last_week,
    case when count(distinct w.currency) <= 1 then coalesce(sum(w.value) filter (where w.this_week), 0) end
        as value_this_week,
    case when count(distinct w.currency) <= 1 then coalesce(sum(w.value) filter (where w.last_week), 0) end
        as value_last_week,
    case when count(distinct w.currency) = 1 then any_value(w.currency) end as currency
from path as p
left join this_and_last as w on w.code = p.code
group by p.code, p.position
order by p.position;
