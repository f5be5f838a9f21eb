-- purpose: what a leads batch hands to the journeys refresh (journeys/start made the tables): the stored
--          leads it changed or gave a stage entry, to recompute from their history; and the leads it created,
--          whose history is just what their row told (import_told), so their entries need no aggregation
-- params: none
-- grain: rows added to temp tables journey_ids and journey_entries
insert into journey_ids
select lead_id from import_changed;

insert into journey_entries
select
    t.lead_id, t.lead_at, t.mql_at, t.sql_at, t.opportunity_at, t.customer_at, t.lost_at,
    greatest(
        case when t.lead_told then p.lead end, case when t.mql_told then p.mql end,
        case when t.sql_told then p.sql end, case when t.opportunity_told then p.opportunity end,
        case when t.customer_told then p.customer end
    ),
    t.lost_told
from import_told as t
cross join (
    -- positions on the path; the stage whose outcome is lost has none (journeys/entries)
    select
        max(position) filter (where code = 'lead' and outcome is distinct from 'lost') as lead,
        max(position) filter (where code = 'mql' and outcome is distinct from 'lost') as mql,
        max(position) filter (where code = 'sql' and outcome is distinct from 'lost') as sql,
        max(position) filter (where code = 'opportunity' and outcome is distinct from 'lost') as opportunity,
        max(position) filter (where code = 'customer' and outcome is distinct from 'lost') as customer
    from stages
) as p
where t.existing_id is null;
