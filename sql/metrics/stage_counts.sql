-- purpose: how many leads sit in each stage today (in a lost stage, how many of them are deals lost), and how many
--          ever reached it (docs/metrics.md: reaching a later path stage reaches every stage before it; lost only
--          through its own entry), for the leads that pass the filters, whatever their dates. A stage dated after
--          today is not reached yet (furthest_on): a win the file dates on the 31st is no customer on the 20th, and
--          the lead sits where its dates by today put it, its deal not ended
-- params: $today date, $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar,
--         $f_owner varchar, $f_product varchar
-- grain: one row per stage, in journey order
-- the journeys counted once by what the stages ask of them (a few dozen groups), then set against each stage: a
-- join of every stage with every lead counted seven million rows on a million leads (91 -> 20 ms)
with journeys as not materialized (
    select * from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

-- the leads with a stage dated after today, found by comparisons DuckDB answers from each column's bounds without
-- reading the rows (1 ms on a million leads, where a greatest() over their dates read them all: 45 -> 180 ms)
later as not materialized (
    select * from journeys
    where mql_at >= $today::date + 1 or sql_at >= $today::date + 1 or opportunity_at >= $today::date + 1
       or customer_at >= $today::date + 1 or lost_at >= $today::date + 1
),

grouped as (
    select current_stage, deal_outcome, furthest, is_lost, count(*) as leads
    from journeys
    group by all
    -- each lead with a stage dated after today taken out of where it is stored, and put where its dates by today
    -- put it
    union all
    select current_stage, deal_outcome, furthest, is_lost, -count(*) as leads
    from later
    group by all
    union all
    select
        case when there then current_stage else (
            select code from stages where position = furthest and outcome is distinct from 'lost'
        ) end as current_stage,
        case when there then deal_outcome end as deal_outcome,
        furthest, is_lost, count(*) as leads
    from (
        select
            furthest_on($today, furthest, mql_at, sql_at, opportunity_at, customer_at, p) as furthest,
            is_lost and coalesce(lost_at < $today::date + 1, true) as is_lost,
            -- the current stage's own day: after today, the lead is not there yet
            coalesce(reached_on(current_stage, lead_at, mql_at, sql_at, opportunity_at, customer_at, lost_at)
                     < $today::date + 1, true) as there,
            current_stage, deal_outcome
        from later
        cross join path_positions() as p
    )
    group by all
)

select
    s.code,
    s.position,
    s.label_it,
    s.label_en,
    s.owner_function,
    s.is_terminal,
    s.outcome,
    coalesce(sum(j.leads) filter (where j.current_stage = s.code), 0)::bigint as in_stage,
    -- of those in a lost stage, the deals lost: the others were disqualified before becoming deals, and whose
    -- loss it was the stage alone does not say
    coalesce(sum(j.leads) filter (where j.current_stage = s.code and j.deal_outcome = 'lost'), 0)::bigint
        as lost_deals,
    coalesce(sum(j.leads) filter (where j.current_stage = s.code and j.deal_outcome is distinct from 'lost'), 0)::bigint
        as disqualified,
    coalesce(sum(j.leads) filter (where case when s.outcome = 'lost' then j.is_lost else j.furthest >= s.position end),
             0)::bigint as reached
from stages as s
left join grouped as j on true
group by all
order by s.position;
