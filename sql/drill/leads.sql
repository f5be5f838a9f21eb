-- purpose: the leads behind a number on a metrics page: those of one group (dimension value, with null
--          meaning "not filled in"), that reached a stage (and, optionally, did not reach another), ended
--          a given way, or wait in the hand-off backlog; the window applies to the entry into $date_stage.
-- params: $by varchar, $value varchar, $reached varchar, $not_reached varchar, $outcome varchar,
--         $date_stage varchar, $start date, $end date, $backlog_before timestamp, $limit bigint,
--         $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar,
--         $f_product varchar
-- grain: one row per lead, newest first
with steps as (
    select
        (select position from stages where code = $reached) as reached_position,
        (select position from stages where code = $not_reached) as not_reached_position
),

picked as (
    select j.*
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
    where ($by is null or j.dimension is not distinct from $value)
      and ($reached is null
           or (case when $reached = 'lost' then j.is_lost else j.furthest >= s.reached_position end))
      and ($not_reached is null
           or not (case when $not_reached = 'lost' then j.is_lost else j.furthest >= s.not_reached_position end))
      and ($outcome is null or j.outcome = $outcome)
      -- with no stage named, the window follows the lead's first known date, as the funnel's cohort does
      and in_window(case when $date_stage is null then j.first_at
                         else entered_at($date_stage, j.lead_at, j.mql_at, j.sql_at, j.opportunity_at, j.customer_at,
                                         j.lost_at) end, $start, $end)
      and ($backlog_before is null or (j.mql_at < $backlog_before and not j.is_lost))
)

select
    l.external_id, l.name, l.email, l.company, p.source, p.campaign, p.segment, p.region, p.owner, p.product,
    p.current_stage, p.lead_at, p.mql_at, p.sql_at, p.opportunity_at, p.closed_at, p.deal_value, p.currency,
    l.lost_reason
from picked as p
join leads as l using (lead_id)
order by coalesce(p.closed_at, p.sql_at, p.mql_at, p.lead_at) desc nulls last, l.external_id
limit $limit;
