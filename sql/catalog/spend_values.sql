-- purpose: the channels and campaigns spend names, as the source and campaign dimensions: a channel with spend and
--          no lead yet is a value a filter may name (its cost per lead is what it is asked for)
-- params: none
-- grain: one row per dimension and value
select 'source' as dimension, channel as value from spend group by channel
union all
select 'campaign', campaign from spend where campaign is not null group by campaign
order by dimension, value;
