-- purpose: the leads a batch touched (created, changed, or gave a stage entry); all leads when no batch
--          is named. Taken before an undo, as the undo removes the traces it is computed from.
-- params: $batch_id bigint (null = every lead)
-- grain: one row per lead id, into temp table journey_ids (journeys/start)
insert into journey_ids
select lead_id from leads where $batch_id is null
union select lead_id from leads where batch_id = $batch_id
union select lead_id from lead_snapshots where snapshot_batch_id = $batch_id
union select lead_id from stage_events where batch_id = $batch_id;
