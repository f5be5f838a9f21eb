-- purpose: the two work tables of a journeys refresh: the leads to recompute, and their stage entries
--          (one row per lead, aggregated from stage_events or, for leads an import creates, from its rows)
-- params: none
-- grain: empty temp tables journey_ids and journey_entries
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
