-- purpose: the digest's deliveries, newest week first (what Settings lists, and what a send skips)
-- params: $week date (null: every week), $limit integer
-- grain: one row per week, recipient and channel
select week, recipient, channel, person, status, attempts, error_key, error_params, updated_at
from digest_sends
where $week is null or week = $week
order by week desc, channel, recipient
limit $limit;
