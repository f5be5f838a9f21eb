-- purpose: the first later batch that changed what this batch touched, or whose file held again a row this one
--          created (a re-import of the same leads or spend, changed or not): undoing this one first would throw
--          that later work away, or delete rows the later file still holds, so undo goes newest first there
-- params: $batch_id bigint
-- grain: one row (later_batch null = free to undo; changed: whether it changed them, else it held them)
with touched_leads as (
    select lead_id from leads where batch_id = $batch_id
    union select lead_id from lead_snapshots where snapshot_batch_id = $batch_id
    union select lead_id from stage_events where batch_id = $batch_id
),

touched_spend as (
    select spend_id from spend where batch_id = $batch_id
    union select spend_id from spend_snapshots where snapshot_batch_id = $batch_id
),

later as (
    select
        b.batch_id,
        exists (select 1 from lead_snapshots as s
                where s.snapshot_batch_id = b.batch_id and s.lead_id in (select lead_id from touched_leads))
        or exists (select 1 from stage_events as e
                   where e.batch_id = b.batch_id and e.lead_id in (select lead_id from touched_leads))
        or exists (select 1 from spend_snapshots as s
                   where s.snapshot_batch_id = b.batch_id and s.spend_id in (select spend_id from touched_spend))
            as changed,
        exists (select 1 from batch_holds as h
                join (select 'lead' as kind, lead_id as id from leads where batch_id = $batch_id
                      union all select 'spend', spend_id from spend where batch_id = $batch_id) as t
                    on t.kind = h.kind
                where h.batch_id = b.batch_id and holds(h.held, h.first_id, t.id)) as held
    from import_batches as b
    where b.batch_id > $batch_id and b.status = 'committed'
)

select
    min(batch_id) filter (where changed or held) as later_batch,
    arg_min(changed, batch_id) filter (where changed or held) as changed
from later;
