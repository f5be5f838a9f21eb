-- purpose: the values each dimension takes, for the filters of the metrics pages (null = not filled in)
-- params: none
-- grain: one row per dimension and value, most frequent first
select 'source' as dimension, source as value, count(*) as leads from lead_journeys group by source
union all select 'campaign', campaign, count(*) from lead_journeys group by campaign
union all select 'segment', segment, count(*) from lead_journeys group by segment
union all select 'region', region, count(*) from lead_journeys group by region
union all select 'owner', owner, count(*) from lead_journeys group by owner
union all select 'product', product, count(*) from lead_journeys group by product
order by dimension, leads desc, value;
