-- purpose: new leads this week so far, in the same days of last week, and in all of last week
--          (weeks start on Monday; "today" is included)
-- params: $today date
-- grain: one row
with bounds as (
    select
        date_trunc('week', $today::date)::date as this_monday,
        $today::date + 1 as tomorrow
)

select
    count(*) filter (where created_at >= this_monday and created_at < tomorrow) as this_week,
    count(*) filter (where created_at >= this_monday - 7 and created_at < tomorrow - 7) as last_week_same_days,
    count(*) filter (where created_at >= this_monday - 7 and created_at < this_monday) as last_week
from leads, bounds;
