-- purpose: the deals already open at each stage before the customer (a deal: a lead at the opportunity stage,
--          or a row of a deals export at any stage), what they are worth, and each stage's historical win
--          rate: of the leads that reached the stage and closed inside the window (won, lost, or disqualified
--          on the way), the share that was won (docs/metrics.md, the planner), and of those won with a date for
--          the stage, how many closed within $days_left days of entering it: a deal opened now closes in time as
--          often as they did
-- params: $start date, $end date, $days_left integer, $f_source varchar, $f_campaign varchar,
--         $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per path stage before the customer, in journey order
with open_stages as (
    select code, position from stages where outcome is null
),

-- read twice (the open deals, the closed ones) rather than kept aside: DuckDB materialises a CTE read twice, and
-- copying the journeys in scope cost half the call on a million leads (108 -> 55 ms)
journeys as not materialized (
    select * from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

open_deals as (
    select
        current_stage as stage, count(*) as open_deals, count(deal_value) as valued, sum(deal_value) as open_value,
        count(distinct currency) filter (where deal_value is not null) as currencies,
        any_value(currency) filter (where deal_value is not null) as currency
    from journeys
    -- the rows of a deals export are few: looked up among them, not joined to every lead
    where outcome is null
      and (furthest >= (select position from stages where code = 'opportunity')
           or lead_id in (select lead_id from leads where is_deal))
    group by current_stage
),

closed as (
    select
        s.code as stage, s.position, j.lead_id, j.deal_outcome, j.closed_at,
        case s.code when 'lead' then j.lead_at when 'mql' then j.mql_at when 'sql' then j.sql_at
            when 'opportunity' then j.opportunity_at end as entered_at
    from open_stages as s
    left join journeys as j
        on j.furthest >= s.position and j.deal_outcome is not null and in_window(j.closed_at, $start, $end)
),

history as (
    select
        stage, position, count(lead_id) as closed,
        count(lead_id) filter (where deal_outcome = 'won') as won,
        count(lead_id) filter (where deal_outcome = 'won' and entered_at is not null) as won_timed,
        count(lead_id) filter (where deal_outcome = 'won' and date_diff('day', entered_at, closed_at) <= $days_left)
            as won_in_time
    from closed
    group by stage, position
)

select
    h.stage, coalesce(o.open_deals, 0) as open_deals, coalesce(o.valued, 0) as valued, o.open_value,
    coalesce(o.currencies, 0) as currencies, o.currency, h.closed, h.won, h.won_timed, h.won_in_time
from history as h
left join open_deals as o on o.stage = h.stage
order by h.position;
