-- purpose: spend this batch wrote that other batches already hold under another campaign name, same channel, day,
--          amount and currency: a campaign renamed in the ad platform and downloaded again counts twice
--          (imports/spend_overlap sees only the same campaign); the first pair named, for the note
-- params: $batch_id bigint
-- grain: one row
select count(distinct n.spend_id) as rows, min(o.batch_id) as batch,
       arg_min(o.campaign, o.spend_id) as earlier, arg_min(n.campaign, o.spend_id) as later
from spend as n
join spend as o
  on o.channel = n.channel and o.spend_date = n.spend_date and o.amount = n.amount
 and o.currency is not distinct from n.currency and o.campaign is distinct from n.campaign
 and o.batch_id is distinct from n.batch_id
join import_batches as b on b.batch_id = o.batch_id and b.status = 'committed'
where n.batch_id = $batch_id;
