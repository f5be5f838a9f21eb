-- purpose: the funnel (docs/metrics.md): per path stage, the leads that reached it, the share of the
--          previous stage and of the first, and how many dropped off on the way. The cohort is the leads
--          whose first known date (the first-stage entry, else the earliest stage entry known) falls in the
--          window; all leads when no window is given. A stage after the first is `maturing` while the
--          cohort's newest leads have had less time than three leads in four take to enter it from their first
--          date, as a conversion's cohort is (conversion.sql): its count can still grow. With $as_of (a
--          comparison's), a lead counts as reaching a stage only by that day, so an earlier cohort is taken at
--          the age the current one has (an undated stage counts, as it always does).
-- params: $by varchar, $every varchar, $start date, $end date, $today date, $as_of date, $f_source varchar,
--         $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value, period and path stage
with journeys as not materialized (
    select * from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

path as (
    select code, position, label_it, label_en, position = min(position) over () as is_first
    from stages where outcome is distinct from 'lost'
),

-- the cohort and how far each lead had got by today, or by $as_of (furthest_on: a stage dated after that day is not
-- reached yet; a win the file dates on the 31st counts from the 31st, as the import says)
cohort as (
    select dimension, period_of($every, first_at) as period, first_at,
        furthest_on(coalesce($as_of, $today), furthest, mql_at, sql_at, opportunity_at, customer_at, p) as furthest
    from journeys
    cross join path_positions() as p
    where in_window(first_at, $start, $end)
),

-- days from a lead's first date to its entry into each stage after the first, three leads in four within them,
-- over the journeys whatever the window, as conversion.sql takes a step's typical time. A comparison ($as_of)
-- shows no maturing of its own: it is not computed there.
typical as (
    select
        quantile_cont(date_diff('second', first_at, mql_at) / 86400.0, 0.75) filter (mql_at >= first_at) as mql,
        quantile_cont(date_diff('second', first_at, sql_at) / 86400.0, 0.75) filter (sql_at >= first_at) as sql,
        quantile_cont(date_diff('second', first_at, opportunity_at) / 86400.0, 0.75)
            filter (opportunity_at >= first_at) as opportunity,
        quantile_cont(date_diff('second', first_at, customer_at) / 86400.0, 0.75)
            filter (customer_at >= first_at) as customer
    from journeys
    where $as_of is null
),

groups as (
    select dimension, period, max(first_at) as newest from cohort group by all
    -- an empty store still has a funnel, of zeros
    union all
    select null, null, null where $by is null and $every is null and not exists (select 1 from cohort)
),

by_furthest as (
    select dimension, period, furthest, count(*) as leads from cohort group by all
),

reached as (
    select
        g.dimension, g.period, p.code, p.position, p.label_it, p.label_en,
        coalesce(sum(b.leads) filter (where b.furthest >= p.position), 0)::bigint as reached,
        not any_value(p.is_first) and coalesce(any_value(g.newest) > $today::date - to_days(ceil(any_value(
            case p.code when 'mql' then t.mql when 'sql' then t.sql when 'opportunity' then t.opportunity
                when 'customer' then t.customer end
        ))::integer), false) as maturing
    from groups as g
    cross join path as p
    cross join typical as t
    left join by_furthest as b on b.dimension is not distinct from g.dimension and b.period is not distinct from g.period
    group by all
)

select
    dimension, period, code as stage, position, label_it, label_en, reached,
    reached / nullif(lag(reached) over w, 0) as conversion_from_previous,
    reached / nullif(first_value(reached) over w, 0) as conversion_from_first,
    lag(reached) over w - reached as drop_off,
    maturing
from reached
window w as (partition by dimension, period order by position)
order by dimension nulls first, period nulls first, position;
