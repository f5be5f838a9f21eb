-- Sources, campaigns, segments, regions, owners and products, and spend's channels and campaigns, in one spelling
-- whatever the letter case, as the import now stores them (sql/imports/spellings.sql): "google" and "Google",
-- stored by earlier releases from two exports, were two sources in every list and filter, and the spend of one met
-- the leads of the other in no cost per lead. A lead's source and a spend's channel are one name, as are their
-- campaigns. Each name takes the spelling of the most rows, then the one a name is written in: capitals and small
-- letters ("Google"), then small letters alone, then capitals alone. The snapshots an undo puts back and the
-- objectives' filters follow, so that neither brings back a spelling gone nor filters on one. The journeys are
-- filled again from the leads after this file (migrations._REFILL_AFTER), their names with them.
create temp table spelling as
with stored as (
    unpivot (select source, campaign, segment, region, owner, product from leads) on columns(*) into name names value v
    union all
    select 'source', channel from spend
    union all
    select 'campaign', campaign from spend where campaign is not null
),

counted as (select names, v, count(*) as n from stored group by all),

chosen as (
    select names, lower(v) as folded, first(v order by n desc, v = upper(v), v = lower(v), v) as name
    from counted
    group by all
    having count(*) > 1
)

select c.names, c.v as written, h.name
from counted as c
join chosen as h on h.names = c.names and h.folded = lower(c.v)
where c.v <> h.name;

create temp macro spelled(kind, x) as coalesce((select name from spelling where names = kind and written = x), x);

create temp macro misspelled(kind, x) as x in (select written from spelling where names = kind);

update leads set
    source = spelled('source', source), campaign = spelled('campaign', campaign), segment = spelled('segment', segment),
    region = spelled('region', region), owner = spelled('owner', owner), product = spelled('product', product)
where
    misspelled('source', source) or misspelled('campaign', campaign) or misspelled('segment', segment)
    or misspelled('region', region) or misspelled('owner', owner) or misspelled('product', product);

update lead_snapshots set
    source = spelled('source', source), campaign = spelled('campaign', campaign), segment = spelled('segment', segment),
    region = spelled('region', region), owner = spelled('owner', owner), product = spelled('product', product)
where
    misspelled('source', source) or misspelled('campaign', campaign) or misspelled('segment', segment)
    or misspelled('region', region) or misspelled('owner', owner) or misspelled('product', product);

update spend set channel = spelled('source', channel), campaign = spelled('campaign', campaign)
where misspelled('source', channel) or misspelled('campaign', campaign);

update spend_snapshots set channel = spelled('source', channel), campaign = spelled('campaign', campaign)
where misspelled('source', channel) or misspelled('campaign', campaign);

-- a filter's text as the objectives write it (json.dumps: `"source": "Google"`), so that the planner still finds
-- the objective by it (sql/planner/existing.sql); a statement per kind, as one nesting the macro six times took DuckDB
-- over a second to plan
create temp macro respelled(filters, kind) as (
    select replace(filters, '"' || kind || '": ' || to_json(s.written), '"' || kind || '": ' || to_json(s.name))
    from spelling as s where s.names = kind and s.written = filters->>kind);

update objectives set filters = respelled(filters::varchar, 'source')::json
where misspelled('source', filters->>'source');
update objectives set filters = respelled(filters::varchar, 'campaign')::json
where misspelled('campaign', filters->>'campaign');
update objectives set filters = respelled(filters::varchar, 'segment')::json
where misspelled('segment', filters->>'segment');
update objectives set filters = respelled(filters::varchar, 'region')::json
where misspelled('region', filters->>'region');
update objectives set filters = respelled(filters::varchar, 'owner')::json where misspelled('owner', filters->>'owner');
update objectives set filters = respelled(filters::varchar, 'product')::json
where misspelled('product', filters->>'product');

drop macro respelled;
drop macro misspelled;
drop macro spelled;
drop table spelling;
