-- purpose: how many failed sign-ins an e-mail had from one client in the last $minutes minutes, and when the
--          oldest of them stops counting
-- params: $email varchar, $client varchar (the client's network address; null when unknown), $minutes integer
-- grain: one row
select count(*) as failures, min(failed_at) + to_minutes($minutes) as counts_until
from sign_in_failures
where email = $email and client is not distinct from $client
  and failed_at > current_timestamp::timestamp - to_minutes($minutes);
