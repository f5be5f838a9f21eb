-- purpose: how often spend is written: an export by week or by month (a weekly report, the demo's spend) writes
--          each week's spend on one weekday, or each month's on one day of the month. Per channel and campaign
--          (one written daily beside them hides nothing of theirs), and for all the spend in scope together
--          (a few rows a channel, all on Mondays)
-- params: $f_source varchar, $f_campaign varchar (the spend in scope; no other filter applies to spend)
-- grain: one row per channel and campaign with spend on three days or more, and one for all of them (channel
--        and campaign null) when they have: how many weekdays and days of the month they fall on, and one of each
select
    channel,
    campaign,
    count(distinct isodow(spend_date)) as weekdays,
    count(distinct day(spend_date)) as monthdays,
    any_value(isodow(spend_date)) as weekday,
    any_value(day(spend_date)) as monthday
from spend
where ($f_source is null or channel = $f_source)
  and ($f_campaign is null or campaign = $f_campaign)
group by grouping sets ((channel, campaign), ())
having count(distinct spend_date) >= 3;
