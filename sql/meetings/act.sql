-- purpose: record an action item: who does what by when, and who wrote it down
-- params: $meeting_id bigint, $text varchar, $owner varchar, $due_date date, $objective_id bigint,
--         $created_by varchar
insert into action_items (meeting_id, text, owner, due_date, objective_id, created_by)
values ($meeting_id, $text, $owner, $due_date, $objective_id, $created_by)
returning action_id;
