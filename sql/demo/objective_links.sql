-- purpose: attach owners and the parent to a demo objective
-- params: $objective_id bigint, $owners varchar[], $parent_id bigint
insert into objective_owners (objective_id, member)
select $objective_id, unnest($owners::varchar[]);

update objectives set parent_id = $parent_id where objective_id = $objective_id;
