-- purpose: the stage entries of the leads in journey_ids, from their stage history in force (a date a later
--          file corrected is superseded): the first dated entry into each stage, the furthest path stage entered,
--          whether the lost stage was entered
-- params: none (reads temp table journey_ids)
-- grain: one row per lead in journey_ids, with or without entries, added to temp table journey_entries
insert into journey_entries
with entries as (
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
    join stages as p on p.code = e.stage
    where e.lead_id in (select lead_id from journey_ids) and e.superseded_by is null
    group by e.lead_id
)

select i.lead_id, e.* exclude (lead_id)
from (select distinct lead_id from journey_ids) as i
left join entries as e using (lead_id);

drop table journey_ids;
