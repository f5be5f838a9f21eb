-- purpose: one spelling per name, whatever its letter case (docs/imports.md, "One spelling whatever the letter
--          case"): the file's sources, campaigns, segments, regions, owners, products and spend channels written in
--          another case than a name already stored, or than more of the file's own rows, and the spelling each is
--          stored under. "google" beside the store's "Google" made a second source in every list, and the spend of a
--          channel "google ads" met no lead of "Google Ads". A lead's source and a spend's channel are one name
--          (the cost per lead sets one against the other), as are their campaigns. The spelling already stored
--          wins, so that no stored lead, spend row or objective's filter changes; among the file's own, the one of
--          the most rows, then the one a name is written in: capitals and small letters ("Google"), then small
--          letters alone, then capitals alone; as the upgrade chose (sql/schema/027_one_spelling.sql).
-- reads: import_names (field, v, n): each of the file's values of a grouped field and its rows
-- grain: one row per value of the file written otherwise, with the name it is stored under
create or replace temp table import_spellings as
with file_names as (
    select field, case field when 'channel' then 'source' else field end as names, v, n from import_names
),

-- the stored names of the kinds the file has, each read only when the file has it: the leads' and spend's (kept 2),
-- and those an undo would bring back or an objective filters on (kept 1), which a new spelling would split from
stored as (
    select distinct 'source' as names, source as v, 2 as kept from leads
    where source is not null and exists (select 1 from file_names where names = 'source')
    union
    select distinct 'source', channel, 2 from spend where exists (select 1 from file_names where names = 'source')
    union
    select distinct 'campaign', campaign, 2 from leads
    where campaign is not null and exists (select 1 from file_names where names = 'campaign')
    union
    select distinct 'campaign', campaign, 2 from spend
    where campaign is not null and exists (select 1 from file_names where names = 'campaign')
    union
    select distinct 'segment', segment, 2 from leads
    where segment is not null and exists (select 1 from file_names where names = 'segment')
    union
    select distinct 'region', region, 2 from leads
    where region is not null and exists (select 1 from file_names where names = 'region')
    union
    select distinct 'owner', owner, 2 from leads
    where owner is not null and exists (select 1 from file_names where names = 'owner')
    union
    select distinct 'product', product, 2 from leads
    where product is not null and exists (select 1 from file_names where names = 'product')
    union
    select distinct unnest(['source', 'campaign', 'segment', 'region', 'owner', 'product']), unnest(
        [source, campaign, segment, region, owner, product]), 1
    from lead_snapshots
    union
    select distinct unnest(['source', 'campaign']), unnest([channel, campaign]), 1 from spend_snapshots
    union
    select distinct unnest(['source', 'campaign', 'segment', 'region', 'owner', 'product']), unnest([
        filters->>'source', filters->>'campaign', filters->>'segment', filters->>'region', filters->>'owner',
        filters->>'product']), 1
    from objectives
    where filters is not null
),

spellings as (
    select names, v, n, 0 as kept from file_names
    union all
    select s.names, s.v, 0, s.kept from stored as s
    where s.v is not null and (s.names, lower(s.v)) in (select names, lower(v) from file_names)
),

chosen as (
    select names, lower(v) as folded, first(v order by kept desc, n desc, v = upper(v), v = lower(v), v) as name
    from spellings
    group by all
)

select f.field, f.v as written, c.name, f.n as rows
from file_names as f
join chosen as c on c.names = f.names and c.folded = lower(f.v)
where f.v <> c.name;

select field, written, name, rows from import_spellings order by field, rows desc, written;
