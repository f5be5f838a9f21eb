-- purpose: make a person an owner of an objective, adding them to the team with their function if new
-- params: $objective_id bigint, $member varchar, $function varchar
insert into team_members (name, function)
select $member, $function where $member not in (select name from team_members);

insert into objective_owners (objective_id, member)
select $objective_id, $member
where not exists (select 1 from objective_owners where objective_id = $objective_id and member = $member);
