-- purpose: write a spend batch: match rows on (date, channel, campaign, currency), keep the old amount of
--          changed rows for undo, update them, insert the new ones. A stored row covering more than its day (a
--          week, a month, a report's period: its spend_end) is replaced only by a file that reaches its last day:
--          daily spend for 23-25 November never takes the place of the week of the 23rd, whose other days would be
--          lost; it goes in beside it, and imports/spend_overlap says the spend is counted twice
-- params: $batch_id bigint, $mode varchar (upsert, insert, update)
-- grain: counts of the batch, one row (merged: rows of the file summed into another row's key)
create or replace temp table import_targets as
select
    k.*, s.spend_id, s.amount as old_amount, s.spend_end as old_end,
    -- (a row with no spend_end, stored before it was kept, changes with its amount alone)
    s.spend_id is not null and (k.amount is distinct from s.amount or coalesce(s.spend_end <> k.last_day, false))
        as changed
from import_keys as k
left join spend as s
    on s.spend_date = k.spend_date and s.channel = k.channel
   and coalesce(s.campaign, '') = coalesce(k.campaign, '') and s.currency = k.currency
   -- (a row stored before spend_end was kept is matched on its key, as it was then)
   and (s.spend_end is null or s.spend_end <= (select max(last_day) from import_keys))
-- where a day's row sits beside its week's: the one of the same span, else the widest the file covers
qualify row_number() over (
    partition by k.key order by s.spend_end = k.last_day desc nulls last, s.spend_end is null desc, s.spend_end desc
) = 1;

-- a refused key refuses every row summed into it
insert into import_problems
select unnest(rns), 'spend_date', key, 'exists', null from import_targets where $mode = 'insert' and spend_id is not null
union all
select unnest(rns), 'spend_date', key, 'not_found', null from import_targets where $mode = 'update' and spend_id is null;

delete from import_targets where rn in (select rn from import_problems);

insert into spend_snapshots
select $batch_id, s.* from spend as s
where s.spend_id in (select spend_id from import_targets where changed);

-- a week's row replaced by its first day's covers that day alone since
update spend set amount = t.amount, spend_end = coalesce(t.last_day, spend.spend_end)
from import_targets as t
where spend.spend_id = t.spend_id and t.changed;

insert into spend (spend_date, channel, campaign, amount, currency, batch_id, spend_end)
select spend_date, channel, campaign, amount, currency, $batch_id, last_day from import_targets where spend_id is null
order by rn;

select
    count(*) filter (where spend_id is null) as inserted,
    count(*) filter (where changed) as updated,
    count(*) filter (where spend_id is not null and not changed) as unchanged,
    coalesce(sum(len(rns) - 1), 0)::bigint as merged
from import_targets;
