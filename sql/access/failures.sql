-- purpose: how many failed sign-ins an e-mail had in the last $minutes minutes, and when the oldest of
--          them stops counting
-- params: $email varchar, $minutes integer
-- grain: one row
select count(*) as failures, min(failed_at) + to_minutes($minutes) as counts_until
from sign_in_failures
where email = $email and failed_at > current_timestamp::timestamp - to_minutes($minutes);
