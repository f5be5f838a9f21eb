-- purpose: who attended, the notes, and the day the meeting was held, with who saved them
-- params: $meeting_id bigint, $attendees varchar[], $notes varchar, $held_on date, $by varchar
update meetings set attendees = $attendees, notes = $notes, held_on = $held_on, updated_by = $by,
    updated_at = current_timestamp
where meeting_id = $meeting_id;
