-- purpose: a spend row's channel written as the store already writes it, whatever its case and spacing ("google
--          ads" is the leads' "Google Ads"): ROI and the costs join spend to leads by the exact value, so a second
--          spelling made a channel of its own with spend and no lead
-- params: none (the batch's import_rows)
-- grain: updates import_rows
update import_rows set channel = n.known
from (
    select w.channel as written, min(k.name) as known
    from (select distinct channel from import_rows where channel is not null) as w
    join (select source as name from leads where source is not null
          union select channel from spend) as k
      on lower(trim(k.name)) = lower(trim(w.channel)) and k.name <> w.channel
    group by 1
) as n
where import_rows.channel = n.written;
