-- purpose: the first later batch that changed what this batch touched: undoing this one first would
--          throw that later work away, so undo goes newest first there
-- params: $batch_id bigint
-- grain: one row (later_batch null = free to undo)
with touched_leads as (
    select lead_id from leads where batch_id = $batch_id
    union select lead_id from lead_snapshots where snapshot_batch_id = $batch_id
    union select lead_id from stage_events where batch_id = $batch_id
),

touched_spend as (
    select spend_id from spend where batch_id = $batch_id
    union select spend_id from spend_snapshots where snapshot_batch_id = $batch_id
)

select min(b.batch_id) as later_batch
from import_batches as b
where b.batch_id > $batch_id
  and b.status = 'committed'
  and (
      exists (select 1 from lead_snapshots as s
              where s.snapshot_batch_id = b.batch_id and s.lead_id in (select lead_id from touched_leads))
      or exists (select 1 from stage_events as e
                 where e.batch_id = b.batch_id and e.lead_id in (select lead_id from touched_leads))
      or exists (select 1 from spend_snapshots as s
                 where s.snapshot_batch_id = b.batch_id and s.spend_id in (select spend_id from touched_spend))
  );
