-- purpose: recompute lead_journeys for the leads in journey_ids (docs/metrics.md: a lead reached a stage
--          if it entered it or any later stage of the path; lost only through its own entry or current stage;
--          a lost lead is a lost deal once it reached the opportunity stage or came as a deal, else disqualified)
-- params: none (reads temp table journey_ids)
-- grain: one row per lead
delete from lead_journeys
where lead_id in (select lead_id from journey_ids) or lead_id not in (select lead_id from leads);

insert into lead_journeys by name
with stage_pos as (
    select code, position, outcome from stages
),

entries as (
    select
        e.lead_id,
        min(e.entered_at) filter (where e.stage = 'lead') as lead_at,
        min(e.entered_at) filter (where e.stage = 'mql') as mql_at,
        min(e.entered_at) filter (where e.stage = 'sql') as sql_at,
        min(e.entered_at) filter (where e.stage = 'opportunity') as opportunity_at,
        min(e.entered_at) filter (where e.stage = 'customer') as customer_at,
        min(e.entered_at) filter (where e.stage = 'lost') as lost_at,
        max(p.position) filter (where p.outcome is distinct from 'lost') as furthest_event,
        bool_or(p.outcome = 'lost') as lost_event
    from stage_events as e
    join stage_pos as p on p.code = e.stage
    where e.lead_id in (select lead_id from journey_ids)
    group by e.lead_id
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
    from leads as l
    join stage_pos as c on c.code = l.current_stage
    left join entries as e on e.lead_id = l.lead_id
    where l.lead_id in (select lead_id from journey_ids)
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

drop table journey_ids;
