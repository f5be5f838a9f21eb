-- purpose: the leads behind a number on a metrics page, exactly those it counts (metrics.listing says which
--          filters each number takes): one group (dimension value, null meaning "not filled in", or "not yet
--          assigned" when grouped by the accountable Sales person), that reached one or two stages, ended a
--          given way (won, lost deal, disqualified), or wait in the hand-off backlog; the window applies to the
--          moment the number counts ($date_on: a stage's entry, 'closed' for the day the lead was won or lost,
--          null for its first known date), which must be known when $dated. `total` is the count of every such
--          lead, however many rows $limit lets through.
-- params: $by varchar, $value varchar, $reached varchar, $reached_too varchar, $deal_outcome varchar,
--         $date_on varchar, $dated boolean, $start date, $end date, $backlog_before timestamp, $today date (the
--         day the backlog is read on), $limit bigint, $f_source varchar, $f_campaign varchar, $f_segment varchar,
--         $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per lead, newest first
with steps as (
    select
        (select position from stages where code = $reached) as reached_position,
        (select position from stages where code = $reached_too) as reached_too_position,
        (select position from stages where code = 'sql') as sql_position
),

picked as (
    select
        j.*,
        case
            when $date_on is null then j.first_at
            when $date_on = 'closed' then j.closed_at
            else entered_at($date_on, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at, j.lost_at)
        end as counted_at
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
    where ($by is null or j.dimension is not distinct from $value)
      -- (by $today: a stage dated after it is not reached yet, as the funnel and the conversions count it)
      and ($reached is null
           or (case when $reached = 'lost' then j.is_lost else j.furthest >= s.reached_position end
               and coalesce(reached_on($reached, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at,
                                       j.lost_at) < $today::date + 1, true)))
      and ($reached_too is null
           or (case when $reached_too = 'lost' then j.is_lost else j.furthest >= s.reached_too_position end
               and coalesce(reached_on($reached_too, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at,
                                       j.lost_at) < $today::date + 1, true)))
      and ($deal_outcome is null or j.deal_outcome = $deal_outcome)
      -- the backlog as metrics/sla counts it: MQLs still waiting on $today
      and ($backlog_before is null
           or (j.mql_at < $backlog_before
               and waiting_on($today, j.furthest, s.sql_position, j.sql_at, j.opportunity_at, j.customer_at,
                              j.is_lost, j.lost_at)))
),

counted as (
    select *
    from picked
    where in_window(counted_at, $start, $end) and (not $dated or counted_at is not null)
)

select
    count(*) over () as total,
    l.external_id, l.name, l.email, l.company, p.source, p.campaign, p.segment, p.region, p.owner, p.product,
    p.current_stage, p.lead_at, p.mql_at, p.sql_at, p.opportunity_at, p.closed_at, p.deal_value, p.currency,
    l.lost_reason
from counted as p
join leads as l using (lead_id)
order by coalesce(p.closed_at, p.sql_at, p.mql_at, p.lead_at) desc nulls last, l.external_id
limit $limit;
