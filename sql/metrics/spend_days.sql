-- purpose: how often spend is written: an export by week or by month (a weekly report, the demo's spend) writes
--          each week's spend on one weekday, or each month's on one day of the month
-- params: none
-- grain: one row: the spend days, how many weekdays and days of the month they fall on, and one of each
select
    count(distinct spend_date) as days,
    count(distinct isodow(spend_date)) as weekdays,
    count(distinct day(spend_date)) as monthdays,
    any_value(isodow(spend_date)) as weekday,
    any_value(day(spend_date)) as monthday
from spend;
