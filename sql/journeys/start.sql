-- purpose: the work tables of a journeys refresh: the leads to recompute, their stage entries (one row per
--          lead, aggregated from stage_events by journeys/entries), and journey_rows, what journeys/rebuild
--          reads: those entries beside each lead's stored values (an import adds the leads it creates)
-- params: none
-- grain: empty temp tables journey_ids and journey_entries; temp views journey_stored and journey_rows
create or replace temp table journey_ids (lead_id bigint);

create or replace temp table journey_entries (
    lead_id         bigint,
    lead_at         timestamp,
    mql_at          timestamp,
    sql_at          timestamp,
    opportunity_at  timestamp,
    customer_at     timestamp,
    lost_at         timestamp,
    furthest_event  integer,   -- the furthest path stage entered (the lost stage is off the path)
    lost_event      boolean    -- an entry into the lost stage
);

create or replace temp view journey_stored as
select
    e.*, l.created_at, l.current_stage, l.closed_at, l.is_deal, l.source, l.campaign, l.segment, l.region, l.owner,
    l.product, l.deal_value, l.currency
from journey_entries as e
join leads as l using (lead_id);

create or replace temp view journey_rows as
select * from journey_stored;
