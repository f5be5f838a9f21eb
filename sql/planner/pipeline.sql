-- purpose: the deals already open in each Sales stage (SQL, opportunity) and what they are worth, and each
--          stage's historical win rate: of the leads that reached the stage and closed inside the window
--          (won, lost, or disqualified on the way), the share that was won (docs/metrics.md, the planner)
-- params: $start date, $end date, $f_source varchar, $f_campaign varchar, $f_segment varchar,
--         $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per Sales stage before the customer, in journey order
with open_stages as (
    select code, position from stages where owner_function = 'sales' and not is_terminal
),

journeys as (
    select * from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
)

select
    s.code as stage,
    count(j.lead_id) filter (where j.current_stage = s.code) as open_deals,
    count(j.deal_value) filter (where j.current_stage = s.code) as valued,
    sum(j.deal_value) filter (where j.current_stage = s.code) as open_value,
    count(distinct j.currency) filter (where j.current_stage = s.code and j.deal_value is not null) as currencies,
    any_value(j.currency) filter (where j.current_stage = s.code and j.deal_value is not null) as currency,
    count(j.lead_id) filter (where j.furthest >= s.position and j.deal_outcome is not null
                             and in_window(j.closed_at, $start, $end)) as closed,
    count(j.lead_id) filter (where j.furthest >= s.position and j.deal_outcome = 'won'
                             and in_window(j.closed_at, $start, $end)) as won
from open_stages as s
left join journeys as j on true
group by s.code, s.position
order by s.position;
