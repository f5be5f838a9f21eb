-- purpose: the hand-off, Marketing's internal customer (the Sales/Marketing SLA): MQLs entering in the
--          window, how many Sales accepted (reached SQL), the acceptance rate, the median days from MQL to
--          SQL, and the backlog: MQLs neither accepted nor lost by the day it is read on whose MQL entry is
--          more than $backlog_days days before it. That day is $today, or $as_of for a comparison: today less the
--          shift, so a finished window and its comparison are read at the same moment (docs/metrics.md). By owner,
--          the group is the accountable Sales person (journeys_in grouped by 'accountable'): an MQL not yet with a
--          Sales owner is `assigned` false, its own row, first when it has a backlog.
--          A group is `maturing` while its newest MQLs have had less time than three acceptances in four take.
--          With $as_of (a comparison's), the MQLs count as accepted, and their days to accept, only by that day:
--          an earlier window is taken at the age the current one has, as a cohort is (funnel.sql).
-- params: $by varchar, $every varchar, $start date, $end date, $today date, $as_of date, $backlog_days integer,
--         $typical_days double (typical's, when a reader gives it), $f_source varchar, $f_campaign varchar,
--         $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value (accountable person, by owner) and period, each with the typical_days it used
with steps as (
    select
        (select position from stages where code = 'mql') as mql_position,
        (select position from stages where code = 'sql') as sql_position
),

-- every MQL in scope, whatever its day: the typical time to accept comes from all of them, as conversion.sql's
-- does (a window whose MQLs none was accepted yet took 0 days, and a young group was never maturing). Read twice
-- (the window's MQLs, the typical time) and not materialized: keeping half a million journeys aside cost more than
-- reading them again (a million leads: 72 -> 50 ms a call, and the hand-off page makes six)
scoped as not materialized (
    select j.*
    from journeys_in(case when $by = 'owner' then 'accountable' else $by end, $f_source, $f_campaign,
                     $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
    where j.furthest >= s.mql_position
),

mqls as (
    select
        j.dimension, j.assigned, period_of($every, j.mql_at) as period, j.mql_at, j.sql_at, j.is_lost,
        -- (by today, or by $as_of: an acceptance dated after today has not happened yet)
        j.furthest >= s.sql_position and coalesce(reached_on('sql', j.lead_at, j.mql_at, j.sql_at, j.opportunity_at,
            j.customer_at, j.lost_at) < coalesce($as_of, $today)::date + 1, true) as accepted,
        -- as of the day the backlog is read on (today, a past meeting's day, a comparison's today less the shift)
        waiting_on(coalesce($as_of, $today), j.furthest, s.sql_position, j.sql_at, j.opportunity_at, j.customer_at,
                   j.is_lost, j.lost_at) as waiting
    from scoped as j
    cross join steps as s
    where in_window(j.mql_at, $start, $end)
),

-- the days three acceptances in four take, over every MQL in scope: the same whatever the window, grouping or
-- comparison, so a reader that runs this file several times gives the first run's typical_days to the others,
-- which then skip the scan (a third of a run on a million leads)
typical as (
    select coalesce($typical_days, (
        select coalesce(quantile_cont(date_diff('second', j.mql_at, j.sql_at) / 86400.0, 0.75), 0)
        from scoped as j
        cross join steps as s
        where $typical_days is null and j.furthest >= s.sql_position and j.sql_at >= j.mql_at
    )) as days
),

result as (
    select
        dimension,
        period,
        any_value(assigned) as assigned,
        count(*) as mqls,
        count(*) filter (where accepted) as accepted,
        -- as velocity.sql: an SQL on the MQL's own day with no time took 0 days; one dated before it is left out
        median(greatest(date_diff('second', mql_at, sql_at) / 86400.0, 0))
            filter (where accepted and sql_at::date >= mql_at::date) as median_days_to_accept,
        count(*) filter (where waiting and mql_at < coalesce($as_of, $today)::date - to_days($backlog_days::integer))
            as backlog,
        max(mql_at) as newest
    from mqls
    group by dimension, period
),

shaped as (
    select
        r.dimension, r.period, r.mqls, r.accepted, r.accepted / nullif(r.mqls, 0) as acceptance_rate,
        r.median_days_to_accept, r.backlog, r.assigned,
        coalesce(r.newest > $today::date - to_days(ceil(t.days)::integer), false) as maturing, t.days as typical_days,
        -- by owner: not yet assigned first while it holds a backlog, last when it holds none
        case
            when $by is distinct from 'owner' or r.dimension is not null then 1
            when sum(r.backlog) over (partition by r.dimension) > 0 then 0
            else 2
        end as place
    from result as r
    cross join typical as t
),

empty as (
    select null, null, 0, 0, null, null, 0, null, false, t.days, 1
    from typical as t
    where $by is null and $every is null and not exists (select 1 from result)
)

select dimension, period, mqls, accepted, acceptance_rate, median_days_to_accept, backlog, assigned, maturing,
    typical_days
from (select * from shaped union all select * from empty)
order by place, dimension nulls first, period nulls first;
