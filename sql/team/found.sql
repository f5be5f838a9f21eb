-- purpose: owners named in the imported data whom the team does not list: people to add, most leads first
-- params: none
-- grain: one row per owner, as first written in the data
select any_value(trim(owner) order by lead_id) as name, count(*) as leads
from leads
where nullif(trim(owner), '') is not null
  and lower(trim(owner)) not in (select lower(trim(name)) from team_members)
group by lower(trim(owner))
order by leads desc, name;
