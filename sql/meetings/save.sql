-- purpose: who attended, the notes, and the day the meeting was held
-- params: $meeting_id bigint, $attendees varchar[], $notes varchar, $held_on date
update meetings set attendees = $attendees, notes = $notes, held_on = $held_on
where meeting_id = $meeting_id;
