-- purpose: the journeys of the leads that pass the filters, with the chosen grouping as `dimension` (one place for
--          grouping and filtering, shared by every metric file; arguments are bound values, never SQL text).
--          'accountable' names who is accountable for the hand-off (docs/metrics.md): an MQL belongs to its owner
--          when the owner is a Sales member of the team; while it sits with a Marketing or Management owner, or
--          with nobody, it is not yet assigned (dimension null, assigned false); an owner the team does not list
--          is shown under their own name with assigned null. Under any other grouping `assigned` is null.
--          An owner is a person whatever the case and spacing the CRM wrote ("luca bertolini " is Luca
--          Bertolini), as the Team page counts them: grouped under the team's spelling, filtered the same way.
--          One macro, not a second one calling it: IMPORT DATABASE (restore) cannot create a macro that calls
--          another.
create or replace macro journeys_in(by_dim, f_source, f_campaign, f_segment, f_region, f_owner, f_product) as table
with people as (
    select lower(trim(name)) as person, any_value(name) as name, any_value(function) as function
    from team_members
    group by all
)

select
    j.*,
    case by_dim
        when 'source' then j.source
        when 'campaign' then j.campaign
        when 'segment' then j.segment
        when 'region' then j.region
        when 'owner' then coalesce(p.name, nullif(trim(j.owner), ''))
        when 'product' then j.product
        when 'accountable' then
            case when p.function = 'sales' then p.name when p.function is null then nullif(trim(j.owner), '') end
    end as dimension,
    case
        when by_dim is distinct from 'accountable' then null
        when p.function = 'sales' then true
        when p.function is null and j.owner is not null then null
        else false
    end as assigned
from lead_journeys as j
left join people as p on by_dim in ('owner', 'accountable') and p.person = lower(trim(j.owner))
where (f_source is null or j.source = f_source)
  and (f_campaign is null or j.campaign = f_campaign)
  and (f_segment is null or j.segment = f_segment)
  and (f_region is null or j.region = f_region)
  and (f_owner is null or lower(trim(j.owner)) = lower(trim(f_owner)))
  and (f_product is null or j.product = f_product);
