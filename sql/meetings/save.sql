-- purpose: who attended, the notes, and the day the meeting was held, with who saved them
-- params: $meeting_id bigint, $attendees varchar[], $notes varchar, $held_on date, $by varchar, $at timestamp (the
--         app's day at the clock's time, periods.now)
update meetings set attendees = $attendees, notes = $notes, held_on = $held_on, updated_by = $by,
    updated_at = $at
where meeting_id = $meeting_id;
