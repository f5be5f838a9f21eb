-- purpose: a spend row's channel written as the store already writes it, whatever its case and spacing ("google
--          ads" is the leads' "Google Ads"): ROI and the costs join spend to leads by the exact value, so a second
--          spelling made a channel of its own with spend and no lead. A name the store already writes exactly is
--          kept as written (a stray spelling never rewrites the right one); of several spellings, the most used
-- params: none (the batch's import_rows)
-- grain: updates import_rows
update import_rows set channel = n.known
from (
    select w.channel as written, arg_max(k.name, k.uses) as known
    from (select distinct channel from import_rows where channel is not null
          except (select source from leads where source is not null union select channel from spend)) as w
    join (select name, sum(uses) as uses
          from (select source as name, count(*) as uses from leads where source is not null group by 1
                union all select channel, count(*) from spend group by 1)
          group by 1) as k
      on lower(trim(k.name)) = lower(trim(w.channel))
    group by 1
) as n
where import_rows.channel = n.written;
