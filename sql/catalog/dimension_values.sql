-- purpose: the values each dimension takes, for the filters of the metrics pages (null = not filled in)
-- params: none
-- grain: one row per dimension and value, most frequent first
select 'source' as dimension, source as value, count(*) as leads from lead_journeys group by source
union all select 'campaign', campaign, count(*) from lead_journeys group by campaign
union all select 'segment', segment, count(*) from lead_journeys group by segment
union all select 'region', region, count(*) from lead_journeys group by region
-- an owner once, whatever the case and spacing: the team's spelling, else the first the data wrote (grouped by
-- the spelling first: the few spellings are then merged, not a million owners lowered)
union all select 'owner', coalesce(any_value(t.name), arg_min(o.spelling, o.first)), sum(o.leads)
    from (select nullif(trim(owner), '') as spelling, min(lead_id) as first, count(*) as leads
          from lead_journeys group by owner) as o
    left join team_members as t on lower(trim(t.name)) = lower(o.spelling)
    group by lower(o.spelling)
union all select 'product', product, count(*) from lead_journeys group by product
order by dimension, leads desc, value;
