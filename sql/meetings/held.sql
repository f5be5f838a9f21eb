-- purpose: the day a meeting is held, kept the first time something is recorded for it in its week
-- params: $meeting_id bigint, $held_on date
update meetings set held_on = $held_on where meeting_id = $meeting_id and held_on is null;
