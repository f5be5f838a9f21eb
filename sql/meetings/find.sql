-- purpose: the meeting held for a week, if any
-- params: $week date (a Monday)
-- grain: zero or one row
select meeting_id, week, held_on, title, notes, coalesce(attendees, []) as attendees, status, created_by,
    updated_by, updated_at
from meetings
where week = $week
order by meeting_id
limit 1;
