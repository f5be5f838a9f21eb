-- purpose: open the meeting of a week
-- params: $week date, $created_by varchar, $batch_id bigint (the demo's, else null)
insert into meetings (week, created_by, batch_id, attendees)
values ($week, $created_by, $batch_id, [])
returning meeting_id;
