-- purpose: conversion from stage A to stage B (docs/metrics.md). Cohort mode: among the leads that reached
--          A (entering A inside the window, when one is given), the share that reached B. Period mode:
--          entries into B inside the window over entries into A inside the window. A cohort is `maturing`
--          while its newest leads have had less time than three conversions in four take; a period's flow
--          never is. With $as_of (a comparison's), a cohort's lead converted only if it reached B by that day:
--          an earlier cohort is taken at the age the current one has (an undated B counts, as it always does).
--          With $age (days; the alerts'), each period's cohort counts a lead converted only if it reached B within
--          that many days of the period's first day: every cohort is taken at one age, so none is maturing (and
--          the typical time is not computed: on a million leads that halves the call).
-- params: $from_stage varchar, $to_stage varchar, $mode varchar (cohort, period), $by varchar,
--         $every varchar, $start date, $end date, $today date, $as_of date, $age integer,
--         $typical_days double (typical's, when a reader gives it), $f_source varchar,
--         $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value and period, each with the typical_days it used
with steps as (
    select
        (select position from stages where code = $from_stage) as a_position,
        (select position from stages where code = $to_stage) as b_position
),

base as (
    select
        j.dimension,
        -- a lead enters the first stage on its first known day, as the funnel and Spend and return count it (one
        -- with no day of its own but a later stage's came in then)
        entered_at($from_stage, coalesce(j.lead_at, j.first_at), j.mql_at, j.sql_at, j.opportunity_at, j.customer_at,
                   j.lost_at) as a_at,
        entered_at($to_stage, coalesce(j.lead_at, j.first_at), j.mql_at, j.sql_at, j.opportunity_at, j.customer_at,
                   j.lost_at) as b_at,
        case when $from_stage = 'lost' then j.is_lost else j.furthest >= s.a_position end as reached_a,
        -- the day B was reached, once, for the comparison's bound and the alerts' age alike
        reached_on($to_stage, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at, j.lost_at) as b_on,
        case when $to_stage = 'lost' then j.is_lost else j.furthest >= s.b_position end
            -- (by today, or by $as_of: a conversion dated after today has not happened yet)
            and coalesce(b_on < coalesce($as_of, $today)::date + 1, true) as reached_b
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
),

-- a flow between two dates does not mature, nor do cohorts taken at one age: only the others need the typical
-- time (and only they pay for it). It is over every lead in scope, whatever the window or grouping, so a reader
-- that runs this file several times gives the first run's typical_days to the others, which then skip the scan
-- (a million leads: 34 ms of a 52 ms call). A comparison is given the current run's too: its rows' `maturing`
-- is never compared nor shown (metrics.NOT_COMPARED).
typical as (
    select coalesce($typical_days, (
        select coalesce(quantile_cont(date_diff('second', a_at, b_at) / 86400.0, 0.75), 0)
        from base
        where $typical_days is null and $mode = 'cohort' and $age is null and reached_a and reached_b
            and b_at >= a_at
    )) as days
),

cohort as (
    select dimension, period_of($every, a_at) as period, count(*) as entered,
           count(*) filter (where reached_b and ($age is null or coalesce(
               b_on < period_of($every, a_at)::date + $age::integer + 1, true))) as converted,
           max(a_at) as newest
    from base
    where $mode = 'cohort' and reached_a and in_window(a_at, $start, $end)
    group by all
),

period_a as (
    select dimension, period_of($every, a_at) as period, count(*) as entered, max(a_at) as newest
    from base
    where $mode = 'period' and a_at is not null and in_window(a_at, $start, $end)
    group by all
),

period_b as (
    select dimension, period_of($every, b_at) as period, count(*) as converted, max(b_at) as newest
    from base
    where $mode = 'period' and b_at is not null and in_window(b_at, $start, $end)
    group by all
),

periods as (
    select
        coalesce(a.dimension, b.dimension) as dimension,
        coalesce(a.period, b.period) as period,
        coalesce(a.entered, 0) as entered,
        coalesce(b.converted, 0) as converted,
        greatest(a.newest, b.newest) as newest
    from period_a as a
    full join period_b as b on a.dimension is not distinct from b.dimension and a.period is not distinct from b.period
),

result as (
    select * from cohort
    union all
    select * from periods
)

select
    r.dimension, r.period, r.entered, r.converted, r.converted / nullif(r.entered, 0) as conversion_rate,
    $mode = 'cohort' and coalesce(r.newest > $today::date - to_days(ceil(t.days)::integer), false) as maturing,
    t.days as typical_days
from result as r
cross join typical as t
union all
select null, null, 0, 0, null, false, t.days
from typical as t
where $by is null and $every is null and not exists (select 1 from result)
order by dimension nulls first, period nulls first;
