-- purpose: the function a person has on the team (active or not), to refuse owning an objective for the other
-- params: $member varchar
-- grain: one row, or none for someone not on the team
select function from team_members where name = $member;
