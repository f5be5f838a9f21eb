-- purpose: the people who can own objectives, by function
-- params: none
-- grain: one row per active team member
select name, function, email from team_members where active order by function, name;
