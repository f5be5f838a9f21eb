-- purpose: remove a person from an objective's owners
-- params: $objective_id bigint, $member varchar
delete from objective_owners where objective_id = $objective_id and member = $member;
