-- purpose: write a spend batch: match rows on (date, channel, campaign, currency), keep the old amount of
--          changed rows for undo, update them, insert the new ones
-- params: $batch_id bigint, $mode varchar (upsert, insert, update)
-- grain: counts of the batch, one row (merged: rows of the file summed into another row's key)
create or replace temp table import_targets as
select k.*, s.spend_id, s.amount as old_amount
from import_keys as k
left join spend as s
    on s.spend_date = k.spend_date and s.channel = k.channel
   and coalesce(s.campaign, '') = coalesce(k.campaign, '') and s.currency = k.currency;

-- a refused key refuses every row summed into it
insert into import_problems
select unnest(rns), 'spend_date', key, 'exists', null from import_targets where $mode = 'insert' and spend_id is not null
union all
select unnest(rns), 'spend_date', key, 'not_found', null from import_targets where $mode = 'update' and spend_id is null;

delete from import_targets where rn in (select rn from import_problems);

insert into spend_snapshots
select $batch_id, s.* from spend as s
where s.spend_id in (select spend_id from import_targets where amount is distinct from old_amount);

update spend set amount = t.amount
from import_targets as t
where spend.spend_id = t.spend_id and t.amount is distinct from t.old_amount;

insert into spend (spend_date, channel, campaign, amount, currency, batch_id)
select spend_date, channel, campaign, amount, currency, $batch_id from import_targets where spend_id is null
order by rn;

select
    count(*) filter (where spend_id is null) as inserted,
    count(*) filter (where spend_id is not null and amount is distinct from old_amount) as updated,
    count(*) filter (where spend_id is not null and amount is not distinct from old_amount) as unchanged,
    coalesce(sum(len(rns) - 1), 0)::bigint as merged
from import_targets;
