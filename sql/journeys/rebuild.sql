-- purpose: recompute lead_journeys for the leads in journey_rows (docs/metrics.md: a lead reached a stage
--          if it entered it or any later stage of the path; lost only through its own entry or current stage;
--          a lost lead is a lost deal once it reached the opportunity stage or came as a deal, else disqualified;
--          a lost deal with no stage after the lead in its history reached the opportunity stage)
-- params: none (reads temp view journey_rows, journeys/start)
-- grain: one row per lead
delete from lead_journeys
where lead_id in (select lead_id from journey_entries);

insert into lead_journeys by name
with stage_pos as (
    select code, position, outcome from stages
),

journeys as (
    select
        e.lead_id,
        e.created_at,
        coalesce(e.lead_at, e.created_at) as lead_at,
        e.mql_at,
        e.sql_at,
        e.opportunity_at,
        e.customer_at,
        e.lost_at,
        -- a lost deal whose history tells no stage after the lead ("Closed Lost", with nothing else: a deals export
        -- rarely dates a lost one's stages) reached the opportunity stage, as the win rate counts it among the deals;
        -- one the CRM says was lost at an earlier stage (Pipedrive's "Qualified") stays there
        greatest(coalesce(e.furthest_event, 1),
                 case when c.outcome is distinct from 'lost' then c.position else 1 end,
                 case when c.outcome = 'lost' and e.is_deal and coalesce(e.furthest_event, 1) <= o.lead
                     then o.opportunity end) as furthest,
        coalesce(e.lost_event, false) or coalesce(c.outcome = 'lost', false) as is_lost,
        e.current_stage,
        -- a customer later lost is a customer who left (docs/metrics.md): still won, on the day they became one. A
        -- deal's first outcome is superseded instead (imports/leads_write), so a deal lost is lost
        c.outcome = 'lost' and not coalesce(e.is_deal, false) and coalesce(e.furthest_event, 1) >= o.customer
            as customer_left,
        case when customer_left then 'won' else c.outcome end as outcome,
        coalesce(e.is_deal, false) as is_deal,
        case
            when customer_left then e.customer_at
            when c.outcome = 'won' then coalesce(e.customer_at, e.closed_at)
            when c.outcome = 'lost' then coalesce(e.lost_at, e.closed_at)
        end as closed_at,
        e.source, e.campaign, e.segment, e.region, e.owner, e.product, e.deal_value, e.currency,
        -- the first known day (docs/metrics.md): the lead entry, else the creation, else the earliest later stage;
        -- never a creation before the lead entry (HubSpot's Create Date before "Became a Lead Date"), as every view
        -- counts a new lead on the one day. least() passes over unknown dates
        coalesce(e.lead_at, e.created_at, least(e.mql_at, e.sql_at, e.opportunity_at, e.customer_at, e.lost_at))
            as first_at
    from journey_rows as e
    join stage_pos as c on c.code = e.current_stage
    cross join (
        select
            max(position) filter (where code = 'lead') as lead,
            max(position) filter (where code = 'opportunity') as opportunity,
            max(position) filter (where code = 'customer') as customer
        from stages
    ) as o
)

select
    j.* exclude (is_deal, customer_left),
    case
        when j.outcome = 'won' then 'won'
        when j.outcome = 'lost' and (j.is_deal or j.furthest >= o.position) then 'lost'
        when j.outcome = 'lost' then 'disqualified'
    end as deal_outcome
from journeys as j
cross join (select position from stages where code = 'opportunity') as o;

drop view journey_rows;
drop view journey_stored;
drop table journey_entries;
