-- purpose: the team's names, active or not, as stored: what a new name must not repeat and an edit must find
-- params: none
-- grain: one row per team member
select name from team_members order by name;
