-- purpose: record an action item: who does what by when
-- params: $meeting_id bigint, $text varchar, $owner varchar, $due_date date, $objective_id bigint
insert into action_items (meeting_id, text, owner, due_date, objective_id)
values ($meeting_id, $text, $owner, $due_date, $objective_id)
returning action_id;
