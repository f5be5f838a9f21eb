-- purpose: everyone on the team, active or not, with the leads they own in the imported data (an owner is
--          matched to a person as the hand-off matches them: case and outer spaces aside, journeys_in)
-- params: none
-- grain: one row per team member
with owned as (
    select lower(trim(owner)) as person, count(*) as leads
    from leads
    where owner is not null
    group by all
)

select t.name, t.function, t.email, t.active, coalesce(o.leads, 0) as leads
from team_members as t
left join owned as o on o.person = lower(trim(t.name))
order by not t.active, t.function, t.name;
