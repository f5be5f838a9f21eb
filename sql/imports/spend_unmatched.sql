-- purpose: the channels a spend batch wrote that no lead has as its source, while leads have sources: their spend
--          has no lead in the cost per lead and the ROI (the LinkedIn preset's "LinkedIn Ads" beside leads from
--          "LinkedIn"); the sources there are, for the closest to be named
-- params: $batch_id bigint
-- grain: one row per channel
select s.channel, round(sum(s.amount), 2) as amount,
       (select list(distinct source order by source) from leads where source is not null) as sources
from spend as s
where s.batch_id = $batch_id
  and exists (select 1 from leads where source is not null)
  and s.channel not in (select source from leads where source is not null)
group by s.channel
order by s.channel;
