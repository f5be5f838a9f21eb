-- purpose: put the store back exactly as it was before a batch: its leads, spend and stage entries go,
--          the rows it changed get their old values back
-- params: $batch_id bigint, $undone_by varchar (who took it back)
delete from stage_events
where batch_id = $batch_id or lead_id in (select lead_id from leads where batch_id = $batch_id);

-- the dates the batch corrected are in force again
update stage_events set superseded_by = null where superseded_by = $batch_id;

delete from leads where batch_id = $batch_id;

update leads set
    external_id = s.external_id, email = s.email, first_name = s.first_name, last_name = s.last_name,
    name = s.name, company = s.company, phone = s.phone, source = s.source, campaign = s.campaign,
    segment = s.segment, region = s.region, owner = s.owner, product = s.product, created_at = s.created_at,
    current_stage = s.current_stage, closed_at = s.closed_at, deal_value = s.deal_value, currency = s.currency,
    lost_reason = s.lost_reason, is_deal = s.is_deal, batch_id = s.batch_id, updated_at = s.updated_at
from lead_snapshots as s
where s.snapshot_batch_id = $batch_id and leads.lead_id = s.lead_id;

delete from spend where batch_id = $batch_id;

update spend set
    spend_date = s.spend_date, channel = s.channel, campaign = s.campaign, amount = s.amount,
    currency = s.currency, batch_id = s.batch_id, spend_end = s.spend_end
from spend_snapshots as s
where s.snapshot_batch_id = $batch_id and spend.spend_id = s.spend_id;

delete from lead_snapshots where snapshot_batch_id = $batch_id;
delete from spend_snapshots where snapshot_batch_id = $batch_id;

update import_batches set status = 'undone', undone_at = current_timestamp, undone_by = $undone_by
where batch_id = $batch_id;
