-- purpose: the hand-off, Marketing's internal customer (the Sales/Marketing SLA): MQLs entering in the
--          window, how many Sales accepted (reached SQL), the acceptance rate, the median days from MQL to
--          SQL, and the backlog: MQLs neither accepted nor lost whose MQL entry is more than $backlog_days
--          days before $today.
-- params: $by varchar, $every varchar, $start date, $end date, $today date, $backlog_days integer,
--         $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar,
--         $f_product varchar
-- grain: one row per dimension value and period
with steps as (
    select
        (select position from stages where code = 'mql') as mql_position,
        (select position from stages where code = 'sql') as sql_position
),

mqls as (
    select
        j.dimension, period_of($every, j.mql_at) as period, j.mql_at, j.sql_at, j.is_lost,
        j.furthest >= s.sql_position as accepted
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
    where j.furthest >= s.mql_position and in_window(j.mql_at, $start, $end)
),

result as (
    select
        dimension,
        period,
        count(*) as mqls,
        count(*) filter (where accepted) as accepted,
        median(date_diff('second', mql_at, sql_at) / 86400.0)
            filter (where accepted and mql_at is not null and sql_at is not null) as median_days_to_accept,
        count(*) filter (where not accepted and not is_lost
                         and mql_at < $today::date - to_days($backlog_days::integer)) as backlog
    from mqls
    group by all
)

select dimension, period, mqls, accepted, accepted / nullif(mqls, 0) as acceptance_rate, median_days_to_accept,
       backlog
from result
union all
select null, null, 0, 0, null, null, 0 where $by is null and $every is null and not exists (select 1 from result)
order by dimension nulls first, period nulls first;
