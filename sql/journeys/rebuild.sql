-- purpose: recompute lead_journeys for the leads in journey_entries (docs/metrics.md: a lead reached a stage
--          if it entered it or any later stage of the path; lost only through its own entry or current stage;
--          a lost lead is a lost deal once it reached the opportunity stage or came as a deal, else disqualified)
-- params: none (reads temp table journey_entries, journeys/entries)
-- grain: one row per lead
delete from lead_journeys
where lead_id in (select lead_id from journey_entries) or lead_id not in (select lead_id from leads);

insert into lead_journeys by name
with stage_pos as (
    select code, position, outcome from stages
),

journeys as (
    select
        l.lead_id,
        l.created_at,
        coalesce(e.lead_at, l.created_at) as lead_at,
        e.mql_at,
        e.sql_at,
        e.opportunity_at,
        e.customer_at,
        e.lost_at,
        greatest(coalesce(e.furthest_event, 1),
                 case when c.outcome is distinct from 'lost' then c.position else 1 end) as furthest,
        coalesce(e.lost_event, false) or coalesce(c.outcome = 'lost', false) as is_lost,
        l.current_stage,
        c.outcome,
        coalesce(l.is_deal, false) as is_deal,
        case c.outcome
            when 'won' then coalesce(e.customer_at, l.closed_at)
            when 'lost' then coalesce(e.lost_at, l.closed_at)
        end as closed_at,
        l.source, l.campaign, l.segment, l.region, l.owner, l.product, l.deal_value, l.currency,
        -- least() passes over unknown dates
        least(e.lead_at, l.created_at, e.mql_at, e.sql_at, e.opportunity_at, e.customer_at, e.lost_at) as first_at
    from journey_entries as e
    join leads as l on l.lead_id = e.lead_id
    join stage_pos as c on c.code = l.current_stage
)

select
    j.* exclude (is_deal),
    case
        when j.outcome = 'won' then 'won'
        when j.outcome = 'lost' and (j.is_deal or j.furthest >= o.position) then 'lost'
        when j.outcome = 'lost' then 'disqualified'
    end as deal_outcome
from journeys as j
cross join (select position from stages where code = 'opportunity') as o;

drop table journey_entries;
