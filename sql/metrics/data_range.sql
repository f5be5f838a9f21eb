-- purpose: the dates the store's data covers, for `info` and Settings (inventory.summary)
-- params: none
-- grain: one row
select
    (select min(created_at) from leads) as first_lead_at,
    (select max(created_at) from leads) as last_lead_at,
    (select max(entered_at) from stage_events where superseded_by is null) as last_event_at,
    (select min(spend_date) from spend) as first_spend_on,
    (select max(spend_date) from spend) as last_spend_on,
    (select max(version) from schema_migrations) as schema_version;
