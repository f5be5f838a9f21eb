-- purpose: the leads a batch created, added to journey_rows, the refresh's input: their journey is just what
--          their row told (imports/leads_write, import_good), read straight from the staged rows, with no
--          aggregation of their history and no lookup of the rows just written; run only when the batch
--          created some, as reading the staged rows costs even when every one is a stored lead
-- params: none
-- grain: the temp view journey_rows
create or replace temp view journey_rows as
select * from journey_stored
union all by name
select
    g.target_id as lead_id, g.lead_at, g.mql_at, g.sql_at, g.opportunity_at, g.customer_at, g.lost_at,
    greatest(
        case when g.lead_told then p.lead end, case when g.mql_told then p.mql end,
        case when g.sql_told then p.sql end, case when g.opportunity_told then p.opportunity end,
        case when g.customer_told then p.customer end
    ) as furthest_event,
    g.lost_told as lost_event,
    g.created_at, g.new_stage as current_stage, g.new_closed_at as closed_at, g.new_is_deal as is_deal, g.source,
    g.campaign, g.segment, g.region, g.owner, g.product, g.deal_value, g.new_currency as currency
from import_good as g
-- positions on the path; the stage whose outcome is lost has none (journeys/entries)
cross join path_positions() as p
where g.existing_id is null;
