-- purpose: how fast leads move from stage A to stage B (docs/metrics.md): median and mean days, over the
--          leads that reached B and have both dates; lead -> customer is the sales cycle. The window and
--          the periods follow the day B was entered.
-- params: $from_stage varchar, $to_stage varchar, $by varchar, $every varchar, $start date, $end date,
--         $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar,
--         $f_product varchar
-- grain: one row per dimension value and period
with base as (
    select
        j.dimension,
        entered_at($from_stage, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at, j.lost_at) as a_at,
        entered_at($to_stage, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at, j.lost_at) as b_at
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
),

moves as (
    -- a B on A's own day with no time of its own (a created date at 14:30, an MQL date alone) took 0 days
    select dimension, period_of($every, b_at) as period, greatest(date_diff('second', a_at, b_at) / 86400.0, 0) as days
    from base
    -- a B dated a day before A (an MQL day before the lead was created) is dates out of order, never a negative time
    where a_at is not null and b_at is not null and b_at::date >= a_at::date and in_window(b_at, $start, $end)
),

result as (
    select dimension, period, count(*) as converted, median(days) as median_days, avg(days) as mean_days
    from moves
    group by all
)

select * from result
union all
select null, null, 0, null, null where $by is null and $every is null and not exists (select 1 from result)
order by dimension nulls first, period nulls first;
