-- purpose: the funnel (docs/metrics.md): per path stage, the leads that reached it, the share of the
--          previous stage and of the first, and how many dropped off on the way. The cohort is the leads
--          whose first known date (the first-stage entry, else the earliest stage entry known) falls in the
--          window; all leads when no window is given.
-- params: $by varchar, $every varchar, $start date, $end date, $f_source varchar, $f_campaign varchar,
--         $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value, period and path stage
with cohort as (
    select dimension, period_of($every, first_at) as period, furthest
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
    where in_window(first_at, $start, $end)
),

groups as (
    select distinct dimension, period from cohort
    -- an empty store still has a funnel, of zeros
    union all
    select null, null where $by is null and $every is null and not exists (select 1 from cohort)
),

path as (
    select code, position, label_it, label_en from stages where outcome is distinct from 'lost'
),

by_furthest as (
    select dimension, period, furthest, count(*) as leads from cohort group by all
),

reached as (
    select
        g.dimension, g.period, p.code, p.position, p.label_it, p.label_en,
        coalesce(sum(b.leads) filter (where b.furthest >= p.position), 0)::bigint as reached
    from groups as g
    cross join path as p
    left join by_furthest as b on b.dimension is not distinct from g.dimension and b.period is not distinct from g.period
    group by all
)

select
    dimension, period, code as stage, position, label_it, label_en, reached,
    reached / nullif(lag(reached) over w, 0) as conversion_from_previous,
    reached / nullif(first_value(reached) over w, 0) as conversion_from_first,
    lag(reached) over w - reached as drop_off
from reached
window w as (partition by dimension, period order by position)
order by dimension nulls first, period nulls first, position;
