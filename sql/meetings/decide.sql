-- purpose: record a decision taken in a meeting
-- params: $meeting_id bigint, $text varchar, $decided_by varchar, $objective_id bigint
insert into decisions (meeting_id, text, decided_by, objective_id)
values ($meeting_id, $text, $decided_by, $objective_id)
returning decision_id;
